package org.confed.domain.port;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.RecordKey;
import org.confed.domain.rules.RecordLookup;

/**
 * The registry read at one moment: every stored record with its version, by key, by type and by what it refers to.
 * The "as of" answers ({@link org.confed.domain.query.AsOf}) and the rules ({@link org.confed.domain.rules.Consistency})
 * are computed from it, so every store answers them alike.
 */
public interface RecordView extends RecordLookup {

    /**
     * One record and its version.
     *
     * @param <R>  the record type
     * @param type the record type
     * @param key  its key
     * @return the record with its version, or empty when none of that type has that key
     * @throws StoreUnavailableException when the store cannot be read
     */
    <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key);

    /**
     * A page of the records of one type, in key order.
     *
     * @param <R>   the record type
     * @param type  the record type
     * @param after the key to start after, or {@code null} to start at the first
     * @param limit the most records to return, at least 0
     * @return the records after {@code after}, at most {@code limit}
     * @throws IllegalArgumentException  when {@code limit} is negative
     * @throws StoreUnavailableException when the store cannot be read
     */
    <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit);

    /**
     * How many records of one type are stored.
     *
     * @param type the record type
     * @return their number
     * @throws StoreUnavailableException when the store cannot be read
     */
    long count(Class<? extends ConfedRecord> type);

    /**
     * A page of meetings matching a query, by date, then by id.
     *
     * @param query what to look for, and where the page starts
     * @return the meetings found, with whether more follow
     * @throws StoreUnavailableException when the store cannot be read
     */
    Page<Meeting> searchMeetings(MeetingQuery query);

    /**
     * How many meetings began in each period of a span of days: a meeting counts in the period holding its first
     * day, when that day lies within the span. Periods with no meeting are left out. This default walks
     * {@link #searchMeetings}; a store may count where the meetings are stored.
     *
     * @param confederation only this confederation's meetings, or {@code null} for any
     * @param from          the span's first day
     * @param to            the span's last day
     * @param period        the periods counted by
     * @return the periods that hold meetings, earliest first
     * @throws StoreUnavailableException when the store cannot be read
     */
    default List<PeriodCount> countMeetings(ConfederationCode confederation, LocalDate from, LocalDate to, Period period) {
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        MeetingQuery query = new MeetingQuery(confederation, from, to, null, null, null, null, null, 500);
        while (true) {
            Page<Meeting> page = searchMeetings(query);
            for (Meeting meeting : page.items()) {
                LocalDate first = meeting.date().firstDay();
                if (!first.isBefore(from)) {
                    counts.merge(period.start(first), 1L, Long::sum);
                }
            }
            if (!page.more() || page.items().isEmpty()) {
                break;
            }
            Meeting last = page.items().get(page.items().size() - 1);
            query = new MeetingQuery(confederation, from, to, null, null, null, last.id(), last.date().firstDay(), 500);
        }
        List<PeriodCount> found = new ArrayList<>(counts.size());
        counts.forEach((start, meetings) -> found.add(new PeriodCount(start, meetings)));
        return found;
    }

    @Override
    default <R extends ConfedRecord> Optional<R> record(Class<R> type, RecordKey key) {
        return find(type, key).map(Versioned::record);
    }

    /**
     * The record that stands for one merged into it ({@link WriteSession#merge}), following merges of merges.
     *
     * @param key the key of a record that may have been merged
     * @return the survivor's key, or empty when {@code key} was never merged or is stored again
     * @throws StoreUnavailableException when the store cannot be read
     */
    default Optional<RecordKey> mergedInto(RecordKey key) {
        return Optional.empty();
    }
}
