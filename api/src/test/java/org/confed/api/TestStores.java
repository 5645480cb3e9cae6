package org.confed.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.confed.application.json.RecordJson;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.persistence.Store;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The stores the api's reliability tests run on: the in-memory registry, a real H2 file, and PostgreSQL at
 * {@code CONFED_TEST_JDBC_URL} (required under {@code CI=true}). Each store opened here is new and empty (a new file, a new schema);
 * {@link #close} closes them and removes what they left.
 */
public final class TestStores implements AutoCloseable {
    /** The variable naming the PostgreSQL to test against, as in the persistence tests. */
    public static final String POSTGRES_VARIABLE = "CONFED_TEST_JDBC_URL";

    /** Where a store keeps its records. */
    public enum Kind {
        MEMORY, H2_FILE, POSTGRESQL;

        /**
         * Every kind, PostgreSQL included: opening a PostgreSQL store without {@value #POSTGRES_VARIABLE} skips that
         * case, saying why, and fails it under {@code CI=true} (see {@link #requirePostgres()}), so that it is never
         * dropped from a list in silence.
         */
        public static List<Kind> available() {
            return List.of(values());
        }
    }

    private final List<Store> opened = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();

    /**
     * When there is no PostgreSQL to test against: under {@code CI=true} fails the calling test (CI must test
     * PostgreSQL), elsewhere skips it, saying why.
     */
    public static void requirePostgres() {
        if (postgresUrl().isPresent()) {
            return;
        }
        String why = POSTGRES_VARIABLE + " is not set, so the PostgreSQL case cannot run "
                + "(set it to e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(why + "; under CI=true that is a failure, not a skip");
        }
        Assumptions.abort(why);
    }

    public static Optional<String> postgresUrl() {
        String url = System.getenv(POSTGRES_VARIABLE);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** A new, empty store of {@code kind}. */
    public Registry open(Kind kind, Clock clock) {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (kind) {
            case MEMORY:
                return new InMemoryRegistry(clock);
            case H2_FILE:
                try {
                    Path directory = Files.createTempDirectory("confed-api-store");
                    directories.add(directory);
                    return keep(Store.open("jdbc:h2:file:" + directory.resolve("confed"), RecordJson.codec()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            default:
                requirePostgres();
                String url = postgresUrl().orElseThrow();
                String schema = "confed_api_test_" + unique.toLowerCase(Locale.ROOT);
                schemas.add(schema);
                return keep(Store.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, RecordJson.codec()));
        }
    }

    /**
     * The URL of a new, empty PostgreSQL schema that several stores may open, as several servers share one store; it
     * is dropped by {@link #close}.
     */
    public String sharedPostgresUrl() {
        requirePostgres();
        String url = postgresUrl().orElseThrow();
        String schema = "confed_api_shared_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        schemas.add(schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A new store of {@code kind} holding the AES demo facts. */
    public Registry withAesFacts(Kind kind, Clock clock) {
        Registry registry = open(kind, clock);
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), Actor.CLI);
        return registry;
    }

    private Store keep(Store store) {
        opened.add(store);
        return store;
    }

    @Override
    public void close() {
        opened.forEach(Store::close);
        opened.clear();
        for (Path directory : directories) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        directories.clear();
        if (!schemas.isEmpty()) {
            try (Connection connection = DriverManager.getConnection(postgresUrl().orElseThrow());
                 Statement statement = connection.createStatement()) {
                for (String schema : schemas) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop the test schemas " + schemas, e);
            }
            schemas.clear();
        }
    }
}
