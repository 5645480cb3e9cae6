package org.confed.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.confed.domain.port.StoreUnavailableException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * An open store's connections: the pool, Jdbi over it, and where they lead. Made by {@link Opening}, which also says
 * how to let them go ({@code release}). Safe for use by many threads.
 */
final class Connections implements AutoCloseable {
    private final StoreLocation location;
    private final DataSource pool;
    private final Jdbi jdbi;
    private final Release release;
    private volatile boolean closed;

    /** How the connections are let go: {@code compact} asks an H2 file to be rewritten with only its live data. */
    interface Release {
        void close(boolean compact);
    }

    Connections(StoreLocation location, DataSource pool, Release release) {
        this.location = location;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        this.release = release;
    }

    StoreLocation location() {
        return location;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** A connection of its own, outside any transaction of the store's (for a session-long lock). */
    Connection connection() throws SQLException {
        requireOpen();
        return pool.getConnection();
    }

    /** Runs {@code work} in a read transaction: one snapshot for all its statements. */
    <T> T read(HandleCallback<T, RuntimeException> work) {
        requireOpen();
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, work);
        } catch (JdbiException e) {
            throw Failures.during(location, e);
        }
    }

    /** Fails when the store was closed. */
    void requireOpen() {
        if (closed) {
            throw new StoreUnavailableException(location.location() + " is closed", null);
        }
    }

    /** Lets the connections go; closing twice does nothing. */
    @Override
    public void close() {
        close(false);
    }

    /** Lets the connections go, an H2 file compacted first when {@code compact}; closing twice does nothing. */
    synchronized void close(boolean compact) {
        if (!closed) {
            closed = true;
            release.close(compact);
        }
    }
}
