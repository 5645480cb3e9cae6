package org.confed.domain.port;

import java.util.List;
import java.util.Optional;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.rules.RecordLookup;

/** Records by natural key, with versions, written all or nothing. */
public interface RecordRepository extends RecordLookup {

    /** The stored record of {@code type} with {@code key}, if any. */
    <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key);

    /**
     * Records of {@code type} in key order ({@link RecordKey#compareTo}), starting after {@code after}
     * ({@code null}: from the first), at most {@code limit}.
     */
    <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit);

    /** How many records of {@code type} are stored. */
    long count(Class<? extends ConfedRecord> type);

    /**
     * Writes every record of {@code writes} by its key, in one transaction: all are kept, or none.
     * The rules across records ({@link org.confed.domain.rules.Consistency}) are checked against the store
     * as it will be, and every change goes into the change log under {@code actor}.
     * {@code writes} may be iterated more than once.
     *
     * @throws org.confed.domain.rules.RuleViolationException when a rule would break; nothing is written
     * @throws VersionConflictException when a write's expected version is not the stored one; nothing is written
     * @throws StoreUnavailableException when the store cannot be reached or written
     */
    WriteReport write(Iterable<RecordWrite> writes, Actor actor);

    /**
     * Writes one record, as {@link #write}, and returns it with the version now stored (unchanged content keeps
     * its version).
     */
    <R extends ConfedRecord> Versioned<R> put(R record, Long expectedVersion, Actor actor);
}
