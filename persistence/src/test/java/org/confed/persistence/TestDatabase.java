package org.confed.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.confed.application.json.RecordJson;
import org.confed.domain.port.RecordEncoding;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests keep their stores: H2 in memory, H2 files in a temporary directory, or PostgreSQL at
 * {@code CONFED_TEST_JDBC_URL}. Every store it opens starts empty (a new database, file or schema), and
 * {@link #cleanUp} closes them and drops what they left behind.
 */
final class TestDatabase {
    static final String POSTGRES_VARIABLE = "CONFED_TEST_JDBC_URL";
    /** The codec the composition root gives a store: the interchange format's JSON. */
    static final RecordEncoding ENCODING = RecordJson.codec();

    enum Kind { H2_MEMORY, H2_FILE, POSTGRESQL }

    private final Kind kind;
    private final Path directory;
    private final List<Store> opened = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();

    private TestDatabase(Kind kind, Path directory) {
        this.kind = kind;
        this.directory = directory;
    }

    static TestDatabase h2Memory() {
        return new TestDatabase(Kind.H2_MEMORY, null);
    }

    static TestDatabase h2File(Path directory) {
        return new TestDatabase(Kind.H2_FILE, directory);
    }

    static TestDatabase postgres() {
        return new TestDatabase(Kind.POSTGRESQL, null);
    }

    /** A database of {@code kind}; H2 files go in {@code directory}. */
    static TestDatabase of(Kind kind, Path directory) {
        return new TestDatabase(kind, directory);
    }

    /** The PostgreSQL URL to test against, when the environment gives one. */
    static Optional<String> postgresUrl() {
        String url = System.getenv(POSTGRES_VARIABLE);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /**
     * When there is no PostgreSQL to test against: under {@code CI=true} fails the calling test (CI must test
     * PostgreSQL), elsewhere skips it, saying why.
     */
    static void assumePostgres() {
        if (postgresUrl().isPresent()) {
            return;
        }
        String why = POSTGRES_VARIABLE + " is not set, so the PostgreSQL tests cannot run "
                + "(set it to e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(why + "; under CI=true that is a failure, not a skip");
        }
        Assumptions.abort(why);
    }

    Kind kind() {
        return kind;
    }

    /** A URL of a new, empty database (for PostgreSQL: a new schema). */
    String newUrl() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (kind) {
            case H2_MEMORY:
                return "jdbc:h2:mem:test-" + unique;
            case H2_FILE:
                return "jdbc:h2:file:" + directory.resolve("store-" + unique).resolve("confed");
            default:
                assumePostgres();
                String schema = "confed_test_" + unique.toLowerCase(Locale.ROOT);
                schemas.add(schema);
                String url = postgresUrl().orElseThrow();
                return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
    }

    /** A new, empty store, closed by {@link #cleanUp}. */
    Store newStore() {
        return newStore(Store.DEFAULT_CHUNK_SIZE);
    }

    /** A new, empty store that writes {@code chunkSize} records at a time, closed by {@link #cleanUp}. */
    Store newStore(int chunkSize) {
        return newStore(chunkSize, java.time.Clock.systemUTC());
    }

    /** A new, empty store that dates its writes by {@code clock}, closed by {@link #cleanUp}. */
    Store newStore(int chunkSize, java.time.Clock clock) {
        Store store = Store.open(newUrl(), ENCODING, System.getenv(), chunkSize, clock);
        opened.add(store);
        return store;
    }

    /** Another store on an existing URL, closed by {@link #cleanUp}. */
    Store open(String url) {
        Store store = Store.open(url, ENCODING);
        opened.add(store);
        return store;
    }

    /** Closes every store opened here and drops their PostgreSQL schemas. */
    void cleanUp() {
        opened.forEach(Store::close);
        opened.clear();
        if (schemas.isEmpty()) {
            return;
        }
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
