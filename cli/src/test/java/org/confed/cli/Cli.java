package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * {@code confed} run in this JVM through picocli, exactly as {@code main} runs it, on a store of its own (an H2 file
 * in a temporary directory, or a fresh PostgreSQL schema), with standard output and error captured and the working
 * directory set to that temporary directory.
 */
final class Cli implements AutoCloseable {
    static final String POSTGRES_VARIABLE = "CONFED_TEST_JDBC_URL";
    /** "Today" for every command: 2026-01-15, in Burkina Faso's presidency. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    /** Texts that show a program's insides rather than a message for a person. */
    static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at java.", "org.confed.", "java.lang");

    enum Kind { H2_FILE, POSTGRESQL }

    final Path dir;
    final String db;
    private final String schema;

    private Cli(Path dir, String db, String schema) {
        this.dir = dir;
        this.db = db;
        this.schema = schema;
    }

    /** A fresh, empty H2 file store in {@code dir}. */
    static Cli h2(Path dir) {
        return new Cli(dir, "jdbc:h2:file:" + dir.resolve("store-" + unique()).resolve("confed"), null);
    }

    static Cli of(Kind kind, Path dir) {
        if (kind == Kind.H2_FILE) {
            return h2(dir);
        }
        String url = requirePostgres();
        String schema = "confed_cli_" + unique();
        return new Cli(dir, url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, schema);
    }

    /**
     * The PostgreSQL to test against. Without one: under {@code CI=true} the calling test fails (CI must test
     * PostgreSQL), elsewhere it is skipped, saying why.
     */
    static String requirePostgres() {
        String url = postgresUrl();
        if (url != null) {
            return url;
        }
        String why = POSTGRES_VARIABLE + " is not set, so the PostgreSQL runs cannot happen "
                + "(set it to e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(why + "; under CI=true that is a failure, not a skip");
        }
        Assumptions.abort(why);
        return null;
    }

    static String postgresUrl() {
        String url = System.getenv(POSTGRES_VARIABLE);
        return url == null || url.isBlank() ? null : url.strip();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /** What one command printed, and its exit code. */
    record Result(int exit, String out, String err) {
        Result expect(int code) {
            assertEquals(code, exit, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }

        /** Nothing on either stream looks like a stack trace or a class name. */
        Result noLeaks() {
            for (String leak : LEAKS) {
                assertFalse(out.contains(leak) || err.contains(leak), () -> "leaks '" + leak + "':\n" + out + "\n" + err);
            }
            return this;
        }
    }

    /** Runs {@code confed args...} against this store (through {@code CONFED_DB_URL}). */
    Result run(String... args) {
        return runWith(Map.of(), args);
    }

    Result runWith(Map<String, String> variables, String... args) {
        Map<String, String> environment = new HashMap<>(variables);
        environment.putIfAbsent("CONFED_DB_URL", db);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment env = new Environment(environment, out, err, false, TODAY, dir);
        int exit = Confed.execute(env, args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The store's whole content as NDJSON, through {@code confed export}: the yardstick for "unchanged". */
    String export() {
        return run("export", "--format", "ndjson").expect(ExitCode.OK).out();
    }

    /** Writes {@code text} to a file in the working directory and returns the name to pass on the command line. */
    String file(String name, String text) {
        try {
            Path path = dir.resolve(name);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the AES demo data, the same file {@code serve} loads into an empty store. */
    Cli withDemoData() {
        try (var in = DemoData.class.getResourceAsStream(DemoData.RESOURCE)) {
            file("aes.ndjson", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run("import", "aes.ndjson").expect(ExitCode.OK);
        return this;
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(postgresUrl());
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }
}
