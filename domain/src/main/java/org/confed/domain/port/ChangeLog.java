package org.confed.domain.port;

import java.util.List;
import org.confed.domain.model.RecordKey;

/** The append-only log of every change written. Entries are never altered or removed. */
public interface ChangeLog {

    /** Entries after {@code afterSequence} (0: from the first), oldest first, at most {@code limit}. */
    List<ChangeEntry> changes(long afterSequence, int limit);

    /** Every entry about one record, oldest first. */
    List<ChangeEntry> changesOf(RecordKey key);
}
