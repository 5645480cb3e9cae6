package org.confed.persistence.sql;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.WriteReport;
import org.confed.domain.rules.Consistency;
import org.confed.domain.rules.RuleViolationException;
import org.confed.domain.rules.Violation;
import org.confed.domain.rules.ViolationKind;
import org.confed.persistence.text.NaturalKey;
import org.confed.persistence.text.RecordText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Writes one call's records, a chunk at a time, inside the caller's transaction. Per chunk it
 * <ol>
 *   <li>locks the rows the rules read across records: the confederations of memberships, terms and plans, and the
 *       plans of plan events, so that two writers cannot each add a term that overlaps the other's;</li>
 *   <li>locks and reads the stored rows of the chunk's keys ({@code SELECT ... FOR UPDATE}, in key order);</li>
 *   <li>checks expected versions, then the rules ({@link Consistency}) against the store as the transaction sees it,
 *       which includes the chunks written before;</li>
 *   <li>updates changed rows (only if their version is still the one read: compare and set) and replaces their
 *       lists, inserts new ones, and appends the change log, all as batches.</li>
 * </ol>
 * Nothing of a chunk is kept after it is written, so memory does not grow with the length of the stream.
 */
public final class RecordWriter {
    private final Handle handle;
    private final Tables tables;
    private final Actor actor;
    private final OffsetDateTime at;
    private final long writeId;
    private final RecordDao records;
    private final ChangeLog.Dao changeLog;
    private final TransactionLookup lookup;
    private final WriteReport report = new WriteReport();
    private long lastVersion;

    /**
     * @param handle  the open transaction
     * @param tables  the tables
     * @param actor   who writes
     * @param at      when, for the change log
     * @param writeId a random id of this write call, stored with each row it changes
     */
    public RecordWriter(Handle handle, Tables tables, Actor actor, OffsetDateTime at, long writeId) {
        this.handle = handle;
        this.tables = tables;
        this.actor = actor;
        this.at = at;
        this.writeId = writeId;
        this.records = handle.attach(RecordDao.class);
        this.changeLog = handle.attach(ChangeLog.Dao.class);
        this.lookup = new TransactionLookup(handle, tables);
    }

    /** What was written so far. */
    public WriteReport report() {
        return report;
    }

    /** The version now stored for the last record written (for {@code put}). */
    public long lastVersion() {
        return lastVersion;
    }

    /** One record of the chunk: the first write of its key, and what is known of it. */
    private static final class Pending {
        final RecordWrite write;
        final RecordTable<?, ?> table;
        final NaturalKey key;
        final String text;
        final byte[] hash;
        StoredState stored;
        WriteOutcome outcome;
        boolean repeated;

        Pending(RecordWrite write, RecordTable<?, ?> table) {
            this.write = write;
            this.table = table;
            this.key = NaturalKey.of(write.record().key());
            this.text = RecordText.write(write.record());
            this.hash = RecordText.contentHash(text);
        }

        long storedVersion() {
            return stored == null ? 0 : stored.version();
        }
    }

    /**
     * Writes one chunk.
     *
     * @throws VersionConflictException when a write's expected version is not the stored one
     * @throws RuleViolationException   when a rule would break
     * @throws ConcurrentInsertException when another transaction inserted one of the new keys first
     */
    public void write(List<RecordWrite> chunk) {
        Map<RecordKey, Pending> pending = new LinkedHashMap<>();
        List<ConfedRecord> incoming = new ArrayList<>(chunk.size());
        for (RecordWrite write : chunk) {
            ConfedRecord record = write.record();
            incoming.add(record);
            pending.computeIfAbsent(record.key(), key -> new Pending(write, tables.of(record.getClass())));
        }
        lockWhatTheRulesRead(incoming);
        readStored(pending);
        checkVersions(chunk, pending);
        List<Violation> violations = new ArrayList<>(repeatedKeys(pending));
        violations.addAll(Consistency.check(incoming, lookup));
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        apply(pending);
    }

    private void lockWhatTheRulesRead(List<ConfedRecord> incoming) {
        TreeSet<NaturalKey> confederations = new TreeSet<>();
        TreeSet<NaturalKey> plans = new TreeSet<>();
        for (ConfedRecord record : incoming) {
            if (record instanceof Membership membership) {
                confederations.add(NaturalKey.of(RecordKey.of("confederation", membership.confederation())));
            } else if (record instanceof RotatingPresidency term) {
                confederations.add(NaturalKey.of(RecordKey.of("confederation", term.confederation())));
            } else if (record instanceof ActionPlan plan) {
                confederations.add(NaturalKey.of(RecordKey.of("confederation", plan.confederation())));
            } else if (record instanceof PlanEvent event) {
                plans.add(NaturalKey.of(RecordKey.of("action_plan", event.plan())));
            }
        }
        lock(tables.confederations().name(), confederations);
        lock(tables.actionPlans().name(), plans);
    }

    private void lock(String table, TreeSet<NaturalKey> keys) {
        List<byte[]> bytes = new ArrayList<>(keys.size());
        keys.forEach(key -> bytes.add(key.bytes()));
        for (List<byte[]> part : TransactionLookup.parts(bytes)) {
            records.lock(table, part);
        }
    }

    private void readStored(Map<RecordKey, Pending> pending) {
        for (RecordTable<?, ?> table : tables.all()) {
            Map<NaturalKey, Pending> ofTable = new HashMap<>();
            TreeSet<NaturalKey> keys = new TreeSet<>();
            for (Pending item : pending.values()) {
                if (item.table == table) {
                    ofTable.put(item.key, item);
                    keys.add(item.key);
                }
            }
            if (keys.isEmpty()) {
                continue;
            }
            List<byte[]> bytes = new ArrayList<>(keys.size());
            keys.forEach(key -> bytes.add(key.bytes()));
            for (List<byte[]> part : TransactionLookup.parts(bytes)) {
                for (StoredState stored : records.lockStates(table.name(), part)) {
                    ofTable.get(NaturalKey.fromBytes(stored.naturalKey())).stored = stored;
                }
            }
        }
    }

    private static void checkVersions(List<RecordWrite> chunk, Map<RecordKey, Pending> pending) {
        for (RecordWrite write : chunk) {
            Long expected = write.expectedVersion();
            long actual = pending.get(write.record().key()).storedVersion();
            if (expected != null && expected != actual) {
                throw new VersionConflictException(write.record().key(), expected, actual);
            }
        }
    }

    /** Keys this call already wrote in an earlier chunk: the same content again is nothing, other content is refused. */
    private List<Violation> repeatedKeys(Map<RecordKey, Pending> pending) {
        List<Violation> violations = new ArrayList<>();
        for (Pending item : pending.values()) {
            if (item.stored == null || item.stored.lastWrite() != writeId) {
                continue;
            }
            if (Arrays.equals(item.stored.contentHash(), item.hash)) {
                item.repeated = true;
            } else {
                RecordKey key = item.write.record().key();
                violations.add(new Violation(key, key.type(), ViolationKind.DUPLICATE_KEY,
                        "two different records with the key " + String.join("/", key.parts()) + " in one batch"));
            }
        }
        return violations;
    }

    private void apply(Map<RecordKey, Pending> pending) {
        Map<RecordTable<?, ?>, List<Pending>> inserted = new LinkedHashMap<>();
        Map<RecordTable<?, ?>, List<Pending>> updated = new LinkedHashMap<>();
        List<ChangeLog.Row> changes = new ArrayList<>();
        for (Pending item : pending.values()) {
            if (item.repeated) {
                lastVersion = item.storedVersion();
                continue;
            }
            if (item.stored == null) {
                item.outcome = WriteOutcome.INSERTED;
                inserted.computeIfAbsent(item.table, table -> new ArrayList<>()).add(item);
            } else if (Arrays.equals(item.stored.contentHash(), item.hash)) {
                item.outcome = WriteOutcome.UNCHANGED;
            } else {
                item.outcome = WriteOutcome.UPDATED;
                updated.computeIfAbsent(item.table, table -> new ArrayList<>()).add(item);
            }
            long version = item.outcome == WriteOutcome.UNCHANGED ? item.storedVersion() : item.storedVersion() + 1;
            if (item.outcome != WriteOutcome.UNCHANGED) {
                changes.add(ChangeLog.row(at, actor, item.write.record().key(), item.text, item.key, item.storedVersion(), version));
            }
            lastVersion = version;
        }
        for (RecordTable<?, ?> table : tables.all()) {
            List<Pending> updates = updated.get(table);
            if (updates != null) {
                update(table, updates);
            }
            List<Pending> inserts = inserted.get(table);
            if (inserts != null) {
                insert(table, inserts);
            }
        }
        if (!changes.isEmpty()) {
            changeLog.append(changes);
        }
        for (Pending item : pending.values()) {
            if (!item.repeated) {
                report.record(item.table.name(), item.outcome);
            }
        }
    }

    private <R extends ConfedRecord> List<Stamped<R>> stamped(RecordTable<R, ?> table, List<Pending> items) {
        List<Stamped<R>> stamped = new ArrayList<>(items.size());
        for (Pending item : items) {
            Stamp stamp = new Stamp(item.key, item.storedVersion() + 1, item.hash, writeId);
            stamped.add(new Stamped<>(table.type().cast(item.write.record()), stamp));
        }
        return stamped;
    }

    private <R extends ConfedRecord> void update(RecordTable<R, ?> table, List<Pending> items) {
        boolean[] replaced = table.update(handle, stamped(table, items));
        for (int i = 0; i < replaced.length; i++) {
            if (!replaced[i]) {
                // the row was locked when its version was read, so this is a broken lock, never a lost update
                Pending item = items.get(i);
                throw new IllegalStateException(item.write.record().key() + " changed from version " + item.storedVersion()
                        + " while it was locked");
            }
        }
    }

    private <R extends ConfedRecord> void insert(RecordTable<R, ?> table, List<Pending> items) {
        try {
            table.insert(handle, stamped(table, items));
        } catch (JdbiException e) {
            if (isUniqueViolation(e)) {
                List<RecordWrite> attempted = new ArrayList<>(items.size());
                items.forEach(item -> attempted.add(item.write));
                throw new ConcurrentInsertException(attempted, e);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && "23505".equals(sql.getNextException().getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
