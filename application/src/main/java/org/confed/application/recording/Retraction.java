package org.confed.application.recording;

import java.util.List;
import java.util.Objects;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.Registry;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.Versioned;

/**
 * Withdrawing wrong records: each goes only when nothing else still refers to it, and the log keeps it, so the registry
 * as recorded before still holds it. A batch is one write: all go, or none.
 */
public final class Retraction {
    private final Registry registry;

    /**
     * Withdraws from a registry.
     *
     * @param registry where the records are
     */
    public Retraction(Registry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Withdraws one record.
     *
     * @param key             the record
     * @param expectedVersion the version it must have, or {@code null} for whatever is stored
     * @param actor           who withdraws it
     * @return the version withdrawn
     * @throws NoSuchRecordException    when no such record is stored
     * @throws VersionConflictException when {@code expectedVersion} is not the stored version
     * @throws StillReferredException   when other records refer to it
     */
    public long retract(RecordKey key, Long expectedVersion, Actor actor) {
        return retractAll(List.of(key), expectedVersion, actor).get(0);
    }

    /**
     * Withdraws records in one write. Records of the batch may refer to each other: a meeting and the source only it
     * cites go together.
     *
     * @param keys            the records, none twice
     * @param expectedVersion the version each must have, or {@code null} for whatever is stored
     * @param actor           who withdraws them
     * @return the version withdrawn of each, in order
     * @throws NoSuchRecordException    naming the first record not stored
     * @throws VersionConflictException when {@code expectedVersion} is not the stored version of one
     * @throws StillReferredException   naming the first record something outside the batch refers to
     */
    public List<Long> retractAll(List<RecordKey> keys, Long expectedVersion, Actor actor) {
        List<RecordKey> batch = List.copyOf(keys);
        return registry.transact(actor, session -> {
            for (RecordKey key : batch) {
                Versioned<ConfedRecord> stored = session.find(ConfedRecord.class, key)
                        .orElseThrow(() -> new NoSuchRecordException(key));
                if (expectedVersion != null && stored.version() != expectedVersion) {
                    throw new VersionConflictException(key, expectedVersion, stored.version());
                }
                List<RecordKey> referrers = session.referring(ConfedRecord.class, key).stream().map(ConfedRecord::key)
                        .filter(referrer -> !batch.contains(referrer)).sorted().toList();
                if (!referrers.isEmpty()) {
                    throw new StillReferredException(key, referrers);
                }
            }
            return batch.stream().map(session::retract).toList();
        });
    }
}
