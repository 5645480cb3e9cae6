package org.confed.bench;

import java.time.Instant;
import java.time.LocalDate;
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
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.ChangeQuery;
import org.confed.domain.port.RecordView;
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
 * <p>{@code recorded_1m_vs_1k}: the same questions asked of each store as recorded at its last write ({@link
 * Store#asRecorded}), over 1,000 vs 1,000,000 logged changes: the answers are the same, read through the versions of
 * one change set.
 *
 * <p>{@code asof_disputes_vs_plain}: a third store holds the small history without disputes, interval dates or quoted
 * citations (as version 1 could hold it), so that what they add to each question is measured side by side too.
 */
final class AsOf {

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
        AsOfHistory.load(smallUrl, small, false);
        AsOfHistory.load(largeUrl, large, false);
        AsOfHistory.load(plainUrl, small, true);
        RecordJson codec = RecordJson.codec();
        try (Store few = QueryingStore.open(smallUrl, codec); Store many = QueryingStore.open(largeUrl, codec);
             Store plain = QueryingStore.open(plainUrl, codec)) {
            // as recorded at each store's last write: the same answers, through the versions of a change set
            List<Map<String, Supplier<List<Uncertainty>>>> stores = List.of(questions(few, small), questions(many, large),
                    questions(plain, small), questions(few.asRecorded(lastWrite(few)), small),
                    questions(many.asRecorded(lastWrite(many)), large));
            for (String question : stores.get(0).keySet()) {
                // what makes the answers uncertain: the same in the small and the large store, their owner's rows being
                // alike; nothing in the plain one
                List<String> smallReasons = reasons(stores.get(0).get(question).get());
                List<String> largeReasons = reasons(stores.get(1).get(question).get());
                List<String> plainReasons = reasons(stores.get(2).get(question).get());
                if (!smallReasons.equals(largeReasons) || !plainReasons.isEmpty()
                        || !reasons(stores.get(3).get(question).get()).equals(smallReasons)
                        || !reasons(stores.get(4).get(question).get()).equals(smallReasons)) {
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
                micros.put(question, new double[] {median(times[0]), median(times[1]), median(times[2]), median(times[3]),
                        median(times[4])});
            }
            double worst = 0;
            double worstVsPlain = 0;
            double worstRecorded = 0;
            for (Map.Entry<String, double[]> entry : micros.entrySet()) {
                double[] us = entry.getValue();
                double ratio = us[1] / us[0];
                double vsPlain = us[0] / us[2];
                worst = Math.max(worst, ratio);
                worstVsPlain = Math.max(worstVsPlain, vsPlain);
                System.out.printf(Locale.ROOT, "%s %.1f %.1f %.2f %.1f %.2f%n", entry.getKey(), us[0], us[1], ratio, us[2], vsPlain);
                worstRecorded = Math.max(worstRecorded, us[4] / us[3]);
                System.out.printf(Locale.ROOT, "recorded %s %.1f %.1f %.2f%n", entry.getKey(), us[3], us[4], us[4] / us[3]);
            }
            System.out.printf(Locale.ROOT, "worst %.2f%n", worst);
            System.out.printf(Locale.ROOT, "worst_vs_plain %.2f%n", worstVsPlain);
            System.out.printf(Locale.ROOT, "worst_recorded %.2f%n", worstRecorded);
        }
    }

    /**
     * The four questions about the middle owner of a store, on a day in the middle of its history, each as its HTTP
     * route asks it: the owner by its key (a 404 otherwise), then the answer.
     */
    /** The instant of a store's last write. */
    private static Instant lastWrite(Store store) {
        return store.changes(ChangeQuery.newest(1)).items().get(0).at();
    }

    private static Map<String, Supplier<List<Uncertainty>>> questions(RecordView store, int rows) {
        int owner = AsOfHistory.owners(rows) / 2;
        LocalDate day = AsOfHistory.EPOCH.plusMonths(6L * AsOfHistory.PER_OWNER / 2).plusDays(3);
        Questions questions = new Questions(store);
        Map<String, Supplier<List<Uncertainty>>> asked = new LinkedHashMap<>();
        asked.put("presidency_on", () -> questions.presidency(questions.confederation(AsOfHistory.confederation(owner)).orElseThrow(), day)
                .orElseThrow().uncertain());
        asked.put("members_on", () -> {
            MembersAnswer answer = questions.members(questions.confederation(AsOfHistory.confederation(owner)).orElseThrow(), day);
            return nonEmpty(answer.members(), answer.uncertain());
        });
        asked.put("office_holders_on", () -> {
            HolderAnswer answer = questions.holder(questions.post(AsOfHistory.post(owner)).orElseThrow(), day);
            return nonEmpty(answer.terms(), answer.uncertain());
        });
        asked.put("plan_status_on", () -> {
            ActionPlan found = store.find(ActionPlan.class, RecordKey.of(ActionPlan.class, AsOfHistory.plan(owner))).orElseThrow().record();
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
}
