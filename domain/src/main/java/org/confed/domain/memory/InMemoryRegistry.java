package org.confed.domain.memory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeKind;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.WriteSession;

/**
 * A {@link Registry} held in memory: the reference the store contract tests hold every implementation to,
 * and a registry for programs that keep their facts in memory. Safe for concurrent use (one lock).
 */
public final class InMemoryRegistry implements Registry {
    private final Clock clock;
    private final TreeMap<RecordKey, Versioned<ConfedRecord>> records = new TreeMap<>();
    private final List<ChangeEntry> log = new ArrayList<>();
    private final Map<RecordKey, RecordKey> merges = new HashMap<>();
    private final MemoryView view = new MemoryView(records, Map.of(), merges);
    /** When the last write that changed anything committed: each write's instant comes after it. */
    private Instant lastWrite;

    /** An empty registry whose change log is dated by the system clock, in UTC. */
    public InMemoryRegistry() {
        this(Clock.systemUTC());
    }

    /**
     * An empty registry.
     *
     * @param clock the clock that dates change log entries
     * @throws NullPointerException when {@code clock} is {@code null}
     */
    public InMemoryRegistry(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized <T> T transact(Actor actor, Function<WriteSession, T> work) {
        Objects.requireNonNull(actor, "actor");
        Session session = new Session(actor);
        T result = work.apply(session);
        // the work returned: its writes become the registry's, in the order they were made
        Instant at = clock.instant();
        if (!session.order.isEmpty()) {
            // instants grow with writes, as the stores keep them, even when the clock repeats itself or goes back
            if (lastWrite != null && !at.isAfter(lastWrite)) {
                at = lastWrite.plus(1, ChronoUnit.MICROS);
            }
            lastWrite = at;
        }
        for (Staged staged : session.order) {
            ConfedRecord record = staged.stored().record();
            long version = staged.stored().version();
            if (staged.withdrawn()) {
                records.remove(record.key());
                if (staged.mergedInto() != null) {
                    merges.put(record.key(), staged.mergedInto());
                }
                log.add(new ChangeEntry(log.size() + 1L, at, actor, record.key(), staged.kind(), version, version, record,
                        staged.mergedInto()));
            } else {
                records.put(record.key(), staged.stored());
                log.add(new ChangeEntry(log.size() + 1L, at, actor, record.key(), staged.kind(), staged.replaced(), version,
                        record));
            }
        }
        return result;
    }

    /**
     * {@inheritDoc} The registry replays its log up to the instant.
     */
    @Override
    public synchronized RecordView asRecorded(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        TreeMap<RecordKey, Versioned<ConfedRecord>> then = new TreeMap<>();
        Map<RecordKey, RecordKey> mergesThen = new HashMap<>();
        for (ChangeEntry entry : log) {
            if (entry.at().isAfter(instant)) {
                break;
            }
            switch (entry.kind()) {
                case INSERT, UPDATE -> then.put(entry.key(), new Versioned<>(entry.content(), entry.newVersion()));
                case RETRACT -> then.remove(entry.key());
                case MERGE -> {
                    then.remove(entry.key());
                    mergesThen.put(entry.key(), entry.mergedInto());
                }
            }
        }
        return new MemoryView(then, Map.of(), mergesThen);
    }

    @Override
    public synchronized Optional<RecordKey> mergedInto(RecordKey key) {
        return view.mergedInto(key);
    }

    // RecordView: the registry as it stands

    @Override
    public synchronized <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
        return view.find(type, key);
    }

    @Override
    public synchronized <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit) {
        return view.list(type, after, limit);
    }

    @Override
    public synchronized long count(Class<? extends ConfedRecord> type) {
        return view.count(type);
    }

    @Override
    public synchronized Page<Meeting> searchMeetings(MeetingQuery query) {
        return view.searchMeetings(query);
    }

    @Override
    public synchronized Set<RecordKey> existing(Collection<RecordKey> keys) {
        return view.existing(keys);
    }

    @Override
    public synchronized <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
        return view.referring(type, target);
    }

    // ChangeLog

    @Override
    public synchronized List<ChangeEntry> changes(long afterSequence, int limit) {
        return log.stream().filter(entry -> entry.sequence() > afterSequence).limit(limit).toList();
    }

    @Override
    public synchronized List<ChangeEntry> changesOf(RecordKey key) {
        return log.stream().filter(entry -> entry.key().equals(key)).toList();
    }

    /** One change of a write: a version stored, or the last version withdrawn (by a retraction or a merge). */
    private record Staged(Versioned<ConfedRecord> stored, ChangeKind kind, long replaced, RecordKey mergedInto) {
        boolean withdrawn() {
            return kind == ChangeKind.RETRACT || kind == ChangeKind.MERGE;
        }
    }

    /** A write under way: its records are kept aside, seen by its own reads, until the work returns. */
    private final class Session implements WriteSession {
        private final TreeMap<RecordKey, Versioned<ConfedRecord>> written = new TreeMap<>();
        private final List<Staged> order = new ArrayList<>();
        private final Map<RecordKey, RecordKey> mergedHere = new HashMap<>();
        private final RecordView reads = new MemoryView(records, written, new MergesSoFar(merges, mergedHere));

        Session(Actor actor) {
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public WriteOutcome put(RecordWrite write) {
            ConfedRecord record = write.record();
            Optional<Versioned<ConfedRecord>> before = reads.find(ConfedRecord.class, record.key());
            long version = before.map(Versioned::version).orElse(0L);
            if (write.expectedVersion() != null && write.expectedVersion() != version) {
                throw new VersionConflictException(record.key(), write.expectedVersion(), version);
            }
            if (before.isPresent() && before.get().record().equals(record)) {
                return WriteOutcome.UNCHANGED;
            }
            // a withdrawn record may come back: its versions go on from the last one logged
            long last = before.isPresent() ? version : lastVersion(record.key());
            Versioned<ConfedRecord> stored = new Versioned<>(record, last + 1);
            written.put(record.key(), stored);
            order.add(new Staged(stored, before.isEmpty() ? ChangeKind.INSERT : ChangeKind.UPDATE, version, null));
            return before.isEmpty() ? WriteOutcome.INSERTED : WriteOutcome.UPDATED;
        }

        @Override
        public long retract(RecordKey key) {
            return withdraw(key, ChangeKind.RETRACT, null);
        }

        @Override
        public long merge(RecordKey from, RecordKey into) {
            if (from.equals(into) || from.type() != into.type()) {
                throw new IllegalArgumentException("cannot merge " + from + " into " + into);
            }
            reads.find(ConfedRecord.class, into).orElseThrow(() -> new NoSuchElementException(into + " is not stored"));
            long version = withdraw(from, ChangeKind.MERGE, into);
            mergedHere.put(from, into);
            return version;
        }

        private long withdraw(RecordKey key, ChangeKind kind, RecordKey into) {
            Versioned<ConfedRecord> before = reads.find(ConfedRecord.class, key)
                    .orElseThrow(() -> new NoSuchElementException(key + " is not stored"));
            written.put(key, null);
            order.add(new Staged(before, kind, before.version(), into));
            return before.version();
        }

        private long lastVersion(RecordKey key) {
            for (int i = order.size() - 1; i >= 0; i--) {
                if (order.get(i).stored().record().key().equals(key)) {
                    return order.get(i).stored().version();
                }
            }
            for (int i = log.size() - 1; i >= 0; i--) {
                if (log.get(i).key().equals(key)) {
                    return log.get(i).newVersion();
                }
            }
            return 0;
        }

        @Override
        public Optional<RecordKey> mergedInto(RecordKey key) {
            return reads.mergedInto(key);
        }

        @Override
        public <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
            return reads.find(type, key);
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
            return reads.searchMeetings(query);
        }

        @Override
        public Set<RecordKey> existing(Collection<RecordKey> keys) {
            return reads.existing(keys);
        }

        @Override
        public <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target) {
            return reads.referring(type, target);
        }
    }

    /** The merges stored, then those of a write under way, which win. */
    private static final class MergesSoFar extends AbstractMap<RecordKey, RecordKey> {
        private final Map<RecordKey, RecordKey> stored;
        private final Map<RecordKey, RecordKey> written;

        MergesSoFar(Map<RecordKey, RecordKey> stored, Map<RecordKey, RecordKey> written) {
            this.stored = stored;
            this.written = written;
        }

        @Override
        public boolean containsKey(Object key) {
            return written.containsKey(key) || stored.containsKey(key);
        }

        @Override
        public RecordKey get(Object key) {
            return written.containsKey(key) ? written.get(key) : stored.get(key);
        }

        @Override
        public Set<Entry<RecordKey, RecordKey>> entrySet() {
            Map<RecordKey, RecordKey> both = new HashMap<>(stored);
            both.putAll(written);
            return both.entrySet();
        }
    }
}
