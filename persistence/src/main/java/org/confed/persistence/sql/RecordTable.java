package org.confed.persistence.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.port.Versioned;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;

/**
 * One record type's table and list tables: how a record becomes rows and rows become a record again.
 * The table is named after the type ({@code office_term}), its lists {@code <type>_<list>}.
 *
 * @param <R> the record type
 * @param <W> the row type, read by constructor
 */
public abstract class RecordTable<R extends ConfedRecord, W extends TableRow> {
    private final RecordSchema<R> schema;
    private final Class<W> rowType;

    protected RecordTable(Class<R> type, Class<W> rowType) {
        this.schema = RecordSchemas.of(type);
        this.rowType = rowType;
    }

    /** The table's name, which is the record type's name. */
    public final String name() {
        return schema.name();
    }

    public final Class<R> type() {
        return schema.javaType();
    }

    public final Class<W> rowType() {
        return rowType;
    }

    /** The row of {@code record}, with what the write adds. */
    protected abstract W row(R record, Stamp stamp);

    /** Inserts rows. */
    protected abstract void insertRows(Handle handle, List<W> rows);

    /**
     * Replaces stored rows whose version is one less than the row's: compare and set, so a row that moved on is left
     * alone and counted 0.
     */
    protected abstract int[] updateRows(Handle handle, List<W> rows);

    /** The names of the list tables, whose rows an update replaces. */
    protected abstract List<String> lists();

    /** Inserts the lists of these records. */
    protected abstract void insertLists(Handle handle, List<Stamped<R>> records);

    /** Inserts the records' rows, then their lists. */
    public final void insert(Handle handle, List<Stamped<R>> records) {
        insertRows(handle, rows(records));
        insertLists(handle, records);
    }

    /**
     * Replaces the stored versions of the records (each stamp's version less one) and their lists.
     *
     * @return for each record, whether its row was replaced (it is not when its version is no longer the one read)
     */
    public final boolean[] update(Handle handle, List<Stamped<R>> records) {
        int[] counts = updateRows(handle, rows(records));
        boolean[] replaced = new boolean[records.size()];
        List<byte[]> owners = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            replaced[i] = counts[i] != 0;
            owners.add(records.get(i).stamp().key().bytes());
        }
        ItemDao items = handle.attach(ItemDao.class);
        for (String list : lists()) {
            for (List<byte[]> part : TransactionLookup.parts(owners)) {
                items.delete(list, part);
            }
        }
        insertLists(handle, records);
        return replaced;
    }

    private List<W> rows(List<Stamped<R>> records) {
        List<W> rows = new ArrayList<>(records.size());
        records.forEach(stamped -> rows.add(row(stamped.record(), stamped.stamp())));
        return rows;
    }

    /** The records of {@code rows}, in the same order, with their lists read. */
    public abstract List<Versioned<R>> assemble(Handle handle, List<W> rows);

    /** The stored record with {@code key}. */
    public final Optional<Versioned<R>> find(Handle handle, NaturalKey key) {
        List<W> rows = handle.attach(RecordDao.class).rows(name(), rowType, List.of(key.bytes()));
        return assemble(handle, rows).stream().findFirst();
    }

    /** The stored records with these keys, in key order. */
    public final List<Versioned<R>> findAll(Handle handle, List<byte[]> keys) {
        return assemble(handle, handle.attach(RecordDao.class).rows(name(), rowType, keys));
    }

    /** Up to {@code limit} records after {@code after} ({@code null}: from the first), in key order. */
    public final List<Versioned<R>> page(Handle handle, NaturalKey after, int limit) {
        return assemble(handle, handle.attach(RecordDao.class).page(name(), rowType, after == null ? null : after.bytes(), limit));
    }

    /** The records whose {@code column} holds {@code value} (a column name of this class, never input). */
    protected final List<R> where(Handle handle, String column, String value) {
        return records(assemble(handle, handle.attach(RecordDao.class).rowsWhere(name(), rowType, column, value)));
    }

    /** The records alone, without versions. */
    public static <R extends ConfedRecord> List<R> records(List<Versioned<R>> versioned) {
        List<R> records = new ArrayList<>(versioned.size());
        versioned.forEach(stored -> records.add(stored.record()));
        return records;
    }

    /** The key bytes of {@code rows}, to read their lists with. */
    protected static List<byte[]> owners(List<? extends TableRow> rows) {
        List<byte[]> owners = new ArrayList<>(rows.size());
        rows.forEach(row -> owners.add(row.naturalKey()));
        return owners;
    }

    /** Writes one list of texts of each record into {@code table}. */
    protected static <R extends ConfedRecord> void insertTexts(ItemDao items, String table, List<Stamped<R>> records,
                                                             Function<R, List<?>> list) {
        List<Items.Text> rows = new ArrayList<>();
        for (Stamped<R> stamped : records) {
            byte[] owner = stamped.stamp().key().bytes();
            List<?> values = list.apply(stamped.record());
            for (int i = 0; i < values.size(); i++) {
                rows.add(new Items.Text(owner, i, values.get(i).toString()));
            }
        }
        if (!rows.isEmpty()) {
            items.insertTexts(table, rows);
        }
    }

    /** Reads one list of texts for every owner, in order; owners without items have none in the map. */
    protected static Map<NaturalKey, List<String>> texts(ItemDao items, String table, List<byte[]> owners) {
        Map<NaturalKey, List<String>> byOwner = new HashMap<>();
        if (owners.isEmpty()) {
            return byOwner;
        }
        for (Items.Text item : items.texts(table, TransactionLookup.padded(owners))) {
            byOwner.computeIfAbsent(NaturalKey.fromBytes(item.ownerKey()), key -> new ArrayList<>()).add(item.item());
        }
        return byOwner;
    }

    /** The list of the owner of {@code row}, each item made a value by {@code parse}. */
    protected static <T> List<T> listOf(Map<NaturalKey, List<String>> lists, TableRow row, Function<String, T> parse) {
        List<String> texts = lists.get(NaturalKey.fromBytes(row.naturalKey()));
        if (texts == null) {
            return List.of();
        }
        List<T> values = new ArrayList<>(texts.size());
        texts.forEach(text -> values.add(parse.apply(text)));
        return values;
    }

    /** Groups rows of a list table by owner. */
    protected static <T> Map<NaturalKey, List<T>> byOwner(Collection<T> items, Function<T, byte[]> owner) {
        Map<NaturalKey, List<T>> grouped = new HashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(NaturalKey.fromBytes(owner.apply(item)), key -> new ArrayList<>()).add(item);
        }
        return grouped;
    }
}
