package org.confed.domain.port;

import java.util.List;
import org.confed.domain.model.RecordKey;

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

    /**
     * Withdraws a record: it is absent from then on, while the log keeps its last version, so the registry as
     * recorded earlier ({@link Registry#asRecorded}) still holds it. It may be written again later. The session does
     * not check what refers to it: whoever retracts does. An optional operation: both stores of this project do it.
     *
     * @param key the record
     * @return the version withdrawn
     * @throws java.util.NoSuchElementException when no such record is stored
     * @throws UnsupportedOperationException     when the store cannot withdraw records
     * @throws StoreUnavailableException         when the store cannot be written
     */
    default long retract(RecordKey key) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot withdraw records");
    }

    /**
     * Withdraws a record as one merged into another of its type: as {@link #retract}, and from then on
     * {@link RecordView#mergedInto} of its key answers {@code into}. The session moves no reference: whoever merges
     * does. An optional operation: both stores of this project do it.
     *
     * @param from the record merged, which goes
     * @param into the record that stays and stands for it
     * @return the version of {@code from} withdrawn
     * @throws java.util.NoSuchElementException when either record is not stored
     * @throws IllegalArgumentException          when the two are one record, or of two types
     * @throws UnsupportedOperationException     when the store cannot merge records
     * @throws StoreUnavailableException         when the store cannot be written
     */
    default long merge(RecordKey from, RecordKey into) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot merge records");
    }
}
