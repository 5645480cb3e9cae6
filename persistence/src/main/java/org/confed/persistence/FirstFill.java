package org.confed.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Filling a store only when it is empty, once among all who ask at the same time: in this process for H2 (a file or
 * memory database belongs to one process), and among processes for PostgreSQL, through an advisory lock on the store's
 * schema held from the check to the end of the filling. Without it two servers starting on one empty store could each
 * find it empty and fill it, the second over what clients of the first had written meanwhile.
 */
final class FirstFill {
    /**
     * The first half of the PostgreSQL advisory lock (the second is the schema's hash): "cf" in ASCII, for confed.
     * Flyway's lock is a single 64-bit key, which PostgreSQL keeps apart from pairs.
     */
    private static final int FILL_LOCK = 0x6366;
    /** Fills of H2 stores in this process, one at a time: two stores may share an in-memory database. */
    private static final Object H2_FILLING = new Object();

    private FirstFill() {
    }

    /** Runs {@code fill} if {@code isEmpty} says so, holding the lock of {@code connections}' store meanwhile. */
    static <T> Optional<T> ifEmpty(Connections connections, BooleanSupplier isEmpty, Supplier<T> fill) {
        connections.requireOpen();
        if (connections.location().isH2()) {
            synchronized (H2_FILLING) {
                return isEmpty.getAsBoolean() ? Optional.of(fill.get()) : Optional.empty();
            }
        }
        // a connection of its own holds the lock; the check and the fill run on others, as any read or write does
        try (Connection connection = connections.connection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + FILL_LOCK + ", hashtext(current_schema()))");
            try {
                return isEmpty.getAsBoolean() ? Optional.of(fill.get()) : Optional.empty();
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + FILL_LOCK + ", hashtext(current_schema()))");
            }
        } catch (SQLException e) {
            throw Failures.during(connections.location(), e);
        }
    }
}
