package org.confed.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.port.ChangeKind;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway's V5: a record is marked {@link Terms#longSpan long} once its dates reach more than a week past its sort day
 * ({@link RecordRow#LONGEST_SHORT_SPAN_DAYS}), where V2 to V4 marked only those reaching more than a year. This adds
 * the term to every stored version that now needs it, the versions of the past included, for "as recorded" searches
 * read them too. Terms only: no row changes, no table either.
 */
final class LongSpansOfAWeek extends BaseJavaMigration {
    private static final int BATCH = 1000;

    private final RecordEncoding encoding;

    LongSpansOfAWeek(RecordEncoding encoding) {
        this.encoding = encoding;
    }

    @Override
    protected void init() {
        // named after what it does, not Flyway's V5__... pattern: getVersion and getDescription say it instead
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "long spans of a week";
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Set<Long> marked = marked(connection);
        try (PreparedStatement read = connection.prepareStatement("SELECT seq, record_type, sort_day, content "
                + "FROM record_version WHERE sort_day IS NOT NULL AND change IN (?, ?)");
             PreparedStatement mark = connection.prepareStatement("INSERT INTO record_term (term, seq) VALUES (?, ?)")) {
            read.setString(1, ChangeKind.INSERT.code());
            read.setString(2, ChangeKind.UPDATE.code());
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong(1);
                    ConfedRecord record = encoding.decode(rows.getString(4));
                    if (!marked.contains(seq) && RecordRow.spansLong(record, rows.getObject(3, LocalDate.class))) {
                        mark.setBytes(1, Terms.bytes(Terms.longSpan(rows.getString(2))));
                        mark.setLong(2, seq);
                        mark.addBatch();
                        if (++pending == BATCH) {
                            mark.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                mark.executeBatch();
            }
        }
    }

    /** The versions already marked: those reaching more than a year. */
    private static Set<Long> marked(Connection connection) throws SQLException {
        Set<Long> marked = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq FROM record_term WHERE term = ?")) {
            // a long term names its record's own type
            for (RecordSchema<?> schema : RecordSchemas.all()) {
                String type = schema.name();
                query.setBytes(1, Terms.bytes(Terms.longSpan(type)));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        marked.add(rows.getLong(1));
                    }
                }
            }
        }
        return marked;
    }
}
