package org.confed.domain.port;

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
}
