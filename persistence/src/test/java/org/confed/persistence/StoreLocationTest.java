package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.confed.domain.port.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the store reads a URL: what it adds, what it refuses, and what it never shows. */
class StoreLocationTest {
    private static final Map<String, String> NO_VARIABLES = Map.of();

    @TempDir
    Path directory;

    @Test
    void an_h2_file_url_gets_durable_commits_and_the_store_closes_it_itself() {
        StoreLocation.H2File url = assertInstanceOf(StoreLocation.H2File.class, StoreLocation.parse("jdbc:h2:file:/data/confed", NO_VARIABLES));

        assertEquals("jdbc:h2:file:/data/confed;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", url.driverUrl());
        assertEquals("H2 file /data/confed.mv.db", url.location());
        assertEquals(Path.of("/data/confed.mv.db"), url.file());
    }

    @Test
    void settings_given_in_an_h2_url_are_kept_and_its_password_taken_out() {
        StoreLocation url = StoreLocation.parse("jdbc:h2:/data/confed.mv.db;write_delay=100;USER=ana;PASSWORD=secret", NO_VARIABLES);

        assertEquals("jdbc:h2:file:/data/confed;WRITE_DELAY=100;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE", url.driverUrl());
        assertEquals("ana", url.user());
        assertEquals("secret", url.password());
        assertEquals("H2 file /data/confed.mv.db", url.location());
    }

    @Test
    void a_relative_or_home_path_is_made_absolute() {
        assertEquals(Path.of("data/confed.mv.db").toAbsolutePath().normalize(),
                ((StoreLocation.H2File) StoreLocation.parse("jdbc:h2:file:./data/confed", NO_VARIABLES)).file());
        assertEquals(Path.of(System.getProperty("user.home"), "confed.mv.db"),
                ((StoreLocation.H2File) StoreLocation.parse("jdbc:h2:~/confed", NO_VARIABLES)).file());
    }

    @Test
    void an_unnamed_h2_memory_database_gets_a_name_so_that_connections_share_it() {
        StoreLocation url = assertInstanceOf(StoreLocation.H2Memory.class, StoreLocation.parse("jdbc:h2:mem:", NO_VARIABLES));

        assertTrue(url.driverUrl().startsWith("jdbc:h2:mem:confed-"), url.driverUrl());
        assertTrue(url.driverUrl().endsWith(";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1"), url.driverUrl());
        assertTrue(url.location().startsWith("H2 in memory (confed-"), url.location());
    }

    @Test
    void a_postgresql_url_gets_batched_inserts_and_never_shows_its_password() {
        StoreLocation url = assertInstanceOf(StoreLocation.Postgres.class, StoreLocation.parse(
                "jdbc:postgresql://db.example:5433/confed?user=ana&password=s%3Dcret&sslmode=require", NO_VARIABLES));

        assertEquals("ana", url.user());
        assertEquals("s=cret", url.password());
        assertEquals("jdbc:postgresql://db.example:5433/confed?sslmode=require&reWriteBatchedInserts=true&connectTimeout=10"
                + "&ApplicationName=confed", url.driverUrl());
        assertEquals("PostgreSQL db.example:5433/confed", url.location());
        assertFalse(url.driverUrl().contains("cret"));
    }

    @Test
    void postgresql_credentials_come_from_the_environment_when_the_url_has_none() {
        Map<String, String> variables = Map.of("CONFED_DB_USER", "ben", "CONFED_DB_PASSWORD", "hunter2");

        StoreLocation.Postgres url = (StoreLocation.Postgres) StoreLocation.parse("jdbc:postgresql://db/confed?currentSchema=registry",
                variables);

        assertEquals("ben", url.user());
        assertEquals("hunter2", url.password());
        assertEquals("registry", url.schema());
        assertEquals("PostgreSQL db:5432/confed (schema registry)", url.location());
        assertEquals("ana", StoreLocation.parse("jdbc:postgresql://db/confed?user=ana", variables).user());
    }

    @Test
    void other_urls_are_refused_naming_those_that_work() {
        for (String url : new String[] {"jdbc:h2:tcp://localhost/confed", "jdbc:sqlite:confed.db", "", "confed.mv.db"}) {
            StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> StoreLocation.parse(url, NO_VARIABLES));
            assertFalse(refused.getMessage().isBlank());
        }
        assertNull(StoreLocation.parse("jdbc:postgresql://db/confed", NO_VARIABLES).user());
    }

    @Test
    void the_default_url_is_an_h2_file_in_the_data_directory_which_is_created() {
        Path data = directory.resolve("custom").resolve("data");

        assertEquals("jdbc:h2:file:" + data.resolve("confed"), Store.defaultUrl(Map.of("CONFED_DATA_DIR", data.toString())));
        assertTrue(Files.isDirectory(data));

        Path home = directory.resolve("home");
        assertEquals("jdbc:h2:file:" + home.resolve(".local/share/confed/confed"), Store.defaultUrl(Map.of("HOME", home.toString())));
        assertTrue(Files.isDirectory(home.resolve(".local/share/confed")));
    }
}
