package org.confed.persistence.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.PlanStatus;
import org.confed.domain.model.SourceId;
import org.confed.domain.port.Versioned;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Table {@code plan_event}, with {@code plan_event_source}. */
public final class PlanEventTable extends RecordTable<PlanEvent, PlanEventTable.Row> {
    static final String SOURCES = "plan_event_source";

    /** A row of {@code plan_event}. */
    public record Row(byte[] naturalKey, String planId, String status, LocalDate dateFirst, LocalDate dateLast,
                      String datePrecision, String meetingId, String note, long version, byte[] contentHash, long lastWrite)
            implements TableRow {
    }

    /** Statements of {@code plan_event}. */
    public interface Dao {
        @SqlBatch("INSERT INTO plan_event (natural_key, plan_id, status, date_first, date_last, date_precision, meeting_id, "
                + "note, version, content_hash, last_write) VALUES (:naturalKey, :planId, :status, :dateFirst, :dateLast, "
                + ":datePrecision, :meetingId, :note, :version, :contentHash, :lastWrite)")
        void insert(@BindMethods List<Row> rows);

        /** Compare and set: only the version this write read, one less than the row's, is replaced. */
        @SqlBatch("UPDATE plan_event SET plan_id = :planId, status = :status, date_first = :dateFirst, "
                + "date_last = :dateLast, date_precision = :datePrecision, meeting_id = :meetingId, note = :note, "
                + "version = :version, content_hash = :contentHash, last_write = :lastWrite "
                + "WHERE natural_key = :naturalKey AND version = :version - 1")
        int[] update(@BindMethods List<Row> rows);

        /** Index {@code plan_event_on_date}. */
        @SqlQuery("SELECT * FROM plan_event WHERE plan_id = :plan AND date_first <= :day ORDER BY natural_key")
        List<Row> startingBy(@Bind("plan") String plan, @Bind("day") LocalDate day);
    }

    PlanEventTable() {
        super(PlanEvent.class, Row.class);
    }

    @Override
    protected Row row(PlanEvent event, Stamp stamp) {
        return new Row(stamp.key().bytes(), event.plan().value(), event.status().code(), Dates.first(event.date()),
                Dates.last(event.date()), Dates.precision(event.date()),
                event.meeting() == null ? null : event.meeting().value(), event.note(),
                stamp.version(), stamp.contentHash(), stamp.lastWrite());
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
        return List.of(SOURCES);
    }

    @Override
    protected void insertLists(Handle handle, List<Stamped<PlanEvent>> records) {
        insertTexts(handle.attach(ItemDao.class), SOURCES, records, PlanEvent::sources);
    }

    @Override
    public List<Versioned<PlanEvent>> assemble(Handle handle, List<Row> rows) {
        Map<NaturalKey, List<String>> sources = texts(handle.attach(ItemDao.class), SOURCES, owners(rows));
        List<Versioned<PlanEvent>> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(new Versioned<>(new PlanEvent(PlanId.of(row.planId()),
                    PlanStatus.valueOf(row.status().toUpperCase(Locale.ROOT)), Dates.of(row.dateFirst(), row.datePrecision()),
                    row.meetingId() == null ? null : MeetingId.of(row.meetingId()), row.note(),
                    listOf(sources, row, SourceId::of)), row.version()));
        }
        return records;
    }

    /** Every status change of the plan. */
    public List<PlanEvent> of(Handle handle, PlanId plan) {
        return where(handle, "plan_id", plan.value());
    }

    /** The plan's events dated (by first day) on or before {@code day}. */
    public List<PlanEvent> startingBy(Handle handle, PlanId plan, LocalDate day) {
        return records(assemble(handle, handle.attach(Dao.class).startingBy(plan.value(), day)));
    }
}
