package org.confed.persistence.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.Versioned;
import org.confed.persistence.text.NaturalKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Table {@code membership}, with {@code membership_source}. */
public final class MembershipTable extends RecordTable<Membership, MembershipTable.Row> {
    static final String SOURCES = "membership_source";

    /** A row of {@code membership}. */
    public record Row(byte[] naturalKey, String confederation, String state, LocalDate startFirst, LocalDate startLast,
                      String startPrecision, LocalDate endFirst, LocalDate endLast, String endPrecision, long version,
                      byte[] contentHash, long lastWrite) implements TableRow {
    }

    /** Statements of {@code membership}. */
    public interface Dao {
        @SqlBatch("INSERT INTO membership (natural_key, confederation, state, start_first, start_last, start_precision, "
                + "end_first, end_last, end_precision, version, content_hash, last_write) VALUES (:naturalKey, :confederation, "
                + ":state, :startFirst, :startLast, :startPrecision, :endFirst, :endLast, :endPrecision, :version, "
                + ":contentHash, :lastWrite)")
        void insert(@BindMethods List<Row> rows);

        /** Compare and set: only the version this write read, one less than the row's, is replaced. */
        @SqlBatch("UPDATE membership SET confederation = :confederation, state = :state, start_first = :startFirst, "
                + "start_last = :startLast, start_precision = :startPrecision, end_first = :endFirst, "
                + "end_last = :endLast, end_precision = :endPrecision, version = :version, "
                + "content_hash = :contentHash, last_write = :lastWrite "
                + "WHERE natural_key = :naturalKey AND version = :version - 1")
        int[] update(@BindMethods List<Row> rows);

        /** Index {@code membership_on_date}. */
        @SqlQuery("SELECT * FROM membership WHERE confederation = :confederation AND start_first <= :day "
                + "AND (end_last IS NULL OR end_last >= :day) ORDER BY natural_key")
        List<Row> coveringDay(@Bind("confederation") String confederation, @Bind("day") LocalDate day);
    }

    MembershipTable() {
        super(Membership.class, Row.class);
    }

    @Override
    protected Row row(Membership membership, Stamp stamp) {
        return new Row(stamp.key().bytes(), membership.confederation().value(), membership.state().value(),
                Dates.first(membership.start()), Dates.last(membership.start()), Dates.precision(membership.start()),
                Dates.first(membership.end()), Dates.last(membership.end()), Dates.precision(membership.end()),
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
    protected void insertLists(Handle handle, List<Stamped<Membership>> records) {
        insertTexts(handle.attach(ItemDao.class), SOURCES, records, Membership::sources);
    }

    @Override
    public List<Versioned<Membership>> assemble(Handle handle, List<Row> rows) {
        Map<NaturalKey, List<String>> sources = texts(handle.attach(ItemDao.class), SOURCES, owners(rows));
        List<Versioned<Membership>> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(new Versioned<>(new Membership(ConfederationCode.of(row.confederation()), StateCode.of(row.state()),
                    Dates.of(row.startFirst(), row.startPrecision()), Dates.of(row.endFirst(), row.endPrecision()),
                    listOf(sources, row, SourceId::of)), row.version()));
        }
        return records;
    }

    /** Every membership of every state in the confederation. */
    public List<Membership> of(Handle handle, ConfederationCode confederation) {
        return where(handle, "confederation", confederation.value());
    }

    /** The memberships covering {@code day}. */
    public List<Membership> coveringDay(Handle handle, ConfederationCode confederation, LocalDate day) {
        return records(assemble(handle, handle.attach(Dao.class).coveringDay(confederation.value(), day)));
    }
}
