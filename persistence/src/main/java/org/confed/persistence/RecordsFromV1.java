package org.confed.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.port.ChangeKind;
import org.confed.domain.port.RecordEncoding;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway's V3: moves a store of schema V1 (a table per record type, and {@code change_log} holding every version as
 * the interchange format's JSON) into V2's record versions, then drops V1's tables. A store made at V2 has nothing to
 * move. Nothing is lost: every log entry becomes a version with its sequence, instant and actor; the entries that
 * share an instant and an actor (one V1 write) become one change set; the versions V1's tables hold are checked to be
 * the live ones before anything is dropped.
 *
 * <p>Each entry's JSON is read with the store's {@link RecordEncoding} and written again by it, so that an unchanged
 * write compares equal texts afterwards; its terms and date are those of the record read.
 */
final class RecordsFromV1 extends BaseJavaMigration {
    /** V1's record tables, named after their types; each had list tables of its own, dropped with it. */
    private static final List<String> V1_RECORDS = List.of("source", "state", "confederation", "membership", "person",
            "office_term", "meeting", "presidency", "action_plan", "plan_event");
    /** V1's list tables, which refer to the record tables: dropped first. */
    private static final List<String> V1_LISTS = List.of("state_name", "state_source", "confederation_name",
            "confederation_rotation", "confederation_pillar", "confederation_source", "membership_source", "person_source",
            "office_term_source", "meeting_participant", "meeting_topic", "meeting_source", "presidency_source",
            "action_plan_objective", "action_plan_source", "plan_event_source");
    private static final int BATCH = 1000;

    private final RecordEncoding encoding;

    RecordsFromV1(RecordEncoding encoding) {
        this.encoding = encoding;
    }

    @Override
    protected void init() {
        // named after what it does, not Flyway's V3__... pattern: getVersion and getDescription say it instead
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "records from V1";
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!hasTable(connection, "change_log")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO change_set (id, committed_at, actor) "
                    + "SELECT ROW_NUMBER() OVER (ORDER BY MIN(sequence)), committed_at, actor FROM change_log "
                    + "GROUP BY committed_at, actor");
        }
        moveVersions(connection);
        checkLiveVersions(connection);
        makeInstantsGrow(connection);
        try (Statement statement = connection.createStatement()) {
            for (String table : V1_LISTS) {
                statement.execute("DROP TABLE " + table);
            }
            for (String table : V1_RECORDS) {
                statement.execute("DROP TABLE " + table);
            }
            statement.execute("DROP TABLE change_log");
        }
    }

    /** One version per log entry, read in key order so that each version is retired by the next one of its key. */
    private void moveVersions(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
             PreparedStatement versions = connection.prepareStatement("INSERT INTO record_version (seq, change_set, "
                     + "retired_by, record_type, natural_key, version, change, content, sort_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement terms = connection.prepareStatement("INSERT INTO record_term (term, seq) VALUES (?, ?)")) {
            read.setFetchSize(BATCH);
            ResultSet log = read.executeQuery("SELECT l.sequence, c.id, l.record_type, l.natural_key, l.old_version, "
                    + "l.new_version, l.content FROM change_log l JOIN change_set c ON c.committed_at = l.committed_at "
                    + "AND c.actor = l.actor ORDER BY l.record_type, l.natural_key, l.sequence");
            Entry pending = null;
            int batched = 0;
            while (log.next()) {
                Entry entry = new Entry(log.getLong(1), log.getLong(2), log.getString(3), log.getBytes(4), log.getLong(5),
                        log.getLong(6), log.getString(7));
                if (pending != null) {
                    boolean sameRecord = pending.type().equals(entry.type()) && Arrays.equals(pending.key(), entry.key());
                    add(pending, sameRecord ? entry.changeSet() : null, versions, terms);
                    if (++batched % BATCH == 0) {
                        versions.executeBatch();
                        terms.executeBatch();
                    }
                }
                pending = entry;
            }
            if (pending != null) {
                add(pending, null, versions, terms);
            }
            versions.executeBatch();
            terms.executeBatch();
        }
    }

    /** A row of V1's {@code change_log}, with its change set. */
    private record Entry(long sequence, long changeSet, String type, byte[] key, long oldVersion, long newVersion,
                         String content) {
    }

    private void add(Entry entry, Long retiredBy, PreparedStatement versions, PreparedStatement terms) throws SQLException {
        ConfedRecord record;
        try {
            record = encoding.decode(entry.content());
        } catch (IllegalArgumentException e) {
            throw new FlywayException("change log entry " + entry.sequence() + " cannot be read: " + e.getMessage(), e);
        }
        RecordRow row = RecordRow.of(record, encoding);
        if (!row.type().equals(entry.type()) || !Arrays.equals(row.key().bytes(), entry.key())) {
            throw new FlywayException("change log entry " + entry.sequence() + " is filed as " + entry.type() + " "
                    + HexFormat.of().formatHex(entry.key()) + " but holds " + record.key());
        }
        versions.setLong(1, entry.sequence());
        versions.setLong(2, entry.changeSet());
        if (retiredBy == null) {
            versions.setNull(3, Types.BIGINT);
        } else {
            versions.setLong(3, retiredBy);
        }
        versions.setString(4, row.type());
        versions.setBytes(5, entry.key());
        versions.setLong(6, entry.newVersion());
        versions.setString(7, (entry.oldVersion() == 0 ? ChangeKind.INSERT : ChangeKind.UPDATE).code());
        versions.setString(8, row.content());
        if (row.sortDay() == null) {
            versions.setNull(9, Types.DATE);
        } else {
            versions.setObject(9, row.sortDay());
        }
        versions.addBatch();
        for (String term : row.terms()) {
            terms.setBytes(1, Terms.bytes(term));
            terms.setLong(2, entry.sequence());
            terms.addBatch();
        }
    }

    /** Each V1 record table must hold exactly the live versions of its type, key by key and version by version. */
    private static void checkLiveVersions(Connection connection) throws SQLException {
        for (String table : V1_RECORDS) {
            long tableRows = count(connection, "SELECT count(*) FROM " + table);
            long matched = count(connection, "SELECT count(*) FROM " + table + " t JOIN record_version v ON v.record_type = '"
                    + table + "' AND v.natural_key = t.natural_key AND v.version = t.version AND v.retired_by IS NULL");
            long live = count(connection, "SELECT count(*) FROM record_version WHERE record_type = '" + table
                    + "' AND retired_by IS NULL");
            if (tableRows != matched || live != tableRows) {
                throw new FlywayException("the V1 table " + table + " holds " + tableRows + " records, of which " + matched
                        + " are the last versions its change log holds (" + live + "): the store cannot be moved to V2 "
                        + "without losing records");
            }
        }
    }

    /** V1's concurrent writers could log a later instant first: instants are made to grow with change sets. */
    private static void makeInstantsGrow(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
             PreparedStatement update = connection.prepareStatement("UPDATE change_set SET committed_at = ? WHERE id = ?")) {
            read.setFetchSize(BATCH);
            ResultSet sets = read.executeQuery("SELECT id, committed_at FROM change_set ORDER BY id");
            OffsetDateTime previous = null;
            while (sets.next()) {
                OffsetDateTime at = sets.getObject(2, OffsetDateTime.class);
                if (previous != null && !at.isAfter(previous)) {
                    at = previous.plus(1, ChronoUnit.MICROS);
                    update.setObject(1, at);
                    update.setLong(2, sets.getLong(1));
                    update.addBatch();
                }
                previous = at;
            }
            update.executeBatch();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        for (String spelled : new String[] {name, name.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = metadata.getTables(null, connection.getSchema(), spelled, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
