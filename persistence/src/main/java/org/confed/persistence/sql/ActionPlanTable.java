package org.confed.persistence.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.PillarCode;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.SourceId;
import org.confed.domain.port.Versioned;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/** Table {@code action_plan}, with {@code action_plan_objective} and {@code action_plan_source}. */
public final class ActionPlanTable extends RecordTable<ActionPlan, ActionPlanTable.Row> {
    static final String OBJECTIVES = "action_plan_objective";
    static final String SOURCES = "action_plan_source";

    /** A row of {@code action_plan}. */
    public record Row(byte[] naturalKey, String id, String confederation, String pillar, String title, String author,
                      long version, byte[] contentHash, long lastWrite) implements TableRow {
    }

    /** Statements of {@code action_plan}. */
    public interface Dao {
        @SqlBatch("INSERT INTO action_plan (natural_key, id, confederation, pillar, title, author, version, content_hash, "
                + "last_write) VALUES (:naturalKey, :id, :confederation, :pillar, :title, :author, :version, :contentHash, "
                + ":lastWrite)")
        void insert(@BindMethods List<Row> rows);

        /** Compare and set: only the version this write read, one less than the row's, is replaced. */
        @SqlBatch("UPDATE action_plan SET id = :id, confederation = :confederation, pillar = :pillar, title = :title, "
                + "author = :author, version = :version, content_hash = :contentHash, last_write = :lastWrite "
                + "WHERE natural_key = :naturalKey AND version = :version - 1")
        int[] update(@BindMethods List<Row> rows);
    }

    ActionPlanTable() {
        super(ActionPlan.class, Row.class);
    }

    @Override
    protected Row row(ActionPlan plan, Stamp stamp) {
        return new Row(stamp.key().bytes(), plan.id().value(), plan.confederation().value(), plan.pillar().value(),
                plan.title(), plan.author(), stamp.version(), stamp.contentHash(), stamp.lastWrite());
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
        return List.of(OBJECTIVES, SOURCES);
    }

    @Override
    protected void insertLists(Handle handle, List<Stamped<ActionPlan>> records) {
        ItemDao items = handle.attach(ItemDao.class);
        insertTexts(items, OBJECTIVES, records, ActionPlan::objectives);
        insertTexts(items, SOURCES, records, ActionPlan::sources);
    }

    @Override
    public List<Versioned<ActionPlan>> assemble(Handle handle, List<Row> rows) {
        ItemDao items = handle.attach(ItemDao.class);
        List<byte[]> owners = owners(rows);
        Map<NaturalKey, List<String>> objectives = texts(items, OBJECTIVES, owners);
        Map<NaturalKey, List<String>> sources = texts(items, SOURCES, owners);
        List<Versioned<ActionPlan>> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(new Versioned<>(new ActionPlan(PlanId.of(row.id()), ConfederationCode.of(row.confederation()),
                    PillarCode.of(row.pillar()), row.title(), listOf(objectives, row, text -> text), row.author(),
                    listOf(sources, row, SourceId::of)), row.version()));
        }
        return records;
    }

    /** The stored plan with {@code id}. */
    public Optional<ActionPlan> byId(Handle handle, PlanId id) {
        return find(handle, NaturalKey.of(RecordKey.of("action_plan", id))).map(Versioned::record);
    }
}
