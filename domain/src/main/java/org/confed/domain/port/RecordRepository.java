package org.confed.domain.port;

import java.util.List;
import java.util.Optional;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.rules.RecordLookup;

/** Records by natural key, with versions, written all or nothing. */
public interface RecordRepository extends RecordLookup {

    /**
     * A stored record by its key.
     *
     * @param type the record class
     * @param key  the key
     * @param <R>  the record class
     * @return the record with its version, or empty
     * @throws StoreUnavailableException when the store cannot be read
     */
    <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key);

    /**
     * A page of the records of one type, in key order ({@link RecordKey#compareTo}).
     *
     * @param type  the record class
     * @param after the key of the last record already read; {@code null} to read from the first
     * @param limit the most records to return
     * @param <R>   the record class
     * @return the records after {@code after}, with their versions, at most {@code limit}
     * @throws StoreUnavailableException when the store cannot be read
     */
    <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit);

    /**
     * How many records of one type are stored.
     *
     * @param type the record class
     * @return the count
     * @throws StoreUnavailableException when the store cannot be read
     */
    long count(Class<? extends ConfedRecord> type);

    /**
     * Writes every record of {@code writes} by its key, in one transaction: all are kept, or none.
     * The rules across records ({@link org.confed.domain.rules.Consistency}) are checked against the store
     * as it will be, and every change goes into the change log under {@code actor}.
     * {@code writes} may be iterated more than once.
     *
     * @param writes the records to write, with the versions they are based on
     * @param actor  who writes, for the change log
     * @return how many records of each type were inserted, updated and left unchanged
     * @throws org.confed.domain.rules.RuleViolationException when a rule would break; nothing is written
     * @throws VersionConflictException when a write's expected version is not the stored one; nothing is written
     * @throws StoreUnavailableException when the store cannot be reached or written
     */
    WriteReport write(Iterable<RecordWrite> writes, Actor actor);

    /**
     * Writes one record, as {@link #write}, and returns it with the version now stored (unchanged content keeps
     * its version).
     *
     * @param record          the record
     * @param expectedVersion the version the change is based on, as in {@link RecordWrite#expectedVersion()}
     * @param actor           who writes
     * @param <R>             the record class
     * @return the record with its stored version
     * @throws org.confed.domain.rules.RuleViolationException when a rule would break; nothing is written
     * @throws VersionConflictException when {@code expectedVersion} is not the stored one; nothing is written
     * @throws StoreUnavailableException when the store cannot be reached or written
     */
    <R extends ConfedRecord> Versioned<R> put(R record, Long expectedVersion, Actor actor);
}
