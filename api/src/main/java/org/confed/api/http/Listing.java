package org.confed.api.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.RecordRepository;
import org.confed.domain.port.Versioned;

/** Walks a record type in key order, a batch at a time, for pages, filters and whole-registry answers. */
final class Listing {
    private static final int BATCH = 500;

    private Listing() {
    }

    /**
     * One page of the records of {@code type} after {@code after} that {@code keep} accepts.
     *
     * @return up to {@code limit + 1} records: one more than the page when more follow
     */
    static <R extends ConfedRecord> List<Versioned<R>> page(RecordRepository records, Class<R> type, RecordKey after,
                                                           int limit, Predicate<R> keep) {
        List<Versioned<R>> found = new ArrayList<>(Math.min(limit + 1, BATCH));
        RecordKey from = after;
        while (found.size() <= limit) {
            List<Versioned<R>> batch = records.list(type, from, BATCH);
            for (Versioned<R> stored : batch) {
                if (keep.test(stored.record()) && found.size() <= limit) {
                    found.add(stored);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            from = batch.get(batch.size() - 1).record().key();
        }
        return found;
    }

    /** Every record of {@code type}, in key order. */
    static <R extends ConfedRecord> List<R> all(RecordRepository records, Class<R> type) {
        List<R> all = new ArrayList<>();
        RecordKey from = null;
        while (true) {
            List<Versioned<R>> batch = records.list(type, from, BATCH);
            batch.forEach(stored -> all.add(stored.record()));
            if (batch.size() < BATCH) {
                return all;
            }
            from = batch.get(batch.size() - 1).record().key();
        }
    }
}
