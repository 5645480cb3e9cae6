package org.confed.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether a store's schema is already the one this code makes: Flyway's history ends with the latest migration and
 * records no failure. One query, so that opening a current store (every start of a server) spares Flyway's class
 * loading, class path scan and validation; any doubt (no history, an older or newer version, a failure) leaves the
 * decision to Flyway, which migrates, repairs nothing silently, and says what is wrong.
 */
final class SchemaVersion {
    /** The latest migration in {@code db/migration} or Java; {@code SchemaVersionTest} holds it to Flyway's own. */
    static final String LATEST = "5";

    private SchemaVersion() {
    }

    /** True when the history in {@code schema} ({@code null}: the connection's own) ends at {@link #LATEST}. */
    static boolean isCurrent(DataSource dataSource, String schema) {
        // Flyway makes its table and columns with quoted lower-case names, on H2 as on PostgreSQL
        String table = (schema == null ? "" : '"' + schema.replace("\"", "\"\"") + "\".") + "\"flyway_schema_history\"";
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery("SELECT \"version\", \"success\" FROM " + table
                     + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            if (!history.next() || !LATEST.equals(history.getString(1)) || !history.getBoolean(2)) {
                return false;
            }
            while (history.next()) {
                if (!history.getBoolean(2)) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            return false; // no history yet: a new store, or one Flyway must look at
        }
    }
}
