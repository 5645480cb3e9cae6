package org.confed.domain.port;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.rules.Consistency;

/**
 * Everything a store offers: its records read as they stand, writes one at a time, and the change log.
 *
 * <p>A store implements {@link #transact}; {@link #write} and {@link #put} check the rules across records
 * ({@link Consistency}) inside it, against the store as the write sees it, so two writers cannot together break a rule
 * that each alone respects.
 */
public interface Registry extends RecordView, ChangeLog {

    /**
     * Runs one write: all of it is committed when {@code work} returns, none of it when it throws. Writes take turns,
     * so {@code work} sees no other writer's change while it runs.
     *
     * @param <T>   what the work returns
     * @param actor who writes, as the change log records it
     * @param work  the reads and writes to make
     * @return what {@code work} returned
     * @throws StoreUnavailableException when the store cannot be written; also every exception {@code work} throws,
     *                                   after the write is undone
     */
    <T> T transact(Actor actor, Function<WriteSession, T> work);

    /**
     * The registry as it stood at an instant: the records committed by then, as they were then, including those
     * since changed, retracted or merged. Its answers never change, whatever is written later. An optional
     * operation: both stores of this project keep their history.
     *
     * @param instant the instant; before the first write, the registry was empty
     * @return a view of the registry as recorded at {@code instant}
     * @throws UnsupportedOperationException when this registry keeps no history it can read back
     * @throws StoreUnavailableException     when the store cannot be read
     */
    default RecordView asRecorded(Instant instant) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no history it can read back");
    }

    /**
     * Writes a batch, all or nothing, after checking every rule across records against the store with the batch in it.
     * A record given twice with the same content is written once.
     *
     * @param writes the records, each with the version it must replace, if any
     * @param actor  who writes
     * @return how many records of each type were inserted, updated and left unchanged
     * @throws VersionConflictException  when a write names a version that is not the stored one
     * @throws org.confed.domain.rules.RuleViolationException naming every broken rule; nothing is written
     * @throws StoreUnavailableException when the store cannot be written
     */
    default WriteReport write(Iterable<RecordWrite> writes, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        List<RecordWrite> batch = new ArrayList<>();
        writes.forEach(write -> batch.add(Objects.requireNonNull(write, "write")));
        return transact(actor, session -> checkedWrite(session, batch));
    }

    /**
     * Writes one record, checked as {@link #write} checks a batch.
     *
     * @param <R>             the record type
     * @param record          the record
     * @param expectedVersion the version it must replace (0: it must be new), or {@code null} to write whatever is
     *                        stored
     * @param actor           who writes
     * @return the record with the version now stored, and whether it was inserted, updated or left unchanged
     * @throws VersionConflictException  when {@code expectedVersion} is not the stored version
     * @throws org.confed.domain.rules.RuleViolationException naming every broken rule; nothing is written
     * @throws StoreUnavailableException when the store cannot be written
     */
    default <R extends ConfedRecord> Written<R> put(R record, Long expectedVersion, Actor actor) {
        Objects.requireNonNull(record, "record");
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) record.getClass();
        return transact(actor, session -> {
            WriteReport report = checkedWrite(session, List.of(new RecordWrite(record, expectedVersion)));
            WriteOutcome outcome = report.count(type, WriteOutcome.INSERTED) > 0 ? WriteOutcome.INSERTED
                    : report.count(type, WriteOutcome.UPDATED) > 0 ? WriteOutcome.UPDATED : WriteOutcome.UNCHANGED;
            return new Written<>(session.find(type, record.key()).orElseThrow(), outcome);
        });
    }

    /**
     * The write of {@link #write}, inside a session: versions first, then the rules, then the records.
     *
     * @param session the write under way
     * @param batch   the records to write
     * @return what was written
     */
    private static WriteReport checkedWrite(WriteSession session, List<RecordWrite> batch) {
        for (RecordWrite write : batch) {
            if (write.expectedVersion() != null) {
                long stored = session.find(write.record().getClass(), write.record().key()).map(Versioned::version).orElse(0L);
                if (stored != write.expectedVersion()) {
                    throw new VersionConflictException(write.record().key(), write.expectedVersion(), stored);
                }
            }
        }
        Consistency.require(batch.stream().map(RecordWrite::record).toList(), session);
        Map<RecordKey, RecordWrite> once = new LinkedHashMap<>();
        batch.forEach(write -> once.putIfAbsent(write.record().key(), write));
        List<RecordWrite> distinct = List.copyOf(once.values());
        List<WriteOutcome> outcomes = session.putAll(distinct);
        WriteReport report = new WriteReport();
        for (int i = 0; i < distinct.size(); i++) {
            report.record(distinct.get(i).record().key().type(), outcomes.get(i));
        }
        return report;
    }
}
