package org.confed.domain.port;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.confed.domain.model.RecordKey;

/** The append-only log of every change written. Entries are never altered or removed. */
public interface ChangeLog {

    /**
     * A page of the log.
     *
     * @param afterSequence the sequence of the last entry already read; 0 to read from the first
     * @param limit         the most entries to return
     * @return the entries after {@code afterSequence}, oldest first, at most {@code limit}
     * @throws StoreUnavailableException when the store cannot be read
     */
    List<ChangeEntry> changes(long afterSequence, int limit);

    /**
     * The history of one record.
     *
     * @param key the record's key
     * @return every entry about it, oldest first
     * @throws StoreUnavailableException when the store cannot be read
     */
    List<ChangeEntry> changesOf(RecordKey key);

    /**
     * A page of the log, newest first, filtered. This default reads the whole log through {@link #changes(long, int)};
     * a store answers from its indexes.
     *
     * @param query the filters, the cursor and the page size
     * @return the entries that pass, newest first, with whether older ones follow
     * @throws StoreUnavailableException when the store cannot be read
     */
    default Page<ChangeEntry> changes(ChangeQuery query) {
        List<ChangeEntry> passing = new ArrayList<>();
        long after = 0;
        for (List<ChangeEntry> chunk = changes(after, 1000); !chunk.isEmpty(); chunk = changes(after, 1000)) {
            chunk.stream().filter(query::admits).forEach(passing::add);
            after = chunk.get(chunk.size() - 1).sequence();
        }
        List<ChangeEntry> newestFirst = new ArrayList<>(passing.subList(Math.max(0, passing.size() - query.limit() - 1),
                passing.size()));
        Collections.reverse(newestFirst);
        return Page.of(newestFirst, query.limit());
    }
}
