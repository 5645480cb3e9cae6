package org.confed.persistence.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.Versioned;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/** Table {@code state}, with {@code state_name} and {@code state_source}. */
public final class StateTable extends RecordTable<State, StateTable.Row> {
    static final String NAMES = "state_name";
    static final String SOURCES = "state_source";

    /** A row of {@code state}. */
    public record Row(byte[] naturalKey, String code, String name, long version, byte[] contentHash, long lastWrite)
            implements TableRow {
    }

    /** Statements of {@code state}. */
    public interface Dao {
        @SqlBatch("INSERT INTO state (natural_key, code, name, version, content_hash, last_write) "
                + "VALUES (:naturalKey, :code, :name, :version, :contentHash, :lastWrite)")
        void insert(@BindMethods List<Row> rows);

        /** Compare and set: only the version this write read, one less than the row's, is replaced. */
        @SqlBatch("UPDATE state SET code = :code, name = :name, version = :version, content_hash = :contentHash, "
                + "last_write = :lastWrite "
                + "WHERE natural_key = :naturalKey AND version = :version - 1")
        int[] update(@BindMethods List<Row> rows);
    }

    StateTable() {
        super(State.class, Row.class);
    }

    @Override
    protected Row row(State state, Stamp stamp) {
        return new Row(stamp.key().bytes(), state.code().value(), state.name(), stamp.version(), stamp.contentHash(),
                stamp.lastWrite());
    }

    @Override
    protected void insertRows(Handle handle, List<Row> rows) {
        handle.attach(Dao.class).insert(rows);
    }

    @Override
    protected int[] updateRows(Handle handle, List<Row> rows) {
        return handle.attach(Dao.class).update(rows);
    }

    @Override
    protected List<String> lists() {
        return List.of(NAMES, SOURCES);
    }

    @Override
    protected void insertLists(Handle handle, List<Stamped<State>> records) {
        ItemDao items = handle.attach(ItemDao.class);
        insertNames(items, NAMES, records, State::names);
        insertTexts(items, SOURCES, records, State::sources);
    }

    @Override
    public List<Versioned<State>> assemble(Handle handle, List<Row> rows) {
        ItemDao items = handle.attach(ItemDao.class);
        List<byte[]> owners = owners(rows);
        Map<NaturalKey, Map<String, String>> names = names(items, NAMES, owners);
        Map<NaturalKey, List<String>> sources = texts(items, SOURCES, owners);
        List<Versioned<State>> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(new Versioned<>(new State(StateCode.of(row.code()), row.name(),
                    names.get(NaturalKey.fromBytes(row.naturalKey())), listOf(sources, row, SourceId::of)), row.version()));
        }
        return records;
    }

    /** Writes each record's names map into {@code table}, in the map's order. */
    static <R extends org.confed.domain.model.ConfedRecord> void insertNames(
            ItemDao items, String table, List<Stamped<R>> records, java.util.function.Function<R, Map<String, String>> names) {
        List<Items.Name> rows = new ArrayList<>();
        for (Stamped<R> stamped : records) {
            byte[] owner = stamped.stamp().key().bytes();
            int index = 0;
            for (Map.Entry<String, String> name : names.apply(stamped.record()).entrySet()) {
                rows.add(new Items.Name(owner, index++, name.getKey(), name.getValue()));
            }
        }
        if (!rows.isEmpty()) {
            items.insertNames(table, rows);
        }
    }

    /** Reads the names maps of {@code owners}, each in the order written. */
    static Map<NaturalKey, Map<String, String>> names(ItemDao items, String table, List<byte[]> owners) {
        Map<NaturalKey, Map<String, String>> byOwner = new HashMap<>();
        if (owners.isEmpty()) {
            return byOwner;
        }
        for (Items.Name name : items.names(table, TransactionLookup.padded(owners))) {
            byOwner.computeIfAbsent(NaturalKey.fromBytes(name.ownerKey()), key -> new LinkedHashMap<>())
                    .put(name.language(), name.name());
        }
        return byOwner;
    }
}
