package org.confed.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.persistence.StoreLocation.H2File;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opening a store: its directory, a new H2 file made aside and linked into place whole, the pool (H2's own, or
 * HikariCP for PostgreSQL), the schema brought up to date by Flyway, and the fall back to reading only when an H2 file
 * cannot be written. Every failure becomes one line for a user ({@link Failures}).
 */
final class Opening {
    private static final int MAX_CONNECTIONS = 8;
    /** Marks the name of an H2 file being made (see {@link #createH2File}). */
    private static final String CREATING = ".creating-";
    /**
     * The H2 files open in this process. H2 lets a second connection in the same process share an open file, so two
     * stores would share one database and the first to close would shut it under the other: a second store of a file
     * is refused here, as another process is refused by H2's file lock.
     */
    private static final Set<Path> OPEN_H2_FILES = ConcurrentHashMap.newKeySet();

    private Opening() {
    }

    /**
     * Connects to {@code location} and brings its schema up to date; an H2 file that cannot be written is opened for
     * reading only.
     *
     * @param encoding how records are written, for moving a store of schema V1 into V2
     * @throws StoreUnavailableException saying in one line what is wrong
     */
    static Connections open(StoreLocation location, RecordEncoding encoding) {
        StoreLocation target = location;
        if (location instanceof H2File file && !prepareDirectory(file.file())) {
            // a store on a read-only medium is still read: queries and exports work, writes say why they cannot
            target = file.readOnly("it is read-only");
        }
        return connect(target, encoding);
    }

    private static Connections connect(StoreLocation target, RecordEncoding encoding) {
        if (target instanceof H2File file && !OPEN_H2_FILES.add(file.file())) {
            throw new StoreUnavailableException("the H2 file " + file.file() + " is in use by another store of this process",
                    null);
        }
        DataSource pool = null;
        try {
            if (target instanceof H2File file && !Files.exists(file.file())) {
                createH2File(file, encoding);
            }
            pool = target.isH2() ? h2Pool(target.driverUrl(), target) : postgresPool((StoreLocation.Postgres) target);
            migrate(pool, target, encoding);
            if (target.isH2() && target.readOnlyBecause() == null) {
                DeferredIndexes.ensure(pool);
            }
            DataSource opened = pool;
            return new Connections(target, pool, compact -> release(opened, target, compact));
        } catch (RuntimeException | SQLException e) {
            release(pool, target, false);
            if (target instanceof H2File file && file.readOnlyBecause() == null && Files.exists(file.file())
                    && Failures.isNoSpace(e)) {
                // H2 writes when it opens a file: on a full disk the store can still be read, not written
                return connect(file.readOnly("no space left on the device"), encoding);
            }
            throw Failures.opening(target, e);
        }
    }

    /** Creates the file's directory when missing; false when the file exists but cannot be written. */
    private static boolean prepareDirectory(Path file) {
        Path directory = file.getParent();
        try {
            Files.createDirectories(directory);
        } catch (AccessDeniedException e) {
            throw new StoreUnavailableException("cannot create directory " + directory + ": permission denied", e);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getMessage() : e.getReason();
            throw new StoreUnavailableException(reason != null && reason.toLowerCase(Locale.ROOT).contains("read-only")
                    ? "directory " + directory + " is read-only"
                    : "cannot create directory " + directory + ": " + reason, e);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot create directory " + directory + ": " + e.getMessage(), e);
        }
        if (!Files.exists(file) && !Files.isWritable(directory)) {
            throw new StoreUnavailableException("directory " + directory + " is read-only", null);
        }
        return !Files.exists(file) || Files.isWritable(file);
    }

    /**
     * Makes a new H2 file under a name of its own and links it into place only once its schema is complete. H2 commits
     * each {@code CREATE TABLE} by itself, so a process killed while migrating in place would leave half a schema that
     * no later open could finish; this way a kill leaves no store, or a whole one.
     */
    private static void createH2File(H2File target, RecordEncoding encoding) throws SQLException {
        Path file = target.file();
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - StoreLocation.H2_SUFFIX.length()) + CREATING;
        removeAbandoned(file.getParent(), base);
        Path temporary = file.resolveSibling(base + Long.toHexString(new SecureRandom().nextLong() >>> 1));
        Path temporaryFile = temporary.resolveSibling(temporary.getFileName() + StoreLocation.H2_SUFFIX);
        JdbcConnectionPool pool = h2Pool(target.driverUrlOf(temporary), target);
        try {
            migrate(pool, target, encoding);
        } finally {
            close(pool, target);
        }
        try {
            // a hard link fails if the file appeared meanwhile, where a rename would replace it
            Files.createLink(file, temporaryFile);
        } catch (FileAlreadyExistsException e) {
            // another process made the store first: theirs is as good, and may already hold records
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.move(temporaryFile, file);
            } catch (FileAlreadyExistsException alreadyMade) {
                // as above
            } catch (IOException moveFailed) {
                throw new StoreUnavailableException("cannot create " + file + ": " + moveFailed.getMessage(), moveFailed);
            }
        } finally {
            try {
                Files.deleteIfExists(temporaryFile);
                Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + ".trace.db"));
            } catch (IOException e) {
                // a leftover is removed by a later creation
            }
        }
    }

    /** Removes the files of creations that a killed process left behind (an hour is far longer than a creation). */
    private static void removeAbandoned(Path directory, String prefix) {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (var files = Files.newDirectoryStream(directory, prefix + "*")) {
            for (Path leftover : files) {
                if (Files.getLastModifiedTime(leftover).toMillis() < hourAgo) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            // harmless: a leftover only takes space
        }
    }

    private static JdbcConnectionPool h2Pool(String driverUrl, StoreLocation target) throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(driverUrl,
                target.user() == null ? "" : target.user(), target.password() == null ? "" : target.password());
        pool.setMaxConnections(MAX_CONNECTIONS);
        try (Connection first = pool.getConnection()) {
            // opens the database now, so that a file in use or damaged is reported by open()
            first.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw e;
        }
        return pool;
    }

    private static DataSource postgresPool(StoreLocation.Postgres target) throws SQLException {
        // One connection straight from the driver first: it fails at once, with the server's reason, where a pool
        // would retry until its timeout and log the failure itself.
        try (Connection probe = new org.postgresql.Driver().connect(target.driverUrl(), target.credentials())) {
            if (probe == null) {
                throw new StoreUnavailableException("the PostgreSQL driver does not accept the URL "
                        + StoreLocation.withoutSecrets(target.driverUrl()), null);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("confed");
        config.setDriverClassName("org.postgresql.Driver");
        config.setJdbcUrl(target.driverUrl());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /**
     * Flyway: {@code db/migration} (V2, the record versions; V4, merges), the Java migration V3 that moves a V1 store's
     * records into them, and V5, which marks the records spanning more than a week. V1's script is no longer shipped:
     * a V1 store's history names it, so a missing applied migration is not an error.
     */
    private static void migrate(DataSource dataSource, StoreLocation target, RecordEncoding encoding) {
        String schema = target.match(file -> null, memory -> null, StoreLocation.Postgres::schema);
        if (SchemaVersion.isCurrent(dataSource, schema)) {
            return; // nothing to apply: Flyway, its scan of the class path and its validation are spared
        }
        FluentConfiguration configuration = Flyway.configure(Opening.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .javaMigrations(new RecordsFromV1(encoding), new LongSpansOfAWeek(encoding))
                .ignoreMigrationPatterns("*:missing");
        if (schema != null) {
            configuration = configuration.schemas(schema);
        }
        Flyway flyway = configuration.load();
        if (target.readOnlyBecause() == null) {
            flyway.migrate();
        } else if (flyway.info().pending().length > 0) {
            throw new StoreUnavailableException("cannot bring the schema of " + target.location() + " up to date: "
                    + target.readOnlyBecause() + " (open it once where it can be written)", null);
        }
    }

    private static void release(DataSource dataSource, StoreLocation target, boolean compact) {
        try {
            if (compact && dataSource instanceof JdbcConnectionPool && target instanceof H2File file
                    && file.readOnlyBecause() == null) {
                compact(file);
            }
            close(dataSource, target);
        } finally {
            if (target instanceof H2File file) {
                OPEN_H2_FILES.remove(file.file());
            }
        }
    }

    /**
     * H2's {@code SHUTDOWN COMPACT}: the live data copied into a new file, which then replaces the old one in one
     * rename. A kill before the rename leaves the old file whole (H2 removes the copy when it next opens the store), a
     * kill after it the new one.
     */
    private static void compact(H2File file) {
        // a connection of its own: a pooled one, closed after the shutdown, would write H2's error to a trace file
        try (Connection connection = new org.h2.Driver().connect(file.driverUrl(), file.credentials());
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // the file stays as large as it was; every commit is in it
        }
    }

    private static void close(DataSource dataSource, StoreLocation target) {
        if (dataSource instanceof JdbcConnectionPool pool && pool.getActiveConnections() == 0 && target instanceof H2File) {
            // the last connection closing closes the file as SHUTDOWN would, without the closed-database errors H2
            // otherwise writes into a trace file beside the store at every run
            pool.dispose();
        } else if (dataSource instanceof JdbcConnectionPool pool) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                // closes the database at once: the file is complete and released, a memory database dropped
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // closing anyway: nothing committed depends on it
            }
            pool.dispose();
        } else if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        }
    }
}
