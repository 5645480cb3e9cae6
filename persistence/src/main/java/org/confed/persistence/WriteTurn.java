package org.confed.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.confed.domain.port.StoreUnavailableException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * One writer at a time per store, so that a write sees no other write while it runs, its versions and change set
 * follow the last one's, and two writers cannot together break a rule. A writer waits {@value #WAIT_SECONDS} s for
 * its turn, then is told the store is busy.
 */
sealed interface WriteTurn {
    int WAIT_SECONDS = 10;

    /** Runs a whole write transaction ({@code write}) in this store's turn, where the turn is held outside it. */
    <T> T around(Supplier<T> write);

    /** Takes the turn as the first statement of the write transaction, where the turn is held in the database. */
    void enter(Handle handle);

    /**
     * The turn for {@code location}: in this process for H2, which belongs to one process (one lock per database, for
     * two stores may share an in-memory one); in the database otherwise.
     */
    static WriteTurn of(StoreLocation location) {
        return location.match(file -> InProcess.of(file.file().toString(), location.location()),
                memory -> InProcess.of(memory.name(), location.location()),
                postgres -> new InDatabase(location.location()));
    }

    /**
     * A fair lock of this process. H2's row locks did not hold under load: 8 threads doing read, then write with the
     * version read, saw two compare-and-set updates of one version both succeed; writes taking turns here never do.
     */
    record InProcess(ReentrantLock lock, String location) implements WriteTurn {
        /** The lock of each H2 database this process has written, by file or memory name; a lock is a few bytes. */
        private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

        static InProcess of(String database, String location) {
            return new InProcess(LOCKS.computeIfAbsent(database, name -> new ReentrantLock(true)), location);
        }

        @Override
        public <T> T around(Supplier<T> write) {
            boolean locked;
            try {
                locked = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreUnavailableException(location + ": interrupted while waiting to write", e);
            }
            if (!locked) {
                throw busy(location, null);
            }
            try {
                return write.get();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void enter(Handle handle) {
            // the lock is already held
        }
    }

    /**
     * PostgreSQL's transaction-long advisory lock on the store's schema, so that two servers sharing the store take
     * turns too. "cw" in ASCII (confed, write) with the schema's hash; the fill lock is "cf".
     */
    record InDatabase(String location) implements WriteTurn {
        private static final int WRITE_LOCK = 0x6377;

        @Override
        public <T> T around(Supplier<T> write) {
            return write.get();
        }

        @Override
        public void enter(Handle handle) {
            handle.execute("SET LOCAL lock_timeout = '" + WAIT_SECONDS + "s'");
            try {
                handle.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ", hashtext(current_schema()))) AS turn")
                        .mapTo(Integer.class).list();
            } catch (JdbiException e) {
                if (e.getCause() instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState())) {
                    throw busy(location, e);
                }
                throw e;
            }
        }
    }

    private static StoreUnavailableException busy(String location, Throwable cause) {
        return new StoreUnavailableException(location + " is busy: another write has been under way for " + WAIT_SECONDS
                + " s; try again", cause);
    }
}
