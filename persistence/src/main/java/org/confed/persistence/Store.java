package org.confed.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteReport;
import org.confed.domain.query.MemberRoll;
import org.confed.domain.query.PlanHistory;
import org.confed.domain.query.PresidencyHistory;
import org.confed.domain.query.PresidencyTerm;
import org.confed.persistence.sql.ChangeLog;
import org.confed.persistence.sql.ConcurrentInsertException;
import org.confed.persistence.sql.RecordDao;
import org.confed.persistence.sql.RecordTable;
import org.confed.persistence.sql.RecordWriter;
import org.confed.persistence.sql.Tables;
import org.confed.persistence.sql.TransactionLookup;
import org.confed.persistence.text.NaturalKey;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The registry kept in a database: an embedded H2 file (the default), H2 in memory, or PostgreSQL. It answers every
 * {@link Registry} question with SQL and behaves as {@link org.confed.domain.memory.InMemoryRegistry} does.
 *
 * <h2>Opening and closing</h2>
 * {@link #open} connects, brings the schema up to date (Flyway migrations in {@code db/migration}) and fails with a
 * {@link StoreUnavailableException} whose message says in one line what is wrong: a file in use by another process,
 * a server that refuses connections, a failed login, a read-only directory. An H2 file belongs to one process at a
 * time; PostgreSQL is for stores that several processes share. {@link #close} releases the connections and, for H2,
 * shuts the database down so the file is complete and free. A store that is never closed loses nothing committed:
 * each commit is on disk before {@code write} returns.
 *
 * <h2>Writing</h2>
 * {@link #write} is one transaction, all or nothing, whatever its length: a crash in the middle leaves the store as it
 * was. Records are taken a chunk at a time (a thousand by default) and written in batches, so a stream of a million
 * records needs no more memory than one chunk. Rules across records ({@link org.confed.domain.rules.Consistency}) are
 * checked for each chunk against the store as the transaction sees it, which includes the chunks before it.
 * <strong>So pass records in dependency order</strong>, referenced types first as in
 * {@link org.confed.domain.schema.RecordSchemas#all()} (sources, states, confederations, memberships, persons, office
 * terms, meetings, presidencies, action plans, plan events): a reference to a record further on in the stream is
 * refused as missing when the two fall in different chunks.
 *
 * <p>Concurrent writers are safe: a write locks the rows it replaces and the confederations and plans whose rules it
 * checks, so of two writers changing one record from the same version exactly one succeeds and the other gets a
 * {@link VersionConflictException}, and two writers cannot together break a rule that each alone respects.
 *
 * <p>The change log numbers entries as they are written. With concurrent writers an entry may commit after one with a
 * higher number, so a reader following the log with {@link #changes} should allow for a late entry just behind its
 * position.
 *
 * <p>On H2, "on disk" means written to the operating system before {@code write} returns: it survives the process
 * being killed; surviving a power cut depends on the file system.
 *
 * <p>Reads see one consistent snapshot each. A {@code Store} is safe for use by many threads.
 */
public final class Store implements Registry, AutoCloseable {
    /** The variable that moves the default data directory. */
    static final String DATA_DIR_VARIABLE = "CONFED_DATA_DIR";
    /** Records per chunk of a write: big enough for efficient batches, small enough to stay light. */
    static final int DEFAULT_CHUNK_SIZE = 1000;
    private static final int MAX_CONNECTIONS = 8;
    /**
     * The H2 files open in this process. H2 lets a second connection in the same process share an open file, so two
     * stores would share one database and the first to close would shut it under the other: a second store of a file
     * is refused here, as another process is refused by H2's file lock.
     */
    private static final Set<Path> OPEN_H2_FILES = ConcurrentHashMap.newKeySet();
    /** How often a write that lost a race to another writer is tried in all. */
    private static final int MAX_ATTEMPTS = 3;
    /**
     * The first half of the PostgreSQL advisory lock {@link #fillIfEmpty} holds (the second is the schema's hash):
     * "cf" in ASCII, for confed. Flyway's lock is a single 64-bit key, which PostgreSQL keeps apart from pairs.
     */
    private static final int FILL_LOCK = 0x6366;
    /** Fills of H2 stores in this process, one at a time: two stores may share an in-memory database. */
    private static final Object H2_FILLING = new Object();
    /** How many answers an H2 store keeps between writes (see {@link ReadCache}). */
    private static final int ANSWERS_KEPT = 10_000;
    /** How long a write to an H2 store waits for the one before it: as long as H2's own lock timeout would. */
    private static final int H2_WRITE_WAIT_SECONDS = 10;
    /** Marks the name of an H2 file being made (see {@link #createH2File}). */
    private static final String CREATING = ".creating-";

    private final StoreUrl target;
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final Tables tables = new Tables();
    private final int chunkSize;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Answers kept between writes; {@code null} for PostgreSQL, which other processes may write. */
    private final ReadCache cache;
    private volatile boolean closed;
    /** Writes to an H2 store take turns (see {@link #writeAll}); {@code null} for PostgreSQL. */
    private final java.util.concurrent.locks.ReentrantLock h2Writes;

    private Store(StoreUrl target, DataSource dataSource, int chunkSize, Clock clock, boolean keepAnswers) {
        this.target = target;
        this.dataSource = dataSource;
        this.jdbi = Tables.configure(Jdbi.create(dataSource));
        this.chunkSize = chunkSize;
        this.clock = clock;
        this.cache = keepAnswers && target.isH2() ? new ReadCache(ANSWERS_KEPT) : null;
        this.h2Writes = target.isH2() ? new java.util.concurrent.locks.ReentrantLock(true) : null;
    }

    /**
     * Opens the store at {@code jdbcUrl} and brings its schema up to date.
     *
     * <ul>
     *   <li>{@code jdbc:h2:file:PATH} (or {@code jdbc:h2:PATH}): an H2 file, {@code PATH.mv.db}; its directory is
     *       created when missing. The store adds the settings it relies on when they are absent (commits written
     *       before they return; the store, not H2's exit hook, closes the file). {@code AUTO_SERVER} is refused.</li>
     *   <li>{@code jdbc:h2:mem:NAME}: H2 in memory, dropped by {@link #close}.</li>
     *   <li>{@code jdbc:postgresql://HOST:PORT/DATABASE}: user and password in the URL ({@code ?user=..&password=..})
     *       or, when absent there, in the variables {@code CONFED_DB_USER} and {@code CONFED_DB_PASSWORD}.
     *       {@code currentSchema=NAME} keeps the store in that schema (created when missing).</li>
     * </ul>
     *
     * @throws StoreUnavailableException when the store cannot be reached, opened or migrated; the message is one
     *                                   line for a user, the cause carries the driver's exception
     */
    public static Store open(String jdbcUrl) {
        return open(jdbcUrl, System.getenv(), DEFAULT_CHUNK_SIZE, Clock.systemUTC());
    }

    /** As {@link #open(String)}, with the environment, chunk size and clock given (for tests). */
    static Store open(String jdbcUrl, Map<String, String> environment, int chunkSize, Clock clock) {
        return open(jdbcUrl, environment, chunkSize, clock, true);
    }

    /**
     * As {@link #open(String)}, asking the database every time when {@code keepAnswers} is false: for measuring the
     * queries themselves (bench/), not for serving.
     */
    static Store open(String jdbcUrl, Map<String, String> environment, int chunkSize, Clock clock, boolean keepAnswers) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        StoreUrl target = StoreUrl.parse(jdbcUrl, environment);
        if (target.kind() == StoreUrl.Kind.H2_FILE) {
            if (!prepareDirectory(target.file())) {
                // a store on a read-only medium is still read: queries and exports work, writes say why they cannot
                target = target.readOnly("it is read-only");
            }
        }
        return open(target, chunkSize, clock, keepAnswers);
    }

    private static Store open(StoreUrl target, int chunkSize, Clock clock, boolean keepAnswers) {
        if (target.kind() == StoreUrl.Kind.H2_FILE && !OPEN_H2_FILES.add(target.file())) {
            throw new StoreUnavailableException("the H2 file " + target.file() + " is in use by another store of this process",
                    null);
        }
        DataSource dataSource = null;
        try {
            if (target.kind() == StoreUrl.Kind.H2_FILE && !Files.exists(target.file())) {
                createH2File(target);
            }
            dataSource = target.isH2() ? h2Pool(target.driverUrl(), target) : postgresPool(target);
            migrate(dataSource, target);
            return new Store(target, dataSource, chunkSize, clock, keepAnswers);
        } catch (RuntimeException | SQLException e) {
            release(dataSource, target);
            if (target.kind() == StoreUrl.Kind.H2_FILE && target.readOnlyBecause() == null && Files.exists(target.file())
                    && Failures.isNoSpace(e)) {
                // H2 writes when it opens a file: on a full disk the store can still be read, not written
                return open(target.readOnly("no space left on the device"), chunkSize, clock, keepAnswers);
            }
            throw Failures.opening(target, e);
        }
    }

    /**
     * The default store: the H2 file {@code confed.mv.db} in the data directory, {@code $CONFED_DATA_DIR} when set,
     * else {@code $HOME/.local/share/confed}. The directory is created when missing (when it cannot be, {@link #open}
     * says why).
     */
    public static String defaultUrl() {
        return defaultUrl(System.getenv());
    }

    static String defaultUrl(Map<String, String> environment) {
        String configured = environment.get(DATA_DIR_VARIABLE);
        String home = environment.get("HOME");
        Path directory = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".local", "share", "confed");
        directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            // left to open(), which tells the user what is wrong with the directory
        }
        return "jdbc:h2:file:" + directory.resolve("confed");
    }

    /** Where the data lives, for people: {@code H2 file /home/ana/.local/share/confed/confed.mv.db}. No password. */
    public String location() {
        return target.location();
    }

    /** Why the store is open for reading only (an H2 file that is read-only, or on a full disk), or empty. */
    public Optional<String> readOnly() {
        return Optional.ofNullable(target.readOnlyBecause());
    }

    /** Whether the store holds no record at all. */
    public boolean isEmpty() {
        return read(handle -> {
            RecordDao records = handle.attach(RecordDao.class);
            for (RecordTable<?, ?> table : tables.all()) {
                if (records.any(table.name()).isPresent()) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Runs {@code fill} if the store holds no record at all, and returns what it returned; empty when the store already
     * held records, and then {@code fill} did not run.
     *
     * <p>Of several processes that start on one empty PostgreSQL store at once, exactly one fills it: each holds a lock
     * in the database (an advisory lock for the store's schema) from the check to the end of the filling, so the others
     * wait, then find the store filled. Without it each could find the store empty and fill it again, over what clients
     * of the first had written meanwhile. An H2 store belongs to this process, so a lock in it is enough. Writes other
     * than fills do not take the lock.
     */
    public <T> Optional<T> fillIfEmpty(Supplier<T> fill) {
        Objects.requireNonNull(fill, "fill");
        requireOpen();
        if (target.isH2()) {
            synchronized (H2_FILLING) {
                return isEmpty() ? Optional.of(fill.get()) : Optional.empty();
            }
        }
        // a connection of its own holds the lock; the check and the fill run on others, as any read or write does
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + FILL_LOCK + ", hashtext(current_schema()))");
            try {
                return isEmpty() ? Optional.of(fill.get()) : Optional.empty();
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + FILL_LOCK + ", hashtext(current_schema()))");
            }
        } catch (SQLException e) {
            throw Failures.during(target, e);
        }
    }

    /**
     * Releases the store's connections. For H2 it shuts the database down first, so the file is complete and free
     * for another process, and an in-memory database is dropped. Closing twice does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        release(dataSource, target);
    }

    // RecordRepository

    @Override
    public <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
        RecordTable<R, ?> table = tables.of(type);
        if (!key.type().equals(table.name())) {
            return Optional.empty();
        }
        return cached(List.of("find", type, key), () -> read(handle -> table.find(handle, NaturalKey.of(key))));
    }

    @Override
    public <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        RecordTable<R, ?> table = tables.of(type);
        NaturalKey from = null;
        if (after != null) {
            int byType = after.type().compareTo(table.name());
            if (byType > 0) {
                return List.of();
            }
            from = byType == 0 ? NaturalKey.of(after) : null;
        }
        if (limit == 0) {
            return List.of();
        }
        NaturalKey start = from;
        return read(handle -> table.page(handle, start, limit));
    }

    @Override
    public long count(Class<? extends ConfedRecord> type) {
        String table = tables.of(type).name();
        return read(handle -> handle.attach(RecordDao.class).count(table));
    }

    /** How many records the store holds, of every type, in one snapshot. */
    public long size() {
        return read(handle -> {
            RecordDao records = handle.attach(RecordDao.class);
            long size = 0;
            for (RecordTable<?, ?> table : tables.all()) {
                size += records.count(table.name());
            }
            return size;
        });
    }

    // backups (H2 file stores; PostgreSQL has pg_dump)

    /** What a backup wrote: the file, its size, and how many records the store held when it was taken. */
    public record Backup(Path file, long bytes, long records) {
    }

    /** What a restore did: the store's records now, and where the file it replaced is kept (or {@code null}). */
    public record Restore(String location, long records, Path replacedKeptAs) {
    }

    /** A backup that cannot be taken or restored, for a reason the user can fix; nothing was changed. */
    public static final class BackupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BackupException(String message) {
            super(message);
        }
    }

    /** Whether {@link #backupTo} can back this store up: an H2 file store. */
    public boolean backupSupported() {
        return target.kind() == StoreUrl.Kind.H2_FILE;
    }

    /**
     * Writes a consistent backup of this H2 file store to {@code zip} while it goes on serving (H2's
     * {@code BACKUP TO}); an existing {@code zip} is replaced only once the new one is whole and has been read back.
     *
     * @throws BackupException           when the store is not an H2 file
     * @throws StoreUnavailableException when the store or the file system fails
     */
    public Backup backupTo(Path zip) {
        return Backups.write(this, zip);
    }

    /**
     * Reads a backup through (every entry's checksum is checked) and makes sure it holds a database file: for a
     * backup received from elsewhere, so that one cut short is found now rather than at restore time.
     *
     * @param name the backup as the user named it, for the message
     * @throws StoreUnavailableException when it cannot be read whole or holds no database file
     */
    public static void checkBackup(Path zip, String name) {
        try {
            Backups.checkReadable(zip);
        } catch (IOException e) {
            throw new StoreUnavailableException(name + " is not a whole backup: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /**
     * Puts the backup {@code zip} in place as the H2 file store at {@code jdbcUrl}. The backup is unpacked beside
     * the store and opened first (its schema brought up to date), so a damaged backup changes nothing; the store's
     * file is then swapped in one rename, so a kill leaves the old store or the restored one. A store holding records
     * is replaced only when {@code replace} is set, and its file is kept beside it. No process may hold the store.
     *
     * @param environment where the store's user and password variables are read (see {@link #open})
     * @param clock       stamps the name of the replaced file kept
     * @throws BackupException           when the file is not a backup, the target not an H2 file, or it holds records
     *                                   and {@code replace} is not set
     * @throws StoreUnavailableException when the store is in use, or the file system fails
     */
    public static Restore restore(Path zip, String jdbcUrl, Map<String, String> environment, boolean replace, Clock clock) {
        return Backups.restore(zip, jdbcUrl, environment, replace, clock);
    }

    /** Where this store is. */
    StoreUrl target() {
        return target;
    }

    /**
     * H2's {@code BACKUP TO}: the database file, zipped, as of one moment, while the store goes on serving. H2 file
     * stores only.
     */
    void h2Backup(Path zip) {
        requireOpen();
        try {
            jdbi.useHandle(handle -> handle.createUpdate("BACKUP TO :file").bind("file", zip.toString()).execute());
        } catch (JdbiException e) {
            throw Failures.during(target, e);
        }
    }

    @Override
    public WriteReport write(Iterable<RecordWrite> writes, Actor actor) {
        return writeAll(writes, actor).report();
    }

    @Override
    public <R extends ConfedRecord> Versioned<R> put(R record, Long expectedVersion, Actor actor) {
        Objects.requireNonNull(record, "record");
        RecordWriter writer = writeAll(List.of(new RecordWrite(record, expectedVersion)), actor);
        return new Versioned<>(record, writer.lastVersion());
    }

    private RecordWriter writeAll(Iterable<RecordWrite> writes, Actor actor) {
        Objects.requireNonNull(writes, "writes");
        Objects.requireNonNull(actor, "actor");
        if (h2Writes == null) {
            return tryWriting(writes, actor);
        }
        // H2's row locks did not hold under load: 8 threads doing read, then write with the version read, saw
        // SELECT ... FOR UPDATE return a row another transaction had already replaced, and twice both compare-and-set
        // updates succeed (a lost update). An H2 store belongs to this process, so its writes take turns here instead.
        boolean locked;
        try {
            locked = h2Writes.tryLock(H2_WRITE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException(location() + ": interrupted while waiting to write", e);
        }
        if (!locked) {
            throw new StoreUnavailableException(location() + " is busy: another write has been under way for "
                    + H2_WRITE_WAIT_SECONDS + " s; try again", null);
        }
        try {
            return cache == null ? tryWriting(writes, actor) : cache.writing(() -> tryWriting(writes, actor));
        } finally {
            h2Writes.unlock();
        }
    }

    private RecordWriter tryWriting(Iterable<RecordWrite> writes, Actor actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writeOnce(writes, actor);
            } catch (ConcurrentInsertException race) {
                // Another writer inserted one of our new keys first. A write that expected a version conflicts; an
                // upsert that expected nothing is tried again (the port lets us iterate the writes again), and then
                // updates what the other stored: the last writer wins, as in memory.
                RuntimeException conflict = conflictOf(race);
                if (!(conflict instanceof RetryableWrite) || attempt == MAX_ATTEMPTS) {
                    throw conflict instanceof RetryableWrite retry ? Failures.during(target, retry.getCause()) : conflict;
                }
            } catch (JdbiException e) {
                StoreUnavailableException failure = Failures.during(target, e);
                if (!Failures.isTransient(e) || attempt == MAX_ATTEMPTS) {
                    throw failure;
                }
                // a deadlock or a serialization failure: the database rolled us back so another writer could go on
            }
        }
    }

    private RecordWriter writeOnce(Iterable<RecordWrite> writes, Actor actor) {
        requireOpen();
        long writeId = random.nextLong();
        // micros: what both databases keep of a timestamp, so the time read back is the time written
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
            RecordWriter writer = new RecordWriter(handle, tables, actor, at, writeId);
            List<RecordWrite> chunk = new ArrayList<>(chunkSize);
            for (RecordWrite write : writes) {
                chunk.add(Objects.requireNonNull(write, "write"));
                if (chunk.size() == chunkSize) {
                    writer.write(chunk);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                writer.write(chunk);
            }
            return writer;
        });
    }

    /**
     * Which of the records a refused insert was writing another writer stored first, now the transaction is over:
     * a {@link VersionConflictException} when that write expected a version, else a {@link RetryableWrite}.
     */
    private RuntimeException conflictOf(ConcurrentInsertException race) {
        for (RecordWrite attempt : race.attempted()) {
            RecordKey key = attempt.record().key();
            RecordTable<?, ?> table = tables.of(attempt.record().getClass());
            Optional<Long> stored = read(handle -> table.find(handle, NaturalKey.of(key)).map(Versioned::version));
            if (stored.isEmpty()) {
                continue;
            }
            if (attempt.expectedVersion() == null) {
                return new RetryableWrite(race);
            }
            VersionConflictException conflict = new VersionConflictException(key, attempt.expectedVersion(), stored.get());
            conflict.initCause(race.getCause());
            return conflict;
        }
        return new RetryableWrite(race);
    }

    /** A write that lost a race it may win when tried again. */
    private static final class RetryableWrite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RetryableWrite(Throwable cause) {
            super(cause);
        }
    }

    // RecordLookup

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        return read(handle -> new TransactionLookup(handle, tables).existing(keys));
    }

    @Override
    public Optional<Confederation> confederation(ConfederationCode code) {
        return cached(List.of("confederation", code), () -> read(handle -> tables.confederations().byCode(handle, code)));
    }

    @Override
    public List<Membership> memberships(ConfederationCode confederation) {
        return read(handle -> tables.memberships().of(handle, confederation));
    }

    @Override
    public List<RotatingPresidency> presidencies(ConfederationCode confederation) {
        return read(handle -> tables.presidencies().of(handle, confederation));
    }

    @Override
    public Optional<ActionPlan> plan(PlanId plan) {
        return read(handle -> tables.actionPlans().byId(handle, plan));
    }

    @Override
    public List<PlanEvent> planEvents(PlanId plan) {
        return read(handle -> tables.planEvents().of(handle, plan));
    }

    // AsOfQueries: SQL narrows by index, the domain's own functions decide, so the answers agree with them exactly

    @Override
    public List<Membership> membersOn(ConfederationCode confederation, LocalDate day) {
        return cached(List.of("membersOn", confederation, day), () -> List.copyOf(
                MemberRoll.membersOn(read(handle -> tables.memberships().coveringDay(handle, confederation, day)), day)));
    }

    @Override
    public Optional<PresidencyTerm> presidencyOn(ConfederationCode confederation, LocalDate day) {
        return cached(List.of("presidencyOn", confederation, day), () -> read(handle -> {
            Optional<RotatingPresidency> latest = tables.presidencies().latestStartingBy(handle, confederation, day);
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            // the next term by start: the latest one starting by the day is the last before it, so it starts after
            RotatingPresidency next = tables.presidencies().firstStartingAfter(handle, confederation, day).orElse(null);
            Optional<TermLength> length = tables.confederations().termLength(handle, confederation);
            PresidencyTerm term = PresidencyHistory.played(latest.get(), next, length);
            return term.coversDay(day) ? Optional.of(term) : Optional.empty();
        }));
    }

    @Override
    public List<PresidencyTerm> presidencyTerms(ConfederationCode confederation) {
        return read(handle -> PresidencyHistory.of(tables.confederations().termLength(handle, confederation),
                tables.presidencies().of(handle, confederation)).terms());
    }

    @Override
    public List<OfficeTerm> officeHoldersOn(String office, StateCode state, LocalDate day) {
        if (office == null) {
            return List.of();
        }
        return MemberRoll.holdersOn(read(handle -> tables.officeTerms().coveringDay(handle, office, state, day)),
                office, state, day);
    }

    @Override
    public Optional<PlanEvent> planStatusOn(PlanId plan, LocalDate day) {
        return PlanHistory.of(read(handle -> tables.planEvents().startingBy(handle, plan, day))).statusOn(day);
    }

    @Override
    public List<OfficeTerm> officeTermsOf(PersonId person) {
        return read(handle -> tables.officeTerms().of(handle, person)).stream()
                .sorted(Comparator.comparing(OfficeTerm::start).thenComparing(OfficeTerm::office)).toList();
    }

    @Override
    public List<RotatingPresidency> presidenciesHeldBy(PersonId person) {
        return read(handle -> tables.presidencies().heldBy(handle, person)).stream()
                .sorted(Comparator.comparing(RotatingPresidency::start).thenComparing(RotatingPresidency::confederation))
                .toList();
    }

    // MeetingSearch

    @Override
    public Page<Meeting> searchMeetings(MeetingQuery query) {
        Objects.requireNonNull(query, "query");
        return read(handle -> tables.meetings().search(handle, query));
    }

    // ChangeLog

    @Override
    public List<ChangeEntry> changes(long afterSequence, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return read(handle -> ChangeLog.after(handle, afterSequence, limit));
    }

    @Override
    public List<ChangeEntry> changesOf(RecordKey key) {
        if (tables.named(key.type()).isEmpty()) {
            return List.of();
        }
        return read(handle -> ChangeLog.of(handle, key));
    }

    @Override
    public String toString() {
        return "Store[" + location() + "]";
    }

    // helpers

    private <T> T cached(List<Object> question, Supplier<T> read) {
        requireOpen();
        return cache == null ? read.get() : cache.answer(question, read);
    }

    /** Runs {@code work} in a read transaction: one snapshot for all its statements. */
    private <T> T read(HandleCallback<T, RuntimeException> work) {
        requireOpen();
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, work);
        } catch (JdbiException e) {
            throw Failures.during(target, e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreUnavailableException(location() + " is closed", null);
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
            throw new StoreUnavailableException(reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("read-only")
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
    private static void createH2File(StoreUrl target) throws SQLException {
        Path file = target.file();
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - StoreUrl.H2_SUFFIX.length()) + CREATING;
        removeAbandoned(file.getParent(), base);
        Path temporary = file.resolveSibling(base + Long.toHexString(new SecureRandom().nextLong() >>> 1));
        Path temporaryFile = temporary.resolveSibling(temporary.getFileName() + StoreUrl.H2_SUFFIX);
        JdbcConnectionPool pool = h2Pool(target.driverUrlOf(temporary), target);
        try {
            migrate(pool, target);
        } finally {
            close(pool, target);
        }
        try {
            // a hard link fails if the file appeared meanwhile, where a rename would replace it
            Files.createLink(file, temporaryFile);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another process made the store first: theirs is as good, and may already hold records
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.move(temporaryFile, file);
            } catch (java.nio.file.FileAlreadyExistsException alreadyMade) {
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

    private static JdbcConnectionPool h2Pool(String driverUrl, StoreUrl target) throws SQLException {
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

    private static DataSource postgresPool(StoreUrl target) throws SQLException {
        // One connection straight from the driver first: it fails at once, with the server's reason, where a pool
        // would retry until its timeout and log the failure itself.
        try (Connection probe = new org.postgresql.Driver().connect(target.driverUrl(), target.credentials())) {
            if (probe == null) {
                throw new StoreUnavailableException("the PostgreSQL driver does not accept the URL "
                        + StoreUrl.withoutSecrets(target.driverUrl()), null);
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

    private static void migrate(DataSource dataSource, StoreUrl target) {
        var configuration = Flyway.configure(Store.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
        if (target.schema() != null) {
            configuration = configuration.schemas(target.schema());
        }
        Flyway flyway = configuration.load();
        if (target.readOnlyBecause() == null) {
            flyway.migrate();
        } else if (flyway.info().pending().length > 0) {
            throw new StoreUnavailableException("cannot bring the schema of " + target.location() + " up to date: "
                    + target.readOnlyBecause() + " (open it once where it can be written)", null);
        }
    }

    private static void release(DataSource dataSource, StoreUrl target) {
        try {
            close(dataSource, target);
        } finally {
            if (target.kind() == StoreUrl.Kind.H2_FILE) {
                OPEN_H2_FILES.remove(target.file());
            }
        }
    }

    private static void close(DataSource dataSource, StoreUrl target) {
        if (dataSource instanceof JdbcConnectionPool pool && pool.getActiveConnections() == 0 && target.kind() == StoreUrl.Kind.H2_FILE) {
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
