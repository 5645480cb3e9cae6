package org.confed.domain.memory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.WriteReport;
import org.confed.domain.query.MemberRoll;
import org.confed.domain.query.PlanHistory;
import org.confed.domain.query.PresidencyHistory;
import org.confed.domain.query.PresidencyTerm;
import org.confed.domain.query.TextFold;
import org.confed.domain.rules.Consistency;
import org.confed.domain.schema.RecordSchemas;

/**
 * A {@link Registry} held in memory: the reference the store contract tests hold every implementation to,
 * and a registry for programs that keep their facts in memory. Safe for concurrent use (one lock).
 */
public final class InMemoryRegistry implements Registry {
    private final Clock clock;
    private final Map<String, TreeMap<RecordKey, Versioned<ConfedRecord>>> byType = new HashMap<>();
    private final List<ChangeEntry> log = new ArrayList<>();

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
    public synchronized <R extends ConfedRecord> Optional<Versioned<R>> find(Class<R> type, RecordKey key) {
        Versioned<ConfedRecord> stored = table(type).get(key);
        return stored == null ? Optional.empty() : Optional.of(new Versioned<>(type.cast(stored.record()), stored.version()));
    }

    @Override
    public synchronized <R extends ConfedRecord> List<Versioned<R>> list(Class<R> type, RecordKey after, int limit) {
        TreeMap<RecordKey, Versioned<ConfedRecord>> table = table(type);
        Collection<Versioned<ConfedRecord>> from = after == null ? table.values() : table.tailMap(after, false).values();
        return from.stream().limit(limit).map(stored -> new Versioned<>(type.cast(stored.record()), stored.version())).toList();
    }

    @Override
    public synchronized long count(Class<? extends ConfedRecord> type) {
        return table(type).size();
    }

    @Override
    public synchronized WriteReport write(Iterable<RecordWrite> writes, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Map<RecordKey, RecordWrite> batch = new LinkedHashMap<>();
        List<ConfedRecord> records = new ArrayList<>();
        for (RecordWrite write : writes) {
            records.add(write.record());
            batch.putIfAbsent(write.record().key(), write);
            if (write.expectedVersion() != null) {
                long actual = stored(write.record().key()).map(Versioned::version).orElse(0L);
                if (actual != write.expectedVersion()) {
                    throw new VersionConflictException(write.record().key(), write.expectedVersion(), actual);
                }
            }
        }
        Consistency.require(records, this);
        WriteReport report = new WriteReport();
        for (RecordWrite write : batch.values()) {
            report.record(write.record().key().type(), apply(write.record(), actor));
        }
        return report;
    }

    @Override
    public synchronized <R extends ConfedRecord> Versioned<R> put(R record, Long expectedVersion, Actor actor) {
        write(List.of(new RecordWrite(record, expectedVersion)), actor);
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) record.getClass();
        return find(type, record.key()).orElseThrow();
    }

    private WriteOutcome apply(ConfedRecord record, Actor actor) {
        TreeMap<RecordKey, Versioned<ConfedRecord>> table = table(record.getClass());
        Versioned<ConfedRecord> before = table.get(record.key());
        if (before != null && before.record().equals(record)) {
            return WriteOutcome.UNCHANGED;
        }
        long oldVersion = before == null ? 0 : before.version();
        table.put(record.key(), new Versioned<>(record, oldVersion + 1));
        log.add(new ChangeEntry(log.size() + 1L, clock.instant(), actor, record.key(), oldVersion, oldVersion + 1, record));
        return before == null ? WriteOutcome.INSERTED : WriteOutcome.UPDATED;
    }

    // RecordLookup

    @Override
    public synchronized Set<RecordKey> existing(Collection<RecordKey> keys) {
        Set<RecordKey> found = new HashSet<>();
        for (RecordKey key : keys) {
            if (stored(key).isPresent()) {
                found.add(key);
            }
        }
        return found;
    }

    @Override
    public synchronized Optional<Confederation> confederation(ConfederationCode code) {
        return record(Confederation.class, RecordKey.of("confederation", code));
    }

    @Override
    public synchronized List<Membership> memberships(ConfederationCode confederation) {
        return all(Membership.class).filter(membership -> membership.confederation().equals(confederation)).toList();
    }

    @Override
    public synchronized List<RotatingPresidency> presidencies(ConfederationCode confederation) {
        return all(RotatingPresidency.class).filter(term -> term.confederation().equals(confederation)).toList();
    }

    @Override
    public synchronized Optional<ActionPlan> plan(PlanId plan) {
        return record(ActionPlan.class, RecordKey.of("action_plan", plan));
    }

    @Override
    public synchronized List<PlanEvent> planEvents(PlanId plan) {
        return all(PlanEvent.class).filter(event -> event.plan().equals(plan)).toList();
    }

    // AsOfQueries

    @Override
    public synchronized List<Membership> membersOn(ConfederationCode confederation, LocalDate day) {
        return MemberRoll.membersOn(memberships(confederation), day);
    }

    @Override
    public synchronized Optional<PresidencyTerm> presidencyOn(ConfederationCode confederation, LocalDate day) {
        return history(confederation).on(day);
    }

    @Override
    public synchronized List<PresidencyTerm> presidencyTerms(ConfederationCode confederation) {
        return history(confederation).terms();
    }

    @Override
    public synchronized List<OfficeTerm> officeHoldersOn(String office, StateCode state, LocalDate day) {
        return MemberRoll.holdersOn(all(OfficeTerm.class).toList(), office, state, day);
    }

    @Override
    public synchronized Optional<PlanEvent> planStatusOn(PlanId plan, LocalDate day) {
        return PlanHistory.of(planEvents(plan)).statusOn(day);
    }

    @Override
    public synchronized List<OfficeTerm> officeTermsOf(PersonId person) {
        return all(OfficeTerm.class).filter(term -> term.person().equals(person))
                .sorted(Comparator.comparing(OfficeTerm::start).thenComparing(OfficeTerm::office)).toList();
    }

    @Override
    public synchronized List<RotatingPresidency> presidenciesHeldBy(PersonId person) {
        return all(RotatingPresidency.class).filter(term -> person.equals(term.holder()))
                .sorted(Comparator.comparing(RotatingPresidency::start).thenComparing(RotatingPresidency::confederation))
                .toList();
    }

    // MeetingSearch

    @Override
    public synchronized Page<Meeting> searchMeetings(MeetingQuery query) {
        List<String> words = TextFold.words(query.text());
        Predicate<Meeting> matches = meeting -> (query.confederation() == null || query.confederation().equals(meeting.confederation()))
                && (query.from() == null || !meeting.date().lastDay().isBefore(query.from()))
                && (query.to() == null || !meeting.date().firstDay().isAfter(query.to()))
                && (query.person() == null || meeting.attendedBy(query.person()))
                && (query.kind() == null || query.kind() == meeting.kind())
                && (words.isEmpty() || TextFold.matches(searchText(meeting), words))
                && (query.after() == null || isAfter(meeting, query));
        List<Meeting> found = all(Meeting.class).filter(matches)
                .sorted(Comparator.comparing((Meeting meeting) -> meeting.date().firstDay()).thenComparing(Meeting::id))
                .limit(query.limit() + 1L).toList();
        return Page.of(found, query.limit());
    }

    private static boolean isAfter(Meeting meeting, MeetingQuery query) {
        int byDate = meeting.date().firstDay().compareTo(query.afterDate());
        return byDate > 0 || byDate == 0 && meeting.id().compareTo(query.after()) > 0;
    }

    private String searchText(Meeting meeting) {
        StringBuilder text = new StringBuilder();
        Stream.of(meeting.title(), meeting.place()).filter(Objects::nonNull).forEach(part -> text.append(part).append('\n'));
        meeting.topics().forEach(topic -> text.append(topic).append('\n'));
        for (Participant participant : meeting.participants()) {
            record(Person.class, RecordKey.of("person", participant.person()))
                    .ifPresent(person -> text.append(person.name()).append('\n'));
        }
        return TextFold.fold(text.toString());
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

    // helpers

    private PresidencyHistory history(ConfederationCode confederation) {
        return PresidencyHistory.of(confederation(confederation).map(Confederation::presidencyTerm), presidencies(confederation));
    }

    private TreeMap<RecordKey, Versioned<ConfedRecord>> table(Class<?> type) {
        @SuppressWarnings("unchecked")
        String name = RecordSchemas.of((Class<? extends ConfedRecord>) type).name();
        return byType.computeIfAbsent(name, n -> new TreeMap<>());
    }

    private Optional<Versioned<ConfedRecord>> stored(RecordKey key) {
        TreeMap<RecordKey, Versioned<ConfedRecord>> table = byType.get(key.type());
        return table == null ? Optional.empty() : Optional.ofNullable(table.get(key));
    }

    private <R extends ConfedRecord> Optional<R> record(Class<R> type, RecordKey key) {
        return find(type, key).map(Versioned::record);
    }

    private <R extends ConfedRecord> Stream<R> all(Class<R> type) {
        return table(type).values().stream().map(stored -> type.cast(stored.record()));
    }
}
