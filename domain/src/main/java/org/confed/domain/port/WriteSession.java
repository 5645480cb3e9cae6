package org.confed.domain.port;

import java.util.List;

/**
 * One write under way: it reads the registry with its own writes included, and writes records without checking the
 * rules across records. Whoever writes checks them ({@link org.confed.domain.rules.Consistency}) before a write
 * commits; {@link Registry#write} does so for a batch.
 */
public interface WriteSession extends RecordView {

    /**
     * Writes one record: inserted when its key is new, updated when its content differs from the stored one, left
     * unchanged otherwise.
     *
     * @param write the record and the version it must replace, if any
     * @return what the write did
     * @throws VersionConflictException  when the write names a version that is not the stored one (0: none stored)
     * @throws StoreUnavailableException when the store cannot be written
     */
    WriteOutcome put(RecordWrite write);

    /**
     * Writes records in order, as {@link #put} does each one. A store may batch them.
     *
     * @param writes the records
     * @return what each write did, in order
     * @throws VersionConflictException  when a write names a version that is not the stored one
     * @throws StoreUnavailableException when the store cannot be written
     */
    default List<WriteOutcome> putAll(List<RecordWrite> writes) {
        return writes.stream().map(this::put).toList();
    }
}
