package org.confed.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.ChangeKind;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.WriteSession;
import org.confed.persistence.VersionStatements.NewTerm;
import org.confed.persistence.VersionStatements.NewVersion;
import org.confed.persistence.VersionStatements.StoredVersion;
import org.jdbi.v3.core.Handle;

/**
 * One write under way, inside its transaction and the store's write turn: reads see its own writes (they run on its
 * handle), and each {@link #putAll} chunk is one query for the live versions of its keys, then batches of new versions,
 * retirements and terms. It keeps nothing of a chunk once written, so a long write needs no more memory than a chunk.
 * It checks versions, never the rules across records: whoever writes does ({@link org.confed.domain.rules.Consistency}).
 */
final class StoreSession implements WriteSession {
    /** Versions in key order within a chunk, so each chunk's index entries land near each other. */
    private static final Comparator<NewVersion> KEY_ORDER = Comparator.comparing(NewVersion::recordType)
            .thenComparing(NewVersion::naturalKey, Arrays::compareUnsigned);

    private final StoredRecords reads;
    private final VersionStatements statements;
    private final RowWriter rows;
    private final TermBuffer terms;
    private final RecordEncoding encoding;
    private final ChangeSet changeSet;
    private final int chunkSize;
    /** For a write into an empty store, the keys it wrote (none other is stored); {@code null} otherwise. */
    private final WrittenKeys written;
    private long nextSeq;
    private boolean changeSetAdded;

    /**
     * The write's place in the log.
     *
     * @param id    its change set, one more than the last
     * @param at    its instant, later than the last write's
     * @param actor who writes
     */
    record ChangeSet(long id, OffsetDateTime at, String actor) {
    }

    /**
     * A session of a write.
     *
     * @param rows       how its rows reach the database
     * @param firstSeq   the first sequence number it writes; 1 when the store holds nothing
     * @param termBytes  what the terms held back may take ({@link TermBuffer})
     */
    StoreSession(Handle handle, RowWriter rows, RecordEncoding encoding, ChangeSet changeSet, long firstSeq, int chunkSize,
                 long termBytes) {
        this(handle, rows, encoding, changeSet, firstSeq, chunkSize, termBytes, firstSeq == 1 ? new WrittenKeys() : null);
    }

    /** With the keys a write into an empty store tracks given ({@code null} for any other write): for tests. */
    StoreSession(Handle handle, RowWriter rows, RecordEncoding encoding, ChangeSet changeSet, long firstSeq, int chunkSize,
                 long termBytes, WrittenKeys written) {
        this.reads = new StoredRecords(handle, encoding);
        this.statements = handle.attach(VersionStatements.class);
        this.rows = rows;
        this.terms = new TermBuffer(rows, termBytes);
        this.written = written;
        this.encoding = encoding;
        this.changeSet = changeSet;
        this.nextSeq = firstSeq;
        this.chunkSize = chunkSize;
    }

    @Override
    public WriteOutcome put(RecordWrite write) {
        return putAll(List.of(write)).get(0);
    }

    @Override
    public List<WriteOutcome> putAll(List<RecordWrite> writes) {
        List<WriteOutcome> outcomes = new ArrayList<>(writes.size());
        for (int from = 0; from < writes.size(); from += chunkSize) {
            outcomes.addAll(putChunk(writes.subList(from, Math.min(writes.size(), from + chunkSize))));
        }
        return outcomes;
    }

    /** What a key holds as the chunk goes: the stored version, then each version this chunk wrote. */
    private record Current(long seq, long version, String content, boolean withdrawn) {
        static Current of(StoredVersion stored) {
            return new Current(stored.seq(), stored.version(), stored.content(), stored.withdrawn());
        }
    }

    private List<WriteOutcome> putChunk(List<RecordWrite> chunk) {
        Set<RecordKey> keys = new LinkedHashSet<>();
        chunk.forEach(write -> keys.add(Objects.requireNonNull(write, "write").record().key()));
        Map<RecordKey, Current> current = new HashMap<>();
        live(keys).forEach((key, stored) -> current.put(key, Current.of(stored)));
        List<WriteOutcome> outcomes = new ArrayList<>(chunk.size());
        List<NewVersion> versions = new ArrayList<>();
        List<Long> retired = new ArrayList<>();
        List<NewTerm> newTerms = new ArrayList<>();
        for (RecordWrite write : chunk) {
            ConfedRecord record = write.record();
            Current before = current.get(record.key());
            // a withdrawn record is absent: it may be written again, its versions going on from the withdrawal's
            long stored = before == null || before.withdrawn() ? 0 : before.version();
            if (write.expectedVersion() != null && write.expectedVersion() != stored) {
                throw new VersionConflictException(record.key(), write.expectedVersion(), stored);
            }
            RecordRow row = RecordRow.of(record, encoding);
            if (stored > 0 && unchanged(before.content(), row.content(), record)) {
                outcomes.add(WriteOutcome.UNCHANGED);
                continue;
            }
            long seq = nextSeq++;
            long version = before == null ? 1 : before.version() + 1;
            ChangeKind kind = stored == 0 ? ChangeKind.INSERT : ChangeKind.UPDATE;
            versions.add(new NewVersion(seq, changeSet.id(), row.type(), row.key().bytes(), version, kind.code(),
                    row.content(), row.sortDay()));
            row.terms().forEach(term -> newTerms.add(new NewTerm(Terms.bytes(term), seq)));
            if (before != null) {
                retired.add(before.seq());
            }
            current.put(record.key(), new Current(seq, version, row.content(), false));
            if (written != null) {
                written.wrote(record.key(), seq);
            }
            outcomes.add(stored == 0 ? WriteOutcome.INSERTED : WriteOutcome.UPDATED);
        }
        if (!versions.isEmpty()) {
            addChangeSetOnce();
            // versions first: a key written twice in the chunk retires a version inserted just before
            versions.sort(KEY_ORDER);
            rows.versions(versions);
            newTerms.forEach(terms::add);
            if (!retired.isEmpty()) {
                statements.retire(retired, changeSet.id());
            }
        }
        return outcomes;
    }

    /**
     * The live versions of {@code keys}, retractions included. A write into an empty store reads only the keys it wrote,
     * by the rows it wrote them in ({@link WrittenKeys}); a row holding another key (their hashes met) sends that key
     * to the query by key.
     */
    private Map<RecordKey, StoredVersion> live(Collection<RecordKey> keys) {
        if (written == null) {
            return reads.live(keys);
        }
        Map<Long, RecordKey> bySeq = new HashMap<>();
        List<RecordKey> byKey = new ArrayList<>();
        for (RecordKey key : keys) {
            long seq = written.lastSeq(key);
            if (seq != 0 && bySeq.putIfAbsent(seq, key) != null && !bySeq.get(seq).equals(key)) {
                byKey.add(key);
            }
        }
        Map<RecordKey, StoredVersion> found = new HashMap<>();
        for (List<Long> part : InLists.parts(new ArrayList<>(bySeq.keySet()))) {
            for (StoredVersion stored : statements.atSeqs(part)) {
                RecordKey key = bySeq.get(stored.seq());
                if (key.typeName().equals(stored.recordType()) && Arrays.equals(NaturalKey.of(key).bytes(), stored.naturalKey())) {
                    found.put(key, stored);
                } else {
                    byKey.add(key);
                }
            }
        }
        if (!byKey.isEmpty()) {
            found.putAll(reads.live(byKey));
        }
        return found;
    }

    /** Inserts the terms held back: before a read that uses them, and before the write commits. */
    void flushTerms() {
        terms.flush();
    }

    /** Drops the terms held back, on disk too: the write is over, committed or undone. */
    void discardTerms() {
        terms.discard();
    }

    @Override
    public long retract(RecordKey key) {
        return withdraw(key, ChangeKind.RETRACT);
    }

    @Override
    public long merge(RecordKey from, RecordKey into) {
        if (from.equals(into) || from.type() != into.type()) {
            throw new IllegalArgumentException("cannot merge " + from + " into " + into);
        }
        find(ConfedRecord.class, into).orElseThrow(() -> new NoSuchElementException(into + " is not stored"));
        long version = withdraw(from, ChangeKind.MERGE);
        statements.addRedirect(from.typeName(), NaturalKey.of(from).bytes(), NaturalKey.of(into).bytes(), changeSet.id());
        return version;
    }

    /** A row of the withdrawing kind, holding the last version's content, retires the last version. */
    private long withdraw(RecordKey key, ChangeKind kind) {
        StoredVersion before = live(List.of(key)).get(key);
        if (before == null || before.withdrawn()) {
            throw new NoSuchElementException(key + " is not stored");
        }
        long seq = nextSeq++;
        addChangeSetOnce();
        rows.versions(List.of(new NewVersion(seq, changeSet.id(), before.recordType(), before.naturalKey(),
                before.version(), kind.code(), before.content(), null)));
        statements.retire(List.of(before.seq()), changeSet.id());
        if (written != null) {
            written.wrote(key, seq);
        }
        return before.version();
    }

    /**
     * Whether the stored content is the record: the same text, or (for an encoding that writes equal records
     * differently, such as a map of names in another order) a text that reads back equal.
     */
    private boolean unchanged(String storedContent, String content, ConfedRecord record) {
        return storedContent.equals(content) || encoding.decode(storedContent).equals(record);
    }

    private void addChangeSetOnce() {
        if (!changeSetAdded) {
            statements.addChangeSet(changeSet.id(), changeSet.at(), changeSet.actor());
            changeSetAdded = true;
        }
    }

    // reads, on the write's own transaction

    @Override
    public <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
        if (written == null) {
            return reads.find(type, key);
        }
        if (!type.isAssignableFrom(Objects.requireNonNull(key, "key").type())) {
            return Optional.empty();
        }
        StoredVersion stored = live(List.of(key)).get(key);
        return stored == null || stored.withdrawn() ? Optional.empty()
                : Optional.of(new Versioned<>(type.cast(encoding.decode(stored.content())), stored.version()));
    }

    @Override
    public <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit) {
        return reads.list(type, after, limit);
    }

    @Override
    public long count(Class<? extends ConfedRecord> type) {
        return reads.count(type);
    }

    @Override
    public Page<Meeting> searchMeetings(MeetingQuery query) {
        flushTerms();
        return reads.searchMeetings(query);
    }

    @Override
    public Set<RecordKey> existing(Collection<RecordKey> keys) {
        if (written == null) {
            return reads.existing(keys);
        }
        Set<RecordKey> found = new LinkedHashSet<>();
        live(keys).forEach((key, stored) -> {
            if (!stored.withdrawn()) {
                found.add(key);
            }
        });
        return found;
    }

    @Override
    public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
        flushTerms();
        return reads.referring(type, target);
    }

    @Override
    public Optional<RecordKey> mergedInto(RecordKey key) {
        return reads.mergedInto(key);
    }
}
