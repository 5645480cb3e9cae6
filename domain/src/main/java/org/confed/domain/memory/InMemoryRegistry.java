package org.confed.domain.memory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
    private final MemoryView view = new MemoryView(records, Map.of());
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
            records.put(staged.stored().record().key(), staged.stored());
            log.add(new ChangeEntry(log.size() + 1L, at, actor, staged.stored().record().key(), staged.kind(),
                    staged.stored().version() - 1, staged.stored().version(), staged.stored().record()));
        }
        return result;
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

    private record Staged(Versioned<ConfedRecord> stored, ChangeKind kind) {
    }

    /** A write under way: its records are kept aside, seen by its own reads, until the work returns. */
    private final class Session implements WriteSession {
        private final TreeMap<RecordKey, Versioned<ConfedRecord>> written = new TreeMap<>();
        private final List<Staged> order = new ArrayList<>();
        private final RecordView reads = new MemoryView(records, written);

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
            Versioned<ConfedRecord> stored = new Versioned<>(record, version + 1);
            written.put(record.key(), stored);
            order.add(new Staged(stored, before.isEmpty() ? ChangeKind.INSERT : ChangeKind.UPDATE));
            return before.isEmpty() ? WriteOutcome.INSERTED : WriteOutcome.UPDATED;
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
}
