package org.confed.persistence;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.confed.domain.port.StoreUnavailableException;

/**
 * Where a store's data lives, read from its JDBC URL and completed: the URL handed to the driver (with the settings
 * the store relies on, never a password), the user and password apart, and a description for people.
 *
 * <p>Java 17 has no pattern {@code switch} over a sealed type, so {@link #match} stands in for it: it takes one
 * function per kind, and a new kind cannot be added without every caller handling it.
 */
sealed interface StoreLocation {
    String USER_VARIABLE = "CONFED_DB_USER";
    String PASSWORD_VARIABLE = "CONFED_DB_PASSWORD";
    /** What H2 adds to a file store's path. */
    String H2_SUFFIX = ".mv.db";

    /** The URL handed to the driver and the pool; it never holds the password. */
    String driverUrl();

    String user();

    String password();

    /** Where the data lives, for people: {@code H2 file /data/confed.mv.db}, {@code PostgreSQL db:5432/confed}. */
    String location();

    /** One of three answers, by kind: the exhaustive switch over locations. */
    <T> T match(Function<H2File, T> file, Function<H2Memory, T> memory, Function<Postgres, T> postgres);

    /** Whether the database is H2, which belongs to this process, file or memory. */
    default boolean isH2() {
        return match(file -> true, memory -> true, postgres -> false);
    }

    /** Why the store is open for reading only, or {@code null} when it may be written. */
    default String readOnlyBecause() {
        return match(H2File::readOnlyBecause, memory -> null, postgres -> null);
    }

    /** The driver's connection properties: user and password. */
    default Properties credentials() {
        Properties properties = new Properties();
        if (user() != null) {
            properties.setProperty("user", user());
        }
        if (password() != null) {
            properties.setProperty("password", password());
        }
        return properties;
    }

    /**
     * An H2 file.
     *
     * @param file            the database file, {@code PATH.mv.db}
     * @param readOnlyBecause why it is opened for reading only (a sentence's end: "it is read-only"), or {@code null}
     */
    record H2File(Path file, String driverUrl, String user, String password, String readOnlyBecause) implements StoreLocation {
        @Override
        public String location() {
            return "H2 file " + file;
        }

        @Override
        public <T> T match(Function<H2File, T> ifFile, Function<H2Memory, T> ifMemory, Function<Postgres, T> ifPostgres) {
            return ifFile.apply(this);
        }

        /** The driver URL of another H2 file with this store's settings: {@code base} is the path without {@code .mv.db}. */
        String driverUrlOf(Path base) {
            String ownBase = file.toString().substring(0, file.toString().length() - H2_SUFFIX.length());
            return "jdbc:h2:file:" + base + driverUrl.substring(("jdbc:h2:file:" + ownBase).length());
        }

        /** This file, opened for reading only, {@code because} (a sentence's end: "it is read-only"). */
        H2File readOnly(String because) {
            return new H2File(file, driverUrl + ";ACCESS_MODE_DATA=r", user, password, because);
        }
    }

    /** H2 in memory, named so that the pool's connections share it. */
    record H2Memory(String name, String driverUrl, String user, String password) implements StoreLocation {
        @Override
        public String location() {
            return "H2 in memory (" + name + ")";
        }

        @Override
        public <T> T match(Function<H2File, T> ifFile, Function<H2Memory, T> ifMemory, Function<Postgres, T> ifPostgres) {
            return ifMemory.apply(this);
        }
    }

    /**
     * A PostgreSQL database.
     *
     * @param server   {@code host:port}
     * @param database the database's name
     * @param schema   the schema named by {@code currentSchema}, or {@code null}
     */
    record Postgres(String server, String database, String schema, String driverUrl, String user, String password)
            implements StoreLocation {
        @Override
        public String location() {
            return "PostgreSQL " + server + "/" + database + (schema == null ? "" : " (schema " + schema + ")");
        }

        @Override
        public <T> T match(Function<H2File, T> ifFile, Function<H2Memory, T> ifMemory, Function<Postgres, T> ifPostgres) {
            return ifPostgres.apply(this);
        }
    }

    /**
     * Reads {@code jdbc:h2:file:...}, {@code jdbc:h2:mem:...} or {@code jdbc:postgresql://...}.
     *
     * @param environment where {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE} are looked up (PostgreSQL only)
     * @throws StoreUnavailableException for any other URL
     */
    static StoreLocation parse(String url, Map<String, String> environment) {
        if (url == null || url.isBlank()) {
            throw new StoreUnavailableException("no database URL given", null);
        }
        String trimmed = url.strip();
        if (trimmed.startsWith("jdbc:h2:")) {
            return h2(trimmed.substring("jdbc:h2:".length()));
        }
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return postgresql(trimmed.substring("jdbc:postgresql:".length()), environment);
        }
        throw new StoreUnavailableException("unsupported database URL " + withoutSecrets(trimmed)
                + ": use jdbc:h2:file:PATH, jdbc:h2:mem:NAME or jdbc:postgresql://HOST:PORT/DATABASE", null);
    }

    /** A URL fit for a message: any password hidden. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static StoreLocation h2(String rest) {
        int semicolon = rest.indexOf(';');
        String database = semicolon < 0 ? rest : rest.substring(0, semicolon);
        Map<String, String> settings = settings(semicolon < 0 ? "" : rest.substring(semicolon + 1));
        if ("TRUE".equalsIgnoreCase(settings.get("AUTO_SERVER"))) {
            throw new StoreUnavailableException("AUTO_SERVER is not supported: an H2 file store belongs to one process "
                    + "(use PostgreSQL to share a store)", null);
        }
        String user = settings.remove("USER");
        String password = settings.remove("PASSWORD");
        // commits wait for a lock this long instead of H2's one second, so a writer queues behind another
        settings.putIfAbsent("LOCK_TIMEOUT", "10000");
        if (database.startsWith("mem:")) {
            String name = database.substring("mem:".length());
            if (name.isEmpty()) {
                // an unnamed in-memory database is private to one connection; a pool needs to share it
                name = "confed-" + UUID.randomUUID();
            }
            // kept while the store's connections come and go; close() drops it with SHUTDOWN
            settings.putIfAbsent("DB_CLOSE_DELAY", "-1");
            return new H2Memory(name, "jdbc:h2:mem:" + name + join(settings), user, password);
        }
        for (String remote : new String[] {"tcp:", "ssl:", "zip:", "split:", "async:", "nio", "retry:", "memFS:", "memLZF:"}) {
            if (database.startsWith(remote)) {
                throw new StoreUnavailableException("unsupported H2 URL jdbc:h2:" + database
                        + ": use jdbc:h2:file:PATH or jdbc:h2:mem:NAME", null);
            }
        }
        String pathText = database.startsWith("file:") ? database.substring("file:".length()) : database;
        if (pathText.isBlank()) {
            throw new StoreUnavailableException("the H2 URL jdbc:h2:" + database + " names no file", null);
        }
        if (pathText.startsWith("~")) {
            pathText = System.getProperty("user.home") + pathText.substring(1);
        }
        if (pathText.endsWith(H2_SUFFIX)) {
            // a common slip: H2 adds the extension itself
            pathText = pathText.substring(0, pathText.length() - H2_SUFFIX.length());
        }
        Path base = Path.of(pathText).toAbsolutePath().normalize();
        Path file = base.resolveSibling(base.getFileName() + H2_SUFFIX);
        // The store closes the database itself (close()), not H2's shutdown hook, which could close it under a write
        // still running while the program stops. Nothing is lost by not closing: every commit is already on disk.
        settings.putIfAbsent("DB_CLOSE_ON_EXIT", "FALSE");
        // H2 flushes commits in the background (500 ms) by default; 0 makes a commit return only once it is written,
        // so a write that returned survives the process being killed.
        settings.putIfAbsent("WRITE_DELAY", "0");
        return new H2File(file, "jdbc:h2:file:" + base + join(settings), user, password, null);
    }

    private static StoreLocation postgresql(String rest, Map<String, String> environment) {
        int question = rest.indexOf('?');
        String target = question < 0 ? rest : rest.substring(0, question);
        Map<String, String> parameters = parameters(question < 0 ? "" : rest.substring(question + 1));
        String hosts;
        String database;
        if (target.startsWith("//")) {
            int slash = target.indexOf('/', 2);
            hosts = slash < 0 ? target.substring(2) : target.substring(2, slash);
            database = slash < 0 ? "" : target.substring(slash + 1);
        } else {
            hosts = "localhost";
            database = target;
        }
        if (hosts.isEmpty()) {
            hosts = "localhost";
        }
        String server = hosts.contains(":") || hosts.contains(",") ? hosts : hosts + ":5432";
        String user = parameters.remove("user");
        String password = parameters.remove("password");
        if (user == null) {
            user = environment.get(USER_VARIABLE);
        }
        if (password == null) {
            password = environment.get(PASSWORD_VARIABLE);
        }
        // one INSERT for many rows: bulk writes go several times faster
        parameters.putIfAbsent("reWriteBatchedInserts", "true");
        // fail in seconds, not minutes, when the server does not answer
        parameters.putIfAbsent("connectTimeout", "10");
        parameters.putIfAbsent("ApplicationName", "confed");
        StringBuilder driverUrl = new StringBuilder("jdbc:postgresql:").append(target);
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            driverUrl.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return new Postgres(server, database, parameters.get("currentSchema"), driverUrl.toString(), user, password);
    }

    private static Map<String, String> settings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : text.split(";")) {
            if (setting.isBlank()) {
                continue;
            }
            int equals = setting.indexOf('=');
            String name = (equals < 0 ? setting : setting.substring(0, equals)).strip().toUpperCase(Locale.ROOT);
            settings.put(name, equals < 0 ? "" : setting.substring(equals + 1).strip());
        }
        return settings;
    }

    private static String join(Map<String, String> settings) {
        StringBuilder out = new StringBuilder();
        settings.forEach((name, value) -> out.append(';').append(name).append('=').append(value));
        return out.toString();
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.put(name, value);
        }
        return parameters;
    }
}
