package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a store skips Flyway when its history already ends at the latest migration: the latest this code holds is
 * {@link SchemaVersion#LATEST}, and a store behind it is still migrated when opened.
 */
class SchemaVersionTest {
    @TempDir
    Path directory;

    @Test
    void the_latest_version_is_the_latest_migration_flyway_finds() {
        String url = "jdbc:h2:file:" + directory.resolve("latest").resolve("confed");
        Store.open(url, TestDatabase.ENCODING).close();

        Flyway flyway = Flyway.configure(getClass().getClassLoader()).dataSource(url, "", "")
                .locations("classpath:db/migration")
                .javaMigrations(new RecordsFromV1(TestDatabase.ENCODING), new LongSpansOfAWeek(TestDatabase.ENCODING))
                .ignoreMigrationPatterns("*:missing").load();
        MigrationInfo[] applied = flyway.info().applied();

        assertEquals(SchemaVersion.LATEST, applied[applied.length - 1].getVersion().getVersion());
        assertEquals(0, flyway.info().pending().length, Arrays.toString(flyway.info().pending()));
    }

    @Test
    void a_store_whose_history_stops_short_of_the_latest_is_migrated_when_opened() throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("behind").resolve("confed");
        Store.open(url, TestDatabase.ENCODING).close();
        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            // the store as V4 found it: no redirects, and a history ending before V4
            statement.execute("DROP TABLE record_redirect");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '5')");
        }

        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            assertTrue(store.isEmpty());
        }

        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            assertTrue(hasTable(statement, "RECORD_REDIRECT"), "V4 ran again");
            try (ResultSet last = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                assertTrue(last.next());
                assertEquals(SchemaVersion.LATEST, last.getString(1));
            }
        }
    }

    @Test
    void a_store_whose_last_migration_failed_is_left_to_flyway() throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("failed").resolve("confed");
        Store.open(url, TestDatabase.ENCODING).close();
        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + SchemaVersion.LATEST + "'");
            org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
            dataSource.setURL(url);

            assertFalse(SchemaVersion.isCurrent(dataSource, null));
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE");
            assertTrue(SchemaVersion.isCurrent(dataSource, null));
        }
    }

    private static boolean hasTable(Statement statement, String name) throws SQLException {
        try (ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '"
                + name + "'")) {
            tables.next();
            return tables.getInt(1) == 1;
        }
    }
}
