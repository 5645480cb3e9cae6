package org.confed.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.Period;
import org.confed.domain.port.PeriodCount;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Versioned;

/**
 * The registry as the store holds it now, or as recorded after one change set ({@link Store#asRecorded}): every read is
 * one read transaction of the store that sees the versions {@link Seen} names. As recorded, what it answers never
 * changes, whatever is written later.
 */
final class StoreView implements RecordView {
    private final Connections connections;
    private final RecordEncoding encoding;
    private final Seen seen;

    StoreView(Connections connections, RecordEncoding encoding, Seen seen) {
        this.connections = connections;
        this.encoding = encoding;
        this.seen = seen;
    }

    @Override
    public <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
        return read(records -> records.find(type, key));
    }

    @Override
    public <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit) {
        return read(records -> records.list(type, after, limit));
    }

    @Override
    public long count(Class<? extends ConfedRecord> type) {
        return read(records -> records.count(type));
    }

    @Override
    public Page<Meeting> searchMeetings(MeetingQuery query) {
        return read(records -> records.searchMeetings(query));
    }

    @Override
    public List<PeriodCount> countMeetings(ConfederationCode confederation, LocalDate from, LocalDate to, Period period) {
        return read(records -> records.countMeetings(confederation, from, to, period));
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        return read(records -> records.existing(keys));
    }

    @Override
    public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
        return read(records -> records.referring(type, target));
    }

    @Override
    public Optional<RecordKey> mergedInto(RecordKey key) {
        return read(records -> records.mergedInto(key));
    }

    @Override
    public String toString() {
        return "StoreView[" + seen + "]";
    }

    private <T> T read(Function<StoredRecords, T> work) {
        connections.requireOpen();
        return connections.read(handle -> work.apply(new StoredRecords(handle, encoding, seen)));
    }
}
