package org.confed.persistence.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.Versioned;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Table {@code presidency}, with {@code presidency_source}. */
public final class PresidencyTable extends RecordTable<RotatingPresidency, PresidencyTable.Row> {
    static final String SOURCES = "presidency_source";

    /** A row of {@code presidency}. */
    public record Row(byte[] naturalKey, String confederation, String state, String holder, LocalDate startFirst,
                      LocalDate startLast, String startPrecision, LocalDate endFirst, LocalDate endLast, String endPrecision,
                      String designatedAt, long version, byte[] contentHash, long lastWrite) implements TableRow {
    }

    /** Statements of {@code presidency}. */
    public interface Dao {
        @SqlBatch("INSERT INTO presidency (natural_key, confederation, state, holder, start_first, start_last, start_precision, "
                + "end_first, end_last, end_precision, designated_at, version, content_hash, last_write) VALUES (:naturalKey, "
                + ":confederation, :state, :holder, :startFirst, :startLast, :startPrecision, :endFirst, :endLast, "
                + ":endPrecision, :designatedAt, :version, :contentHash, :lastWrite)")
        void insert(@BindMethods List<Row> rows);

        /** Compare and set: only the version this write read, one less than the row's, is replaced. */
        @SqlBatch("UPDATE presidency SET confederation = :confederation, state = :state, holder = :holder, "
                + "start_first = :startFirst, start_last = :startLast, start_precision = :startPrecision, "
                + "end_first = :endFirst, end_last = :endLast, end_precision = :endPrecision, "
                + "designated_at = :designatedAt, version = :version, content_hash = :contentHash, "
                + "last_write = :lastWrite "
                + "WHERE natural_key = :naturalKey AND version = :version - 1")
        int[] update(@BindMethods List<Row> rows);

        /** The term that starts last on or before {@code day}: index {@code presidency_on_date}, read backwards. */
        @SqlQuery("SELECT * FROM presidency WHERE confederation = :confederation AND start_first <= :day "
                + "ORDER BY start_first DESC LIMIT 1")
        List<Row> latestStartingBy(@Bind("confederation") String confederation, @Bind("day") LocalDate day);

        /** The first term that starts after {@code day}. */
        @SqlQuery("SELECT * FROM presidency WHERE confederation = :confederation AND start_first > :day "
                + "ORDER BY start_first LIMIT 1")
        List<Row> firstStartingAfter(@Bind("confederation") String confederation, @Bind("day") LocalDate day);
    }

    PresidencyTable() {
        super(RotatingPresidency.class, Row.class);
    }

    @Override
    protected Row row(RotatingPresidency term, Stamp stamp) {
        return new Row(stamp.key().bytes(), term.confederation().value(), term.state().value(),
                term.holder() == null ? null : term.holder().value(),
                Dates.first(term.start()), Dates.last(term.start()), Dates.precision(term.start()),
                Dates.first(term.end()), Dates.last(term.end()), Dates.precision(term.end()),
                term.designatedAt() == null ? null : term.designatedAt().value(),
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
    protected void insertLists(Handle handle, List<Stamped<RotatingPresidency>> records) {
        insertTexts(handle.attach(ItemDao.class), SOURCES, records, RotatingPresidency::sources);
    }

    @Override
    public List<Versioned<RotatingPresidency>> assemble(Handle handle, List<Row> rows) {
        Map<NaturalKey, List<String>> sources = texts(handle.attach(ItemDao.class), SOURCES, owners(rows));
        List<Versioned<RotatingPresidency>> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(new Versioned<>(new RotatingPresidency(ConfederationCode.of(row.confederation()),
                    StateCode.of(row.state()), row.holder() == null ? null : PersonId.of(row.holder()),
                    Dates.of(row.startFirst(), row.startPrecision()), Dates.of(row.endFirst(), row.endPrecision()),
                    row.designatedAt() == null ? null : MeetingId.of(row.designatedAt()),
                    listOf(sources, row, SourceId::of)), row.version()));
        }
        return records;
    }

    /** Every term of the confederation. */
    public List<RotatingPresidency> of(Handle handle, ConfederationCode confederation) {
        return where(handle, "confederation", confederation.value());
    }

    /** The terms the person held. */
    public List<RotatingPresidency> heldBy(Handle handle, PersonId person) {
        return where(handle, "holder", person.value());
    }

    /** The term that starts last on or before {@code day}. */
    public Optional<RotatingPresidency> latestStartingBy(Handle handle, ConfederationCode confederation, LocalDate day) {
        return records(assemble(handle, handle.attach(Dao.class).latestStartingBy(confederation.value(), day)))
                .stream().findFirst();
    }

    /** The first term that starts after {@code day}. */
    public Optional<RotatingPresidency> firstStartingAfter(Handle handle, ConfederationCode confederation, LocalDate day) {
        return records(assemble(handle, handle.attach(Dao.class).firstStartingAfter(confederation.value(), day)))
                .stream().findFirst();
    }
}
