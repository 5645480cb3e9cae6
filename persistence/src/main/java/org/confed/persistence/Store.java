package org.confed.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeQuery;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.Period;
import org.confed.domain.port.PeriodCount;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Registry;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteSession;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.JdbiException;

/**
 * The registry kept in a database: an embedded H2 file (the default), H2 in memory, or PostgreSQL. Every record type
 * is kept alike, as versions in one table (see {@code db/migration/V2__record_versions.sql}), as the store's
 * {@link RecordEncoding} writes it; it answers as {@link org.confed.domain.memory.InMemoryRegistry} does.
 *
 * <h2>Opening and closing</h2>
 * {@link #open} connects, brings the schema up to date and fails with a {@link StoreUnavailableException} whose
 * message says in one line what is wrong: a file in use by another process, a server that refuses connections, a
 * failed login, a read-only directory. An H2 file belongs to one process at a time; PostgreSQL is for stores that
 * several processes share. {@link #close} releases the connections and, for H2, shuts the database down so the file is
 * complete and free. A store that is never closed loses nothing committed: each commit is on disk before it returns.
 *
 * <h2>Writing</h2>
 * {@link #transact} is one transaction, all or nothing whatever its length: a crash in the middle leaves the store as
 * it was. Writers take turns (in this process for H2, through an advisory lock in the database for PostgreSQL, so
 * that two servers sharing one take turns too); a writer waits 10 s for its turn, then is told the store is busy. The
 * store checks versions, not the rules across records: {@link #write} and {@link #put} check those inside the
 * transaction, against the store as the write sees it, so two writers cannot together break a rule.
 *
 * <p>The change log's sequence and instants grow with each write, in the order writes commit.
 *
 * <p>Reads see one consistent snapshot each. An H2 store keeps answers between writes (a write drops them all).
 * A {@code Store} is safe for use by many threads.
 */
public final class Store implements Registry, AutoCloseable {
    /** The variable that moves the default data directory. */
    static final String DATA_DIR_VARIABLE = "CONFED_DATA_DIR";
    /** Records per chunk of a {@code putAll}: one query for their stored versions, one batch of versions. */
    static final int DEFAULT_CHUNK_SIZE = 1000;
    /** How many answers an H2 store keeps between writes (see {@link ReadCache}). */
    private static final int ANSWERS_KEPT = 10_000;
    /** Longer lists of records are not kept between writes: they would crowd out the many short answers. */
    private static final int LONGEST_ANSWER_KEPT = 1000;

    private final Connections connections;
    private final RecordEncoding encoding;
    private final WritePath writes;
    /** Answers kept between writes; {@code null} for PostgreSQL, which other processes may write. */
    private final ReadCache cache;
    /** The registry as it stands, each read one read transaction. */
    private final StoreView now;
    /** How the H2 file grew since the store opened, for compaction on close. */
    private final GrowthSinceOpening growth;

    private Store(Connections connections, RecordEncoding encoding, int chunkSize, Clock clock, boolean keepAnswers,
                  long termBytes) {
        this.connections = connections;
        this.growth = new GrowthSinceOpening(connections.location());
        this.encoding = encoding;
        this.writes = new WritePath(connections, encoding, clock, chunkSize, termBytes);
        this.cache = keepAnswers && connections.location().isH2() ? new ReadCache(ANSWERS_KEPT) : null;
        this.now = new StoreView(connections, encoding, Seen.NOW);
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
     * @param encoding how records are written and read: the interchange format's codec
     * @throws StoreUnavailableException when the store cannot be reached, opened or migrated; the message is one
     *                                   line for a user, the cause carries the driver's exception
     */
    public static Store open(String jdbcUrl, RecordEncoding encoding) {
        return open(jdbcUrl, encoding, System.getenv(), DEFAULT_CHUNK_SIZE, Clock.systemUTC());
    }

    /** As {@link #open(String, RecordEncoding)}, with the environment, chunk size and clock given (for tests). */
    static Store open(String jdbcUrl, RecordEncoding encoding, Map<String, String> environment, int chunkSize, Clock clock) {
        return open(jdbcUrl, encoding, environment, chunkSize, clock, true, TermBuffer.DEFAULT_BYTES);
    }

    /**
     * As {@link #open(String, RecordEncoding)}, asking the database every time when {@code keepAnswers} is false (for
     * measuring the queries themselves, bench/), each write holding back terms up to {@code termBytes} ({@link TermBuffer}).
     */
    static Store open(String jdbcUrl, RecordEncoding encoding, Map<String, String> environment, int chunkSize, Clock clock,
                      boolean keepAnswers, long termBytes) {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(clock, "clock");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        Connections connections = Opening.open(StoreLocation.parse(jdbcUrl, environment), encoding);
        return new Store(connections, encoding, chunkSize, clock, keepAnswers, termBytes);
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
        return connections.location().location();
    }

    /** Why the store is open for reading only (an H2 file that is read-only, or on a full disk), or empty. */
    public Optional<String> readOnly() {
        return Optional.ofNullable(connections.location().readOnlyBecause());
    }

    /** Whether the store holds no record at all. */
    public boolean isEmpty() {
        return read(StoredRecords::isEmpty);
    }

    /** How many records the store holds, of every type, in one snapshot. */
    public long size() {
        return read(StoredRecords::size);
    }

    /**
     * Runs {@code fill} if the store holds no record at all, and returns what it returned; empty when the store already
     * held records, and then {@code fill} did not run. Of several processes that start on one empty PostgreSQL store
     * at once, exactly one fills it; the others wait, then find it filled. Writes other than fills do not wait for it.
     */
    public <T> Optional<T> fillIfEmpty(Supplier<T> fill) {
        Objects.requireNonNull(fill, "fill");
        return FirstFill.ifEmpty(connections, this::isEmpty, fill);
    }

    /**
     * Releases the store's connections. For H2 it shuts the database down first, so the file is complete and free
     * for another process, and an in-memory database is dropped. Closing twice does nothing.
     */
    @Override
    public void close() {
        connections.close(compactsOnClose());
    }

    /** Whether {@link #close} will compact the store ({@link GrowthSinceOpening}). */
    public boolean compactsOnClose() {
        return growth.callsForCompaction(connections.location());
    }

    // writing

    @Override
    public <T> T transact(Actor actor, Function<WriteSession, T> work) {
        return cache == null ? writes.transact(actor, work) : cache.writing(() -> writes.transact(actor, work));
    }

    // RecordView

    @Override
    public <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
        return cached(List.of("find", type, key), () -> now.find(type, key), answer -> true);
    }

    @Override
    public <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit) {
        return now.list(type, after, limit);
    }

    @Override
    public long count(Class<? extends ConfedRecord> type) {
        return cached(List.of("count", type), () -> now.count(type), answer -> true);
    }

    @Override
    public Page<Meeting> searchMeetings(MeetingQuery query) {
        return now.searchMeetings(query);
    }

    @Override
    public List<PeriodCount> countMeetings(ConfederationCode confederation, LocalDate from, LocalDate to, Period period) {
        return now.countMeetings(confederation, from, to, period);
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        return now.existing(keys);
    }

    @Override
    public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
        return cached(List.of("referring", type, target), () -> List.copyOf(now.referring(type, target)),
                answer -> answer.size() <= LONGEST_ANSWER_KEPT);
    }

    @Override
    public Optional<RecordKey> mergedInto(RecordKey key) {
        return cached(List.of("mergedInto", key), () -> now.mergedInto(key), answer -> true);
    }

    /**
     * {@inheritDoc} The instant is matched to the last write committed by then, so a view answers from one change set:
     * two views of instants with no write between them answer alike.
     */
    @Override
    public RecordView asRecorded(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        connections.requireOpen();
        long changeSet = connections.read(handle -> handle.attach(VersionStatements.class)
                .changeSetAt(instant.atOffset(ZoneOffset.UTC)).orElse(0L));
        return new StoreView(connections, encoding, Seen.asOf(changeSet));
    }

    // ChangeLog

    @Override
    public List<ChangeEntry> changes(long afterSequence, int limit) {
        return connections.read(handle -> new ChangeHistory(handle, encoding).changes(afterSequence, limit));
    }

    @Override
    public Page<ChangeEntry> changes(ChangeQuery query) {
        Objects.requireNonNull(query, "query");
        return connections.read(handle -> new ChangeHistory(handle, encoding).changes(query));
    }

    @Override
    public List<ChangeEntry> changesOf(RecordKey key) {
        return connections.read(handle -> new ChangeHistory(handle, encoding).changesOf(key));
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
        return connections.location().match(file -> true, memory -> false, postgres -> false);
    }

    /**
     * Writes a consistent backup of this H2 file store to {@code zip} while it goes on serving (H2's
     * {@code BACKUP TO}); an existing {@code zip} is replaced only once the new one is whole and has been read back.
     *
     * @throws BackupException           when the store is not an H2 file
     * @throws StoreUnavailableException when the store or the file system fails
     */
    public Backup backupTo(Path zip) {
        try {
            Backups.Written written = Backups.write(connections.location(), zip, this::size, this::h2Backup);
            return new Backup(written.file(), written.bytes(), written.records());
        } catch (Backups.Refused refused) {
            throw new BackupException(refused.getMessage());
        }
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
     * @param encoding    the store's encoding, to bring an older backup up to date
     * @throws BackupException           when the file is not a backup, the target not an H2 file, or it holds records
     *                                   and {@code replace} is not set
     * @throws StoreUnavailableException when the store is in use, or the file system fails
     */
    public static Restore restore(Path zip, String jdbcUrl, Map<String, String> environment, boolean replace, Clock clock,
                                  RecordEncoding encoding) {
        try {
            Backups.Restored restored = Backups.restore(zip, jdbcUrl, environment, replace, clock, encoding);
            return new Restore(restored.location(), restored.records(), restored.replacedKeptAs());
        } catch (Backups.Refused refused) {
            throw new BackupException(refused.getMessage());
        }
    }

    /** H2's {@code BACKUP TO}: the database file, zipped, as of one moment, while the store goes on serving. */
    private void h2Backup(Path zip) {
        connections.requireOpen();
        try {
            connections.jdbi().useHandle(handle -> handle.createUpdate("BACKUP TO :file").bind("file", zip.toString()).execute());
        } catch (JdbiException e) {
            throw Failures.during(connections.location(), e);
        }
    }

    @Override
    public String toString() {
        return "Store[" + location() + "]";
    }

    private <T> T cached(List<Object> question, Supplier<T> read, Predicate<T> worthKeeping) {
        connections.requireOpen();
        return cache == null ? read.get() : cache.answer(question, read, worthKeeping);
    }

    /** Runs {@code work} on the records as one read transaction sees them. */
    private <T> T read(Function<StoredRecords, T> work) {
        HandleCallback<T, RuntimeException> callback = handle -> work.apply(new StoredRecords(handle, encoding));
        return connections.read(callback);
    }
}
