package org.confed.persistence;

import java.time.LocalDate;
import java.util.List;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Period;
import org.confed.domain.port.PeriodCount;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link org.confed.domain.port.RecordView#countMeetings} in SQL: meeting versions grouped by the period of their
 * sort day (a meeting's first day), over the date index, so the store never hands out the meetings themselves.
 */
final class MeetingCounts {
    private static final String MEETING = org.confed.domain.schema.RecordSchemas.of(Meeting.class).name();

    private final Handle handle;
    private final Seen seen;

    MeetingCounts(Handle handle, Seen seen) {
        this.handle = handle;
        this.seen = seen;
    }

    /** A period's first day and how many meetings began in it, as the query reads them. */
    record Bucket(int year, int month, int day, long meetings) {
        PeriodCount count() {
            return new PeriodCount(LocalDate.of(year, month, day), meetings);
        }
    }

    List<PeriodCount> count(ConfederationCode confederation, LocalDate from, LocalDate to, Period period) {
        // H2 and PostgreSQL both read EXTRACT and group a derived table by its columns; absent parts are 1
        String month = period == Period.YEAR ? "1" : "CAST(EXTRACT(MONTH FROM v.sort_day) AS INTEGER)";
        String day = period == Period.DAY ? "CAST(EXTRACT(DAY FROM v.sort_day) AS INTEGER)" : "1";
        StringBuilder sql = new StringBuilder("SELECT y, m, d, COUNT(*) AS n FROM (SELECT CAST(EXTRACT(YEAR FROM "
                + "v.sort_day) AS INTEGER) AS y, " + month + " AS m, " + day + " AS d FROM record_version v "
                + "WHERE v.record_type = :type AND " + seen.condition()
                + " AND v.sort_day >= :from AND v.sort_day <= :to");
        if (confederation != null) {
            sql.append(" AND v.seq IN (SELECT seq FROM record_term WHERE term = :confederation)");
        }
        sql.append(") periods GROUP BY y, m, d ORDER BY y, m, d");
        Query query = handle.createQuery(sql.toString()).bind("type", MEETING).bind("from", from).bind("to", to);
        if (confederation != null) {
            query.bind("confederation", Terms.bytes(Terms.reference(MEETING, RecordKey.of(Confederation.class, confederation))));
        }
        return query.map((rs, ctx) -> new Bucket(rs.getInt("y"), rs.getInt("m"), rs.getInt("d"), rs.getLong("n")).count())
                .list();
    }
}
