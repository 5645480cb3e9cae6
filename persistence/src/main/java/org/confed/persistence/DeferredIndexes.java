package org.confed.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The secondary indexes of {@code record_version} (V2 makes them), which an H2 store builds after the first write into
 * an empty store instead of during it. H2 keeps its file copy-on-write: every insert in random key order into those two
 * trees rewrote a page, so a bulk import once grew the file to twenty times its input while it ran, and spent its time
 * writing pages it then threw away. Built after the rows, in one sorted pass, they cost a fraction of that.
 *
 * <p>H2 commits DDL by itself, so the drop comes before the write's transaction and the build after it (whether the
 * write committed or was undone). A process killed in between leaves a store without them, as it was otherwise: its
 * next opening builds them ({@link #ensure}). Until then reads are right, only slower. The write itself finds the keys
 * it wrote by their sequence numbers, not by these indexes ({@link WrittenKeys}).
 */
final class DeferredIndexes {
    private static final System.Logger LOG = System.getLogger(DeferredIndexes.class.getName());

    /** As V2 declares them: a change there is a change here. */
    private static final List<String> DEFINITIONS = List.of(
            "record_version_by_key ON record_version (record_type, natural_key, retired_by)",
            "record_version_by_day ON record_version (record_type, sort_day, natural_key)");

    private DeferredIndexes() {
    }

    /** Drops them, before a first write into an empty H2 store. */
    static void drop(Handle handle) {
        for (String definition : DEFINITIONS) {
            handle.execute("DROP INDEX IF EXISTS " + name(definition));
        }
    }

    /**
     * Builds them after that write. A failure here (a full disk) does not undo the write, which has committed or been
     * undone already: it is logged, and the store's next opening builds them.
     */
    static void build(Jdbi jdbi) {
        try {
            jdbi.useHandle(handle -> {
                for (String definition : DEFINITIONS) {
                    handle.execute("CREATE INDEX IF NOT EXISTS " + definition);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the store's indexes will be built when it is next opened: " + e.getMessage());
        }
    }

    /** At an H2 store's opening: builds what a process killed during a first write left unbuilt. */
    static void ensure(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String definition : DEFINITIONS) {
                statement.execute("CREATE INDEX IF NOT EXISTS " + definition);
            }
        }
    }

    private static String name(String definition) {
        return definition.substring(0, definition.indexOf(' '));
    }
}
