package org.confed.domain.port;

import java.util.List;
import java.util.Optional;
import org.confed.domain.model.ConfedRecord;
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
