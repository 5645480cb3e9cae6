package org.confed.persistence.sql;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What every record table answers alike, by natural key. {@code table} is always a record table's name from
 * {@link RecordTable}, never input.
 */
public interface RecordDao extends SqlObject {

    /**
     * Locks the stored rows of {@code keys} for the rest of the transaction and reads what a write compares.
     * Rows are locked in key order, the same in every writer, so two writers do not deadlock on one chunk.
     */
    @SqlQuery("SELECT natural_key, version, content_hash, last_write FROM <table> WHERE natural_key IN (<keys>) "
            + "ORDER BY natural_key FOR UPDATE")
    List<StoredState> lockStates(@Define("table") String table, @BindList("keys") List<byte[]> keys);

    @SqlQuery("SELECT natural_key FROM <table> WHERE natural_key IN (<keys>)")
    List<byte[]> existing(@Define("table") String table, @BindList("keys") List<byte[]> keys);

    @SqlQuery("SELECT natural_key FROM <table> WHERE natural_key IN (<keys>) ORDER BY natural_key FOR UPDATE")
    List<byte[]> lock(@Define("table") String table, @BindList("keys") List<byte[]> keys);

    @SqlQuery("SELECT COUNT(*) FROM <table>")
    long count(@Define("table") String table);

    @SqlQuery("SELECT 1 FROM <table> LIMIT 1")
    Optional<Integer> any(@Define("table") String table);

    /** The rows of {@code keys}, in key order. */
    default <W> List<W> rows(String table, Class<W> rowType, List<byte[]> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return getHandle().createQuery("SELECT * FROM <table> WHERE natural_key IN (<keys>) ORDER BY natural_key")
                .define("table", table).bindList("keys", keys).mapTo(rowType).list();
    }

    /** Up to {@code limit} rows after {@code after} ({@code null}: from the first), in key order. */
    default <W> List<W> page(String table, Class<W> rowType, byte[] after, int limit) {
        if (after == null) {
            return getHandle().createQuery("SELECT * FROM <table> ORDER BY natural_key LIMIT :limit")
                    .define("table", table).bind("limit", limit).mapTo(rowType).list();
        }
        return getHandle().createQuery("SELECT * FROM <table> WHERE natural_key > :after ORDER BY natural_key LIMIT :limit")
                .define("table", table).bind("after", after).bind("limit", limit).mapTo(rowType).list();
    }

    /** Rows whose column {@code column} equals {@code value}. */
    default <W> List<W> rowsWhere(String table, Class<W> rowType, String column, String value) {
        return getHandle().createQuery("SELECT * FROM <table> WHERE <column> = :value ORDER BY natural_key")
                .define("table", table).define("column", column).bind("value", value).mapTo(rowType).list();
    }
}
