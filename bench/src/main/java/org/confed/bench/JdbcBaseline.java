package org.confed.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.confed.domain.model.RecordKey;
import org.confed.domain.query.TextFold;
import org.confed.persistence.Store;
import org.confed.persistence.text.NaturalKey;

/**
 * The yardstick for {@code import_vs_jdbc_batch}: the rows an import of the dataset stores (sources, persons, meetings
 * with their participant, topic and source rows, and one change-log entry per record), written by a plain loop of
 * JDBC batches into a fresh H2 file of the same schema (the real migration, so the same tables and indexes), with a
 * commit every 10,000 rows. Column values are the ones the store writes: key bytes, folded text, a SHA-256 per record.
 * The seven records of states, the confederation and its memberships are left out.
 */
final class JdbcBaseline {
    private static final int ROWS_PER_COMMIT = 10_000;

    private JdbcBaseline() {
    }

    /** {@code baseline H2_FILE_BASE RECORDS}: prints {@code records rows seconds}. */
    static void main(String... args) throws Exception {
        String base = args[0];
        Dataset dataset = new Dataset(Long.parseLong(args[1]), Bench.SEED);
        String url = "jdbc:h2:file:" + base;
        try (Store store = Store.open(url)) {
            // the real migration: same tables, same indexes
        }
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
        System.out.printf("%d %d %.3f%n", counts[0], counts[1], seconds);
    }

    /** One prepared batch per table; a commit once 10,000 rows are pending across them. */
    private static final class Writer implements AutoCloseable {
        private final Connection connection;
        private final MessageDigest sha256;
        private final OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        private final long writeId = 42;
        private final Dataset.Json json = new Dataset.Json();
        // in the order foreign keys need: owners before their lists
        private final PreparedStatement source;
        private final PreparedStatement person;
        private final PreparedStatement personSource;
        private final PreparedStatement meeting;
        private final PreparedStatement participant;
        private final PreparedStatement topic;
        private final PreparedStatement meetingSource;
        private final PreparedStatement changeLog;
        private final List<PreparedStatement> inOrder;
        private int pending;
        long rows;
        long records;

        Writer(Connection connection) throws SQLException, NoSuchAlgorithmException {
            this.connection = connection;
            this.sha256 = MessageDigest.getInstance("SHA-256");
            source = connection.prepareStatement("INSERT INTO source (natural_key, id, publisher, title, language, version, "
                    + "content_hash, last_write) VALUES (?, ?, ?, ?, ?, 1, ?, ?)");
            person = connection.prepareStatement("INSERT INTO person (natural_key, id, name, folded_name, version, "
                    + "content_hash, last_write) VALUES (?, ?, ?, ?, 1, ?, ?)");
            personSource = connection.prepareStatement("INSERT INTO person_source (owner_key, item_index, item) VALUES (?, ?, ?)");
            meeting = connection.prepareStatement("INSERT INTO meeting (natural_key, id, confederation, kind, date_first, "
                    + "date_last, date_precision, place, title, folded_text, version, content_hash, last_write) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 'day', ?, ?, ?, 1, ?, ?)");
            participant = connection.prepareStatement("INSERT INTO meeting_participant (owner_key, item_index, person_id, "
                    + "capacity) VALUES (?, ?, ?, ?)");
            topic = connection.prepareStatement("INSERT INTO meeting_topic (owner_key, item_index, item, folded) VALUES (?, ?, ?, ?)");
            meetingSource = connection.prepareStatement("INSERT INTO meeting_source (owner_key, item_index, item) VALUES (?, ?, ?)");
            changeLog = connection.prepareStatement("INSERT INTO change_log (committed_at, actor, record_type, natural_key, "
                    + "key_text, old_version, new_version, content) VALUES (?, 'bench', ?, ?, ?, 0, 1, ?)");
            inOrder = List.of(source, person, personSource, meeting, participant, topic, meetingSource, changeLog);
        }

        void write(Dataset dataset) throws SQLException {
            for (int i = 0; i < dataset.sources; i++) {
                String id = Dataset.sourceId(i);
                byte[] key = key("source", id);
                String text = json.source(i);
                source.setBytes(1, key);
                source.setString(2, id);
                source.setString(3, "APA");
                source.setString(4, "Dépêche numéro " + i);
                source.setString(5, "fr");
                source.setBytes(6, hash(text));
                source.setLong(7, writeId);
                add(source);
                log("source", key, id, text);
                records++;
            }
            for (int i = 0; i < dataset.persons; i++) {
                Dataset.Person p = dataset.person(i);
                byte[] key = key("person", p.id());
                String text = json.person(p);
                person.setBytes(1, key);
                person.setString(2, p.id());
                person.setString(3, p.name());
                person.setString(4, TextFold.fold(p.name()));
                person.setBytes(5, hash(text));
                person.setLong(6, writeId);
                add(person);
                personSource.setBytes(1, key);
                personSource.setInt(2, 0);
                personSource.setString(3, p.source());
                add(personSource);
                log("person", key, p.id(), text);
                records++;
            }
            List<SQLException> failure = new ArrayList<>(1);
            dataset.meetings(m -> {
                if (!failure.isEmpty()) {
                    return;
                }
                try {
                    meeting(m);
                } catch (SQLException e) {
                    failure.add(e);
                }
            });
            if (!failure.isEmpty()) {
                throw failure.get(0);
            }
            flush();
        }

        private void meeting(Dataset.Meeting m) throws SQLException {
            byte[] key = key("meeting", m.id());
            String text = json.meeting(m);
            Date day = Date.valueOf(m.date());
            meeting.setBytes(1, key);
            meeting.setString(2, m.id());
            meeting.setString(3, Dataset.CONFEDERATION);
            meeting.setString(4, m.kind());
            meeting.setDate(5, day);
            meeting.setDate(6, day);
            meeting.setString(7, m.place());
            meeting.setString(8, m.title());
            meeting.setString(9, TextFold.fold(m.title()) + "\n" + TextFold.fold(m.place()));
            meeting.setBytes(10, hash(text));
            meeting.setLong(11, writeId);
            add(meeting);
            for (int i = 0; i < m.participants().size(); i++) {
                participant.setBytes(1, key);
                participant.setInt(2, i);
                participant.setString(3, m.participants().get(i).person());
                participant.setString(4, m.participants().get(i).capacity());
                add(participant);
            }
            for (int i = 0; i < m.topics().size(); i++) {
                topic.setBytes(1, key);
                topic.setInt(2, i);
                topic.setString(3, m.topics().get(i));
                topic.setString(4, TextFold.fold(m.topics().get(i)));
                add(topic);
            }
            meetingSource.setBytes(1, key);
            meetingSource.setInt(2, 0);
            meetingSource.setString(3, m.source());
            add(meetingSource);
            log("meeting", key, m.id(), text);
            records++;
        }

        private void log(String type, byte[] key, String id, String text) throws SQLException {
            changeLog.setObject(1, at);
            changeLog.setString(2, type);
            changeLog.setBytes(3, key);
            changeLog.setString(4, id);
            changeLog.setString(5, text);
            add(changeLog);
        }

        private void add(PreparedStatement statement) throws SQLException {
            statement.addBatch();
            rows++;
            if (++pending == ROWS_PER_COMMIT) {
                flush();
            }
        }

        private void flush() throws SQLException {
            for (PreparedStatement statement : inOrder) {
                statement.executeBatch();
            }
            connection.commit();
            pending = 0;
        }

        private byte[] hash(String text) {
            return sha256.digest(text.getBytes(StandardCharsets.UTF_8));
        }

        private static byte[] key(String type, String id) {
            return NaturalKey.of(RecordKey.of(type, id)).bytes();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : inOrder) {
                statement.close();
            }
        }
    }
}
