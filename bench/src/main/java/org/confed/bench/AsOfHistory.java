package org.confed.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.Source;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.persistence.Store;

/** The as-of bench's histories: each owner's confederation, post, plan and sources, then four runs of 100 rows. */
final class AsOfHistory {
    static final int PER_OWNER = 100;
    /** Owners per write: a write of about 2,000 rows. */
    private static final int OWNERS_PER_WRITE = 5;
    static final LocalDate EPOCH = LocalDate.of(1926, 1, 1);
    private static final List<StateCode> STATES = List.of("MLI", "BFA", "NER", "SEN", "CIV", "GHA", "TGO", "BEN", "NGA", "TCD")
            .stream().map(StateCode::of).toList();
    private static final Actor ACTOR = new Actor("bench");

    private AsOfHistory() {
    }

    static int owners(int rows) {
        return Math.max(1, rows / 4 / PER_OWNER);
    }

    static ConfederationCode confederation(int owner) {
        return ConfederationCode.of("C" + Integer.toString(owner, 36).toUpperCase(Locale.ROOT));
    }

    static PostId post(int owner) {
        return PostId.of("ministre-" + owner);
    }

    static PlanId plan(int owner) {
        return PlanId.of("plan-" + owner);
    }

    static PersonId person(int index) {
        return PersonId.of("holder-" + index);
    }

    static SourceId report(int owner) {
        return SourceId.of("report-" + owner);
    }

    static SourceId otherReport(int owner) {
        return SourceId.of("other-report-" + owner);
    }

    /** Fills the store at {@code url} unless it already holds the history (a rerun on the same work files). */
    static void load(String url, int rows, boolean plain) {
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
