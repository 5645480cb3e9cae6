package org.confed.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.confed.application.json.RecordJson;
import org.confed.domain.query.TextFold;
import org.confed.persistence.Store;
import org.confed.persistence.StoreRows;

/**
 * The yardstick for {@code import_vs_jdbc_batch}: the rows an import of the dataset stores (a {@code record_version}
 * row per source, person and meeting, with its {@code record_term} rows: the records it refers to and the words of its
 * searchable fields; and the one {@code change_set} row of the import's one write), written by a plain loop of JDBC
 * batches into a fresh H2 file of the same schema (the real migration, so the same tables and indexes), with a commit
 * every 10,000 rows. Column values are the ones the store writes: key bytes, the record's JSON as the store's codec
 * writes it (the dataset's lines are that text already), terms as UTF-8 bytes. Before the clock starts, the first
 * records of each type are checked against the store's own rows ({@link StoreRows}), byte for byte. The seven records
 * of states, the confederation and its memberships are left out.
 */
final class JdbcBaseline {
    private static final int ROWS_PER_COMMIT = 10_000;
    /** Records of each type checked against the store's own rows before the clock starts. */
    private static final int CHECKED = 1000;

    private JdbcBaseline() {
    }

    /** {@code baseline H2_FILE_BASE RECORDS}: prints {@code records rows seconds}. */
    static void main(String... args) throws Exception {
        String base = args[0];
        Dataset dataset = new Dataset(Long.parseLong(args[1]), Bench.SEED);
        String url = "jdbc:h2:file:" + base;
        try (Store store = Store.open(url, RecordJson.codec())) {
            // the real migration: same tables, same indexes
        }
        check(dataset);
        long started = System.nanoTime();
        long[] counts;
        try (Connection connection = DriverManager.getConnection(url + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" + System.getProperty("bench.h2", ""), "", "")) {
            connection.setAutoCommit(false);
            try (Writer writer = new Writer(connection)) {
                writer.write(dataset);
                counts = new long[] {writer.records, writer.rows};
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%d %d %.3f%n", counts[0], counts[1], seconds);
    }

    /** A row as the baseline writes it: {@code record_version}'s columns and the terms. */
    record Row(String type, byte[] key, String content, LocalDate sortDay, Set<String> terms) {
    }

    static Row source(Dataset.Json json, int index) {
        return new Row("source", key(Dataset.sourceId(index)), json.source(index), null, Set.of());
    }

    static Row person(Dataset.Json json, Dataset.Person person) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add("person|source:" + person.source());
        for (String word : TextFold.words(person.name())) {
            terms.add("person#" + word);
        }
        return new Row("person", key(person.id()), json.person(person), null, terms);
    }

    static Row meeting(Dataset.Json json, Dataset.Meeting meeting) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add("meeting|confederation:" + Dataset.CONFEDERATION);
        for (Dataset.Participant participant : meeting.participants()) {
            terms.add("meeting|person:" + participant.person());
        }
        terms.add("meeting|source:" + meeting.source());
        List<String> words = new ArrayList<>(TextFold.words(meeting.place()));
        words.addAll(TextFold.words(meeting.title()));
        meeting.topics().forEach(topic -> words.addAll(TextFold.words(topic)));
        for (String word : words) {
            terms.add("meeting#" + word);
        }
        return new Row("meeting", key(meeting.id()), json.meeting(meeting), meeting.date(), terms);
    }

    /** A one-part key's bytes: the part in UTF-16BE, then 0x0000. */
    private static byte[] key(String id) {
        byte[] part = id.getBytes(StandardCharsets.UTF_16BE);
        return Arrays.copyOf(part, part.length + 2);
    }

    /** The first records of each type, as the baseline writes them, against the store's rows of the same records. */
    private static void check(Dataset dataset) {
        RecordJson codec = RecordJson.codec();
        Dataset.Json json = new Dataset.Json();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(CHECKED, dataset.sources); i++) {
            rows.add(source(json, i));
        }
        for (int i = 0; i < Math.min(CHECKED, dataset.persons); i++) {
            rows.add(person(json, dataset.person(i)));
        }
        int[] meetings = {0};
        dataset.meetings(meeting -> {
            if (meetings[0]++ < CHECKED) {
                rows.add(meeting(json, meeting));
            }
        });
        for (Row row : rows) {
            StoreRows.Row stored = StoreRows.of(codec.decode(row.content()), codec);
            if (!stored.type().equals(row.type()) || !Arrays.equals(stored.key(), row.key())
                    || !stored.content().equals(row.content()) || !java.util.Objects.equals(stored.sortDay(), row.sortDay())
                    || !stored.terms().equals(new TreeSet<>(row.terms()))) {
                throw new IllegalStateException("the baseline's row is not the store's: " + row.content() + "\nbaseline: "
                        + row.sortDay() + " " + new TreeSet<>(row.terms()) + "\nstore:    " + stored.content() + " "
                        + stored.sortDay() + " " + stored.terms());
            }
        }
    }

    /** One prepared batch per table; a commit once 10,000 rows are pending across them. */
    private static final class Writer implements AutoCloseable {
        private final Connection connection;
        private final Dataset.Json json = new Dataset.Json();
        private final PreparedStatement version;
        private final PreparedStatement term;
        private int pending;
        private long seq;
        long rows;
        long records;

        Writer(Connection connection) throws SQLException {
            this.connection = connection;
            try (PreparedStatement changeSet = connection.prepareStatement(
                    "INSERT INTO change_set (id, committed_at, actor) VALUES (1, ?, 'bench')")) {
                changeSet.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
                changeSet.executeUpdate();
                rows++;
            }
            version = connection.prepareStatement("INSERT INTO record_version (seq, change_set, record_type, natural_key, "
                    + "version, change, content, sort_day) VALUES (?, 1, ?, ?, 1, 'insert', ?, ?)");
            term = connection.prepareStatement("INSERT INTO record_term (term, seq) VALUES (?, ?)");
        }

        void write(Dataset dataset) throws SQLException {
            for (int i = 0; i < dataset.sources; i++) {
                add(source(json, i));
            }
            for (int i = 0; i < dataset.persons; i++) {
                add(person(json, dataset.person(i)));
            }
            List<SQLException> failure = new ArrayList<>(1);
            dataset.meetings(m -> {
                if (!failure.isEmpty()) {
                    return;
                }
                try {
                    add(meeting(json, m));
                } catch (SQLException e) {
                    failure.add(e);
                }
            });
            if (!failure.isEmpty()) {
                throw failure.get(0);
            }
            flush();
        }

        private void add(Row row) throws SQLException {
            long rowSeq = ++seq;
            version.setLong(1, rowSeq);
            version.setString(2, row.type());
            version.setBytes(3, row.key());
            version.setString(4, row.content());
            if (row.sortDay() == null) {
                version.setNull(5, Types.DATE);
            } else {
                version.setDate(5, Date.valueOf(row.sortDay()));
            }
            version.addBatch();
            pending++;
            for (String text : row.terms()) {
                term.setBytes(1, text.getBytes(StandardCharsets.UTF_8));
                term.setLong(2, rowSeq);
                term.addBatch();
                pending++;
            }
            rows += 1 + row.terms().size();
            records++;
            if (pending >= ROWS_PER_COMMIT) {
                flush();
            }
        }

        private void flush() throws SQLException {
            version.executeBatch();
            term.executeBatch();
            connection.commit();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            version.close();
            term.close();
        }
    }
}
