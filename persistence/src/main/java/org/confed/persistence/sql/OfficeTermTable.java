package org.confed.persistence.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.Versioned;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Table {@code office_term}, with {@code office_term_source}. */
public final class OfficeTermTable extends RecordTable<OfficeTerm, OfficeTermTable.Row> {
    static final String SOURCES = "office_term_source";

    /** A row of {@code office_term}. */
    public record Row(byte[] naturalKey, String personId, String office, String state, LocalDate startFirst,
                      LocalDate startLast, String startPrecision, LocalDate endFirst, LocalDate endLast, String endPrecision,
                      long version, byte[] contentHash, long lastWrite) implements TableRow {
    }

    /** Statements of {@code office_term}. */
    public interface Dao {
        @SqlBatch("INSERT INTO office_term (natural_key, person_id, office, state, start_first, start_last, start_precision, "
                + "end_first, end_last, end_precision, version, content_hash, last_write) VALUES (:naturalKey, :personId, "
                + ":office, :state, :startFirst, :startLast, :startPrecision, :endFirst, :endLast, :endPrecision, :version, "
                + ":contentHash, :lastWrite)")
        void insert(@BindMethods List<Row> rows);

        /** Compare and set: only the version this write read, one less than the row's, is replaced. */
        @SqlBatch("UPDATE office_term SET person_id = :personId, office = :office, state = :state, "
                + "start_first = :startFirst, start_last = :startLast, start_precision = :startPrecision, "
                + "end_first = :endFirst, end_last = :endLast, end_precision = :endPrecision, version = :version, "
                + "content_hash = :contentHash, last_write = :lastWrite "
                + "WHERE natural_key = :naturalKey AND version = :version - 1")
        int[] update(@BindMethods List<Row> rows);

        /** Index {@code office_term_on_date}. */
        @SqlQuery("SELECT * FROM office_term WHERE office = :office AND start_first <= :day "
                + "AND (end_last IS NULL OR end_last >= :day) ORDER BY natural_key")
        List<Row> coveringDay(@Bind("office") String office, @Bind("day") LocalDate day);

        @SqlQuery("SELECT * FROM office_term WHERE office = :office AND state = :state AND start_first <= :day "
                + "AND (end_last IS NULL OR end_last >= :day) ORDER BY natural_key")
        List<Row> coveringDay(@Bind("office") String office, @Bind("state") String state, @Bind("day") LocalDate day);
    }

    OfficeTermTable() {
        super(OfficeTerm.class, Row.class);
    }

    @Override
    protected Row row(OfficeTerm term, Stamp stamp) {
        return new Row(stamp.key().bytes(), term.person().value(), term.office(),
                term.state() == null ? null : term.state().value(),
                Dates.first(term.start()), Dates.last(term.start()), Dates.precision(term.start()),
                Dates.first(term.end()), Dates.last(term.end()), Dates.precision(term.end()),
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
    protected void insertLists(Handle handle, List<Stamped<OfficeTerm>> records) {
        insertTexts(handle.attach(ItemDao.class), SOURCES, records, OfficeTerm::sources);
    }

    @Override
    public List<Versioned<OfficeTerm>> assemble(Handle handle, List<Row> rows) {
        Map<NaturalKey, List<String>> sources = texts(handle.attach(ItemDao.class), SOURCES, owners(rows));
        List<Versioned<OfficeTerm>> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(new Versioned<>(new OfficeTerm(PersonId.of(row.personId()), row.office(),
                    row.state() == null ? null : StateCode.of(row.state()),
                    Dates.of(row.startFirst(), row.startPrecision()), Dates.of(row.endFirst(), row.endPrecision()),
                    listOf(sources, row, SourceId::of)), row.version()));
        }
        return records;
    }

    /** The terms of {@code office} (of {@code state}, when not {@code null}) covering {@code day}. */
    public List<OfficeTerm> coveringDay(Handle handle, String office, StateCode state, LocalDate day) {
        Dao dao = handle.attach(Dao.class);
        List<Row> rows = state == null ? dao.coveringDay(office, day) : dao.coveringDay(office, state.value(), day);
        return records(assemble(handle, rows));
    }

    /** The person's terms. */
    public List<OfficeTerm> of(Handle handle, PersonId person) {
        return where(handle, "person_id", person.value());
    }
}
