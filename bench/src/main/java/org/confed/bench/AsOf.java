package org.confed.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.PlanStatus;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.confed.persistence.QueryingStore;
import org.confed.persistence.Store;
import org.confed.persistence.sql.RecordTable;
import org.confed.persistence.sql.Stamp;
import org.confed.persistence.sql.Stamped;
import org.confed.persistence.sql.Tables;
import org.confed.persistence.text.NaturalKey;
import org.confed.persistence.text.RecordText;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code asof_1m_vs_1k}: the latency of each "as of" question on a store holding a small history and on one holding a
 * large one. The history is a quarter each of presidency terms, memberships, office terms and plan events, in runs of
 * 100 per confederation, office or plan (a century of six-month terms, ten states joining and leaving ten times), so
 * both stores are asked about an owner with the same 100 rows: what grows is everything around it. Rows are put in
 * through the store's own tables (the rules across records are the import's business, not this measure's); the
 * questions go through {@link Store}, as the HTTP API asks them.
 */
final class AsOf {
    static final int PER_OWNER = 100;
    private static final LocalDate EPOCH = LocalDate.of(1926, 1, 1);

    private AsOf() {
    }

    /** {@code asof DIR SMALL LARGE ROUNDS}: prints one line per question, then the worst ratio. */
    static void main(String... args) throws Exception {
        String directory = args[0];
        int small = Integer.parseInt(args[1]);
        int large = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        String smallUrl = "jdbc:h2:file:" + directory + "/asof-" + small;
        String largeUrl = "jdbc:h2:file:" + directory + "/asof-" + large;
        load(smallUrl, small);
        load(largeUrl, large);
        try (Store few = QueryingStore.open(smallUrl); Store many = QueryingStore.open(largeUrl)) {
            Map<String, double[]> micros = new LinkedHashMap<>();
            // ask about the middle owner of each store, on a day in the middle of its history
            for (Store store : List.of(few, many)) {
                questions(store, store == few ? small : large).forEach((name, question) -> question.get());
            }
            Map<String, Supplier<Object>> smallQuestions = questions(few, small);
            Map<String, Supplier<Object>> largeQuestions = questions(many, large);
            for (String name : smallQuestions.keySet()) {
                // warm up, then alternate the two stores round by round, so drift on a shared machine hits both alike
                time(smallQuestions.get(name), rounds);
                time(largeQuestions.get(name), rounds);
                double[] smallTimes = new double[5];
                double[] largeTimes = new double[5];
                for (int i = 0; i < 5; i++) {
                    smallTimes[i] = time(smallQuestions.get(name), rounds);
                    largeTimes[i] = time(largeQuestions.get(name), rounds);
                }
                micros.put(name, new double[] {median(smallTimes), median(largeTimes)});
            }
            double worst = 0;
            for (Map.Entry<String, double[]> entry : micros.entrySet()) {
                double ratio = entry.getValue()[1] / entry.getValue()[0];
                worst = Math.max(worst, ratio);
                System.out.printf("%s %.1f %.1f %.2f%n", entry.getKey(), entry.getValue()[0], entry.getValue()[1], ratio);
            }
            System.out.printf("worst %.2f%n", worst);
        }
    }

    private static Map<String, Supplier<Object>> questions(Store store, int rows) {
        int owner = owners(rows) / 2;
        LocalDate day = EPOCH.plusMonths(6L * PER_OWNER / 2).plusDays(3);
        Map<String, Supplier<Object>> questions = new LinkedHashMap<>();
        questions.put("presidency_on", () -> store.presidencyOn(confederation(owner), day).orElseThrow());
        questions.put("members_on", () -> nonEmpty(store.membersOn(confederation(owner), day)));
        questions.put("office_holders_on", () -> nonEmpty(store.officeHoldersOn(office(owner), StateCode.of("MLI"), day)));
        questions.put("plan_status_on", () -> store.planStatusOn(plan(owner), day).orElseThrow());
        return questions;
    }

    private static Object nonEmpty(List<?> answer) {
        if (answer.isEmpty()) {
            throw new IllegalStateException("a question about stored history found nothing");
        }
        return answer;
    }

    /** Microseconds per question, over {@code rounds} questions. */
    private static double time(Supplier<Object> question, int rounds) {
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
        return ConfederationCode.of("C" + Integer.toString(owner, 36).toUpperCase(java.util.Locale.ROOT));
    }

    private static String office(int owner) {
        return "Ministre " + owner;
    }

    private static PlanId plan(int owner) {
        return PlanId.of("plan-" + owner);
    }

    private static void load(String url, int rows) {
        try (Store store = Store.open(url)) {
            if (store.count(RotatingPresidency.class) > 0) {
                return;
            }
        }
        Tables tables = new Tables();
        Jdbi jdbi = Tables.configure(Jdbi.create(url + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
        List<StateCode> states = new ArrayList<>();
        for (String code : List.of("MLI", "BFA", "NER", "SEN", "CIV", "GHA", "TGO", "BEN", "NGA", "TCD")) {
            states.add(StateCode.of(code));
        }
        try (org.jdbi.v3.core.Handle handle = jdbi.open()) {
            Batches batches = new Batches(handle, tables);
            fill(batches, states, rows);
            batches.flush();
        }
    }

    private static void fill(Batches batches, List<StateCode> states, int rows) {
        for (int owner = 0; owner < owners(rows); owner++) {
            ConfederationCode code = confederation(owner);
            batches.add(new Confederation(code, "Confédération " + owner, null, null, null, null, null, TermLength.parse("P6M"),
                    List.of(StateCode.of("MLI")), null, null, null));
            for (int i = 0; i < PER_OWNER; i++) {
                LocalDate start = EPOCH.plusMonths(6L * i);
                batches.add(new RotatingPresidency(code, StateCode.of("MLI"), null, PartialDate.ofDay(start), null, null, null, null, null));
                // state i % 10 in its (i / 10)-th spell: ten spells of five years, four years and a half each
                LocalDate joined = EPOCH.plusYears(5L * (i / 10));
                batches.add(new Membership(code, states.get(i % 10), PartialDate.ofDay(joined),
                        PartialDate.ofDay(joined.plusMonths(54)), null, null, null, null, null));
                batches.add(new OfficeTerm(PersonId.of("holder-" + i), office(owner), StateCode.of("MLI"), null,
                        PartialDate.ofDay(start), PartialDate.ofDay(start.plusMonths(6).minusDays(1)), null, null));
                batches.add(new PlanEvent(plan(owner), PlanStatus.values()[i % 5], PartialDate.ofDay(start), null, null, null, null));
            }
        }
    }

    /** Inserts records through their tables, 10,000 to a transaction. */
    private static final class Batches {
        private final org.jdbi.v3.core.Handle handle;
        private final Tables tables;
        private final List<ConfedRecord> pending = new ArrayList<>();

        Batches(org.jdbi.v3.core.Handle handle, Tables tables) {
            this.handle = handle;
            this.tables = tables;
        }

        void add(ConfedRecord record) {
            pending.add(record);
            if (pending.size() == 10_000) {
                flush();
            }
        }

        void flush() {
            Map<Class<?>, List<ConfedRecord>> byType = new LinkedHashMap<>();
            for (ConfedRecord record : pending) {
                byType.computeIfAbsent(record.getClass(), type -> new ArrayList<>()).add(record);
            }
            handle.useTransaction(transaction -> {
                for (RecordTable<?, ?> table : tables.all()) {
                    List<ConfedRecord> records = byType.get(table.type());
                    if (records != null) {
                        insert(transaction, table, records);
                    }
                }
            });
            pending.clear();
        }

        private static <R extends ConfedRecord> void insert(org.jdbi.v3.core.Handle handle, RecordTable<R, ?> table,
                                                            List<ConfedRecord> records) {
            List<Stamped<R>> stamped = new ArrayList<>(records.size());
            for (ConfedRecord record : records) {
                String text = RecordText.write(record);
                stamped.add(new Stamped<>(table.type().cast(record),
                        new Stamp(NaturalKey.of(record.key()), 1, RecordText.contentHash(text), 1L)));
            }
            table.insert(handle, stamped);
        }
    }
}
