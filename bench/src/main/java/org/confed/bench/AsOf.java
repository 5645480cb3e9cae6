package org.confed.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.confed.application.asking.HolderAnswer;
import org.confed.application.asking.MembersAnswer;
import org.confed.application.asking.PlanAnswer;
import org.confed.application.asking.Questions;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.Citation;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.DateInterval;
import org.confed.domain.model.Dispute;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PillarCode;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.PlanStatus;
import org.confed.domain.model.Post;
import org.confed.domain.model.PostId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.Source;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.query.Uncertainty;
import org.confed.persistence.QueryingStore;
import org.confed.persistence.Store;

/**
 * {@code asof_1m_vs_1k}: the latency of each "as of" question on a store holding a small history and on one holding a
 * large one. The history is a quarter each of presidency terms, memberships, office terms and plan events, in runs of
 * 100 per confederation, post or plan (half a century of six-month terms; ten states joining and leaving ten times,
 * each presiding on its return), so both stores are asked about an owner with the same 100 rows: what grows is
 * everything around it.
 *
 * <p>The rows are format version 2 records as sources give them: citations (some with a quote and a locator), about
 * one in ten dates an interval ({@code ../1926-04-01}: on or before; {@code 1951-05/1951-07-01}: some day between),
 * and about one in ten records with a disputed value (a start, an end, a date, a holder) from a second source. They
 * are written through the store's public API, {@link Store#write}: each write checked by the rules across records,
 * as any write is, in writes of five owners' rows. The questions go through {@link Questions} on a store that asks
 * its database every time, as the HTTP API asks them: the owner record by its key, then the answer.
 *
 * <p>{@code asof_disputes_vs_plain}: a third store holds the small history without disputes, interval dates or quoted
 * citations (as version 1 could hold it), so that what they add to each question is measured side by side too.
 */
final class AsOf {
    static final int PER_OWNER = 100;
    /** Owners per write: a write of about 2,000 rows. */
    private static final int OWNERS_PER_WRITE = 5;
    private static final LocalDate EPOCH = LocalDate.of(1926, 1, 1);
    private static final List<StateCode> STATES = List.of("MLI", "BFA", "NER", "SEN", "CIV", "GHA", "TGO", "BEN", "NGA", "TCD")
            .stream().map(StateCode::of).toList();
    private static final Actor ACTOR = new Actor("bench");

    private AsOf() {
    }

    /**
     * {@code asof DIR SMALL LARGE ROUNDS}: prints one line per question ({@code name small_us large_us ratio plain_us
     * small_vs_plain}), then {@code worst} (the worst large-vs-small ratio) and {@code worst_vs_plain} (the worst
     * ratio of the small history to the same history without disputes, intervals or quotes).
     */
    static void main(String... args) throws Exception {
        String directory = args[0];
        int small = Integer.parseInt(args[1]);
        int large = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        String smallUrl = "jdbc:h2:file:" + directory + "/asof-" + small;
        String largeUrl = "jdbc:h2:file:" + directory + "/asof-" + large;
        String plainUrl = "jdbc:h2:file:" + directory + "/asof-plain-" + small;
        load(smallUrl, small, false);
        load(largeUrl, large, false);
        load(plainUrl, small, true);
        RecordJson codec = RecordJson.codec();
        try (Store few = QueryingStore.open(smallUrl, codec); Store many = QueryingStore.open(largeUrl, codec);
             Store plain = QueryingStore.open(plainUrl, codec)) {
            List<Map<String, Supplier<List<Uncertainty>>>> stores = List.of(questions(few, small), questions(many, large),
                    questions(plain, small));
            for (String question : stores.get(0).keySet()) {
                // what makes the answers uncertain: the same in the small and the large store, their owner's rows being
                // alike; nothing in the plain one
                List<String> smallReasons = reasons(stores.get(0).get(question).get());
                List<String> largeReasons = reasons(stores.get(1).get(question).get());
                List<String> plainReasons = reasons(stores.get(2).get(question).get());
                if (!smallReasons.equals(largeReasons) || !plainReasons.isEmpty()) {
                    throw new IllegalStateException(question + ": the stores' answers differ in certainty: " + smallReasons
                            + " vs " + largeReasons + " vs " + plainReasons);
                }
                System.err.println("# " + question + ": " + (smallReasons.isEmpty() ? "certain" : "uncertain, " + smallReasons));
            }
            // every question warmed up on every store before any is timed, so that the compiler's work does not fall on
            // the first questions timed
            for (String question : stores.get(0).keySet()) {
                for (Map<String, Supplier<List<Uncertainty>>> store : stores) {
                    time(store.get(question), rounds);
                }
            }
            Map<String, double[]> micros = new LinkedHashMap<>();
            for (String question : stores.get(0).keySet()) {
                // the stores in turn, round by round, so drift on a shared machine hits them alike
                double[][] times = new double[stores.size()][5];
                for (int i = 0; i < 5; i++) {
                    for (int store = 0; store < stores.size(); store++) {
                        times[store][i] = time(stores.get(store).get(question), rounds);
                    }
                }
                micros.put(question, new double[] {median(times[0]), median(times[1]), median(times[2])});
            }
            double worst = 0;
            double worstVsPlain = 0;
            for (Map.Entry<String, double[]> entry : micros.entrySet()) {
                double[] us = entry.getValue();
                double ratio = us[1] / us[0];
                double vsPlain = us[0] / us[2];
                worst = Math.max(worst, ratio);
                worstVsPlain = Math.max(worstVsPlain, vsPlain);
                System.out.printf(Locale.ROOT, "%s %.1f %.1f %.2f %.1f %.2f%n", entry.getKey(), us[0], us[1], ratio, us[2], vsPlain);
            }
            System.out.printf(Locale.ROOT, "worst %.2f%n", worst);
            System.out.printf(Locale.ROOT, "worst_vs_plain %.2f%n", worstVsPlain);
        }
    }

    /**
     * The four questions about the middle owner of a store, on a day in the middle of its history, each as its HTTP
     * route asks it: the owner by its key (a 404 otherwise), then the answer.
     */
    private static Map<String, Supplier<List<Uncertainty>>> questions(Store store, int rows) {
        int owner = owners(rows) / 2;
        LocalDate day = EPOCH.plusMonths(6L * PER_OWNER / 2).plusDays(3);
        Questions questions = new Questions(store);
        Map<String, Supplier<List<Uncertainty>>> asked = new LinkedHashMap<>();
        asked.put("presidency_on", () -> questions.presidency(questions.confederation(confederation(owner)).orElseThrow(), day)
                .orElseThrow().uncertain());
        asked.put("members_on", () -> {
            MembersAnswer answer = questions.members(questions.confederation(confederation(owner)).orElseThrow(), day);
            return nonEmpty(answer.members(), answer.uncertain());
        });
        asked.put("office_holders_on", () -> {
            HolderAnswer answer = questions.holder(questions.post(post(owner)).orElseThrow(), day);
            return nonEmpty(answer.terms(), answer.uncertain());
        });
        asked.put("plan_status_on", () -> {
            ActionPlan found = store.find(ActionPlan.class, RecordKey.of(ActionPlan.class, plan(owner))).orElseThrow().record();
            PlanAnswer answer = questions.plan(found, day);
            return nonEmpty(answer.status().stream().toList(), answer.uncertain());
        });
        return asked;
    }

    private static List<Uncertainty> nonEmpty(List<?> answer, List<Uncertainty> uncertain) {
        if (answer.isEmpty()) {
            throw new IllegalStateException("a question about stored history found nothing");
        }
        return uncertain;
    }

    /** What makes an answer uncertain, owner aside: field and reason of each. */
    private static List<String> reasons(List<Uncertainty> uncertain) {
        return uncertain.stream().map(reason -> reason.record().typeName() + "." + reason.field() + " ("
                + reason.because().name().toLowerCase(Locale.ROOT) + ")").toList();
    }

    /** Microseconds per question, over {@code rounds} questions. */
    private static double time(Supplier<List<Uncertainty>> question, int rounds) {
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            question.get();
        }
        return (System.nanoTime() - started) / 1e3 / rounds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int owners(int rows) {
        return Math.max(1, rows / 4 / PER_OWNER);
    }

    private static ConfederationCode confederation(int owner) {
        return ConfederationCode.of("C" + Integer.toString(owner, 36).toUpperCase(Locale.ROOT));
    }

    private static PostId post(int owner) {
        return PostId.of("ministre-" + owner);
    }

    private static PlanId plan(int owner) {
        return PlanId.of("plan-" + owner);
    }

    private static PersonId person(int index) {
        return PersonId.of("holder-" + index);
    }

    private static SourceId report(int owner) {
        return SourceId.of("report-" + owner);
    }

    private static SourceId otherReport(int owner) {
        return SourceId.of("other-report-" + owner);
    }

    /** Fills the store at {@code url} unless it already holds the history (a rerun on the same work files). */
    private static void load(String url, int rows, boolean plain) {
        try (Store store = Store.open(url, RecordJson.codec())) {
            if (store.count(RotatingPresidency.class) > 0) {
                return;
            }
            long started = System.nanoTime();
            List<ConfedRecord> shared = new ArrayList<>();
            for (StateCode state : STATES) {
                shared.add(State.of(state, "État " + state));
            }
            for (int i = 0; i < PER_OWNER; i++) {
                shared.add(Person.of(person(i), "Titulaire " + i));
            }
            write(store, shared);
            List<ConfedRecord> batch = new ArrayList<>();
            for (int owner = 0; owner < owners(rows); owner++) {
                new History(owner, plain).records(batch::add);
                if ((owner + 1) % OWNERS_PER_WRITE == 0) {
                    write(store, batch);
                    batch.clear();
                }
            }
            write(store, batch);
            long stored = store.count(RotatingPresidency.class) + store.count(Membership.class) + store.count(OfficeTerm.class)
                    + store.count(PlanEvent.class);
            if (stored != 4L * PER_OWNER * owners(rows)) {
                throw new IllegalStateException("the store holds " + stored + " history rows, not " + 4 * PER_OWNER * owners(rows));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf(Locale.ROOT, "# %d history rows (%d records in all) written in %.1f s: %.0f records/s%n", stored,
                    store.size(), seconds, store.size() / seconds);
        }
    }

    private static void write(Store store, List<ConfedRecord> records) {
        if (!records.isEmpty()) {
            store.write(records.stream().map(record -> new RecordWrite(record, 0L)).toList(), ACTOR);
        }
    }

    /** One owner's records: its confederation, post, plan and sources, then its four runs of 100 rows. */
    private static final class History {
        private final int owner;
        private final boolean plain;
        private final ConfederationCode code;

        History(int owner, boolean plain) {
            this.owner = owner;
            this.plain = plain;
            this.code = confederation(owner);
        }

        void records(java.util.function.Consumer<ConfedRecord> out) {
            out.accept(new Source(report(owner), "Agence de presse " + owner, "Chronique de la confédération " + owner,
                    null, null, "fr", null, null, null));
            out.accept(new Source(otherReport(owner), "Journal officiel " + owner, "Actes de la confédération " + owner,
                    null, null, "fr", null, null, null));
            out.accept(new Confederation(code, "Confédération " + owner, null, null, null, null, null, TermLength.parse("P6M"),
                    STATES, null, sources(0), null));
            out.accept(new Post(post(owner), "Ministre " + owner, STATES.get(0), null, sources(0), null));
            out.accept(new ActionPlan(plan(owner), code, PillarCode.of("defence_security"), "Plan " + owner, null, null,
                    sources(0), null));
            for (int i = 0; i < PER_OWNER; i++) {
                out.accept(presidency(i));
                out.accept(membership(i));
                out.accept(officeTerm(i));
                out.accept(planEvent(i));
            }
        }

        /**
         * Term {@code i} of six months from {@code EPOCH + 6i} months, held by state {@code i % 10}, which joins three
         * months before. One in ten starts is a span of ten days; one in twenty has its start disputed by a few days,
         * one in twenty its holder.
         */
        private RotatingPresidency presidency(int i) {
            LocalDate first = EPOCH.plusMonths(6L * i);
            PartialDate start = !plain && i % 10 == 3 ? between(first, first.plusDays(9)) : day(first);
            List<Dispute> disputes = new ArrayList<>();
            if (!plain && i % 20 == 7) {
                disputes.add(dispute("start", day(first.plusDays(4)), "took office four days later"));
            }
            if (!plain && i % 20 == 17) {
                disputes.add(dispute("holder", person((i + 1) % PER_OWNER), "another holder"));
            }
            return new RotatingPresidency(code, STATES.get(i % 10), person(i), start, null, null, null, sources(i),
                    disputes);
        }

        /**
         * State {@code i % 10}'s spell {@code i / 10}: 54 months from three months before its term, then six months
         * out. A state's first spell (one in ten) started on or before its first known day ({@code ../DATE}); one
         * spell in twenty has a disputed start, one in twenty a disputed end; one in ten was announced a month before.
         */
        private Membership membership(int i) {
            int state = i % 10;
            int spell = i / 10;
            LocalDate joined = EPOCH.plusMonths(60L * spell + 6L * state - 3);
            LocalDate left = joined.plusMonths(54).minusDays(1);
            PartialDate start = day(joined);
            if (!plain && spell == 0) {
                start = DateInterval.of(null, CalendarDate.ofDay(joined));
            }
            List<Dispute> disputes = new ArrayList<>();
            if (!plain && i % 20 == 8) {
                disputes.add(dispute("start", day(joined.minusDays(1)), "joined the day before"));
            }
            if (!plain && i % 20 == 12) {
                disputes.add(dispute("end", day(left.plusDays(15)), "left a fortnight later"));
            }
            PartialDate announced = !plain && i % 10 == 4 ? day(joined.minusMonths(1)) : null;
            return new Membership(code, STATES.get(state), start, day(left), announced, null, null, sources(i),
                    disputes);
        }

        /**
         * Holder {@code i}'s six months in the owner's post. One in twenty was in office on or before its start
         * ({@code ../DATE}), one in twenty from some day of the month before; one in ten has its person disputed.
         */
        private OfficeTerm officeTerm(int i) {
            LocalDate first = EPOCH.plusMonths(6L * i);
            PartialDate start = day(first);
            if (!plain && i % 20 == 1) {
                start = DateInterval.of(null, CalendarDate.ofDay(first));
            } else if (!plain && i % 20 == 11) {
                start = DateInterval.of(CalendarDate.ofMonth(YearMonth.from(first.minusMonths(1))), CalendarDate.ofDay(first));
            }
            List<Dispute> disputes = new ArrayList<>();
            if (!plain && i % 10 == 6) {
                disputes.add(dispute("person", person((i + 2) % PER_OWNER), "another minister"));
            }
            return new OfficeTerm(person(i), "Ministre " + owner, STATES.get(0), post(owner), start,
                    day(first.plusMonths(6).minusDays(1)), sources(i), disputes);
        }

        /**
         * The plan drafted, validated and drafted again every six months (the only way back its state machine allows),
         * then presented, adopted, under way and completed. One in ten dates is known to the first half of a month;
         * one in ten is disputed by two days.
         */
        private PlanEvent planEvent(int i) {
            PlanStatus status = i < PER_OWNER - 4 ? (i % 2 == 0 ? PlanStatus.DRAFTED : PlanStatus.VALIDATED)
                    : PlanStatus.values()[PlanStatus.PRESENTED.ordinal() + i - (PER_OWNER - 4)];
            LocalDate on = EPOCH.plusMonths(6L * i).plusDays(14);
            PartialDate date = !plain && i % 10 == 9 ? between(on.withDayOfMonth(1), on) : day(on);
            List<Dispute> disputes = new ArrayList<>();
            if (!plain && i % 10 == 4) {
                disputes.add(dispute("date", day(on.plusDays(2)), "two days later"));
            }
            return new PlanEvent(plan(owner), status, date, null, null, sources(i), disputes);
        }

        /** The owner's report, quoted with a place in it for one record in five, else by its id alone. */
        private List<Citation> sources(int i) {
            if (plain || i % 5 != 0) {
                return List.of(Citation.of(report(owner)));
            }
            return List.of(new Citation(report(owner), "« Selon nos informations, la décision a été prise ce jour-là. »",
                    "§ " + (i + 1), null));
        }

        private Dispute dispute(String field, Object value, String note) {
            return new Dispute(field, value, List.of(new Citation(otherReport(owner), "« Une autre version des faits. »",
                    "p. " + owner, null)), note);
        }
    }

    private static CalendarDate day(LocalDate day) {
        return CalendarDate.ofDay(day);
    }

    private static DateInterval between(LocalDate first, LocalDate last) {
        return DateInterval.of(CalendarDate.ofDay(first), CalendarDate.ofDay(last));
    }
}
