package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.confed.domain.model.Person;
import org.confed.domain.port.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that cannot be opened says why in one line for a user, and keeps the driver's exception as the cause. */
class UnavailableStoreTest {
    /** The user id of nobody on Debian. */
    private static final int NOBODY = 65534;

    @TempDir
    Path directory;

    private static StoreUnavailableException refused(String url) {
        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> Store.open(url, TestDatabase.ENCODING).close());
        assertFalse(refused.getMessage().contains("\n"), "one line: " + refused.getMessage());
        assertFalse(refused.getMessage().contains("Exception"), "no exception names: " + refused.getMessage());
        return refused;
    }

    @Test
    void a_postgresql_port_where_nothing_listens_is_a_refused_connection() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        StoreUnavailableException refused = refused("jdbc:postgresql://127.0.0.1:" + port + "/test?user=postgres");

        assertEquals("cannot connect to PostgreSQL at 127.0.0.1:" + port + ": connection refused", refused.getMessage());
        assertNotNull(refused.getCause());
    }

    @Test
    void an_h2_file_open_in_another_process_is_in_use() throws Exception {
        Path base = directory.resolve("held").resolve("confed");
        String url = "jdbc:h2:file:" + base;
        try (ChildProcess holder = ChildProcess.start("hold", url, directory.resolve("holder-errors.txt"))) {
            holder.await("OPEN", 60);

            StoreUnavailableException refused = refused(url);

            assertEquals("the H2 file " + base + ".mv.db is in use by another process", refused.getMessage());
            assertNotNull(refused.getCause());
            holder.finish();
        }
        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            assertTrue(store.isEmpty(), "free again once the other process closed it");
        }
    }

    /** As root, who may write anywhere, the store is opened by a child JVM running as user nobody. */
    @Test
    void a_directory_that_cannot_be_written_is_read_only() throws Exception {
        Path shared = Files.createTempDirectory("confed-readonly", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path locked = Files.createDirectory(shared.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            String url = "jdbc:h2:file:" + locked.resolve("confed");
            String said;
            if (Files.isWritable(locked)) {
                try (ChildProcess nobody = ChildProcess.startAs(NOBODY, "open", url, shared, directory.resolve("nobody-errors.txt"))) {
                    String line = nobody.await("", 120);
                    assertTrue(line.startsWith("REFUSED "), "as user nobody: " + line + "; errors: "
                            + Files.readString(directory.resolve("nobody-errors.txt")));
                    said = line.substring("REFUSED ".length());
                }
            } else {
                said = refused(url).getMessage();
            }

            assertEquals("directory " + locked + " is read-only", said);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            try (java.util.stream.Stream<Path> files = Files.walk(shared)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Test
    void a_directory_that_cannot_be_created_says_so() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("plain-file"), "not a directory");

        StoreUnavailableException refused = refused("jdbc:h2:file:" + notADirectory.resolve("data").resolve("confed"));

        assertTrue(refused.getMessage().startsWith("cannot create directory " + notADirectory.resolve("data")),
                refused.getMessage());
    }

    @Test
    void an_unknown_kind_of_url_names_those_that_work() {
        StoreUnavailableException refused = refused("jdbc:mysql://localhost/confed?password=secret");

        assertTrue(refused.getMessage().startsWith("unsupported database URL"), refused.getMessage());
        assertTrue(refused.getMessage().contains("jdbc:postgresql://"), refused.getMessage());
        assertFalse(refused.getMessage().contains("secret"), refused.getMessage());
    }

    @Test
    void h2_auto_server_mode_is_refused() {
        StoreUnavailableException refused = refused("jdbc:h2:file:" + directory.resolve("confed") + ";AUTO_SERVER=TRUE");

        assertTrue(refused.getMessage().startsWith("AUTO_SERVER is not supported"), refused.getMessage());
    }

    @Test
    void a_closed_store_says_it_is_closed() {
        Store store = Store.open("jdbc:h2:mem:", TestDatabase.ENCODING);
        store.close();
        store.close();

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> store.count(Person.class));

        assertTrue(refused.getMessage().endsWith(" is closed"), refused.getMessage());
    }

    @Test
    void a_postgresql_user_that_cannot_log_in_fails_authentication() {
        TestDatabase.assumePostgres();
        String url = TestDatabase.postgresUrl().orElseThrow().replaceAll("([?&])user=[^&]*&?", "$1");
        url += (url.endsWith("?") || url.endsWith("&") ? "" : url.contains("?") ? "&" : "?") + "user=no_such_confed_user";

        StoreUnavailableException refused = refused(url);

        assertTrue(refused.getMessage().startsWith("authentication failed for user no_such_confed_user on PostgreSQL at "),
                refused.getMessage());
    }

    @Test
    void a_postgresql_database_that_does_not_exist_says_so() {
        TestDatabase.assumePostgres();
        String url = TestDatabase.postgresUrl().orElseThrow().replaceFirst("//([^/]*)/[^?]*", "//$1/no_such_confed_db");

        StoreUnavailableException refused = refused(url);

        assertTrue(refused.getMessage().startsWith("database no_such_confed_db does not exist on PostgreSQL at "),
                refused.getMessage());
    }
}
