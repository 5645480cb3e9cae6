package org.confed.domain.contract;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.BARMOU;
import static org.confed.domain.fixtures.AesFacts.BFA;
import static org.confed.domain.fixtures.AesFacts.GOITA;
import static org.confed.domain.fixtures.AesFacts.MLI;
import static org.confed.domain.fixtures.AesFacts.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.Membership;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.Actor;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.WriteReport;
import org.confed.domain.port.Written;
import org.confed.domain.rules.RuleViolationException;
import org.confed.domain.rules.ViolationKind;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.References;
import org.junit.jupiter.api.Test;

/** What every {@link org.confed.domain.port.RecordRepository} must do. Subclasses hand over an empty registry. */
public abstract class RecordRepositoryContract {
    protected static final Actor ANALYST = new Actor("analyst");
    private static final Comparator<ConfedRecord> BY_KEY = Comparator.comparing(ConfedRecord::key);

    /** A new, empty registry for each test. */
    protected abstract Registry registry();

    protected static List<RecordWrite> upserts(List<? extends ConfedRecord> records) {
        return records.stream().map(RecordWrite::upsert).toList();
    }

    @Test
    void every_record_type_round_trips_exactly() {
        Registry registry = registry();
        WriteReport report = registry.write(upserts(AesFacts.all()), ANALYST);

        assertEquals(AesFacts.all().size(), report.total(WriteOutcome.INSERTED));
        for (ConfedRecord record : AesFacts.all()) {
            Versioned<? extends ConfedRecord> stored = registry.find(record.getClass(), record.key()).orElseThrow();
            assertEquals(record, stored.record(), "round trip of " + record.key());
            assertEquals(1, stored.version());
        }
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            long expected = AesFacts.all().stream().filter(schema.javaType()::isInstance).count();
            assertEquals(expected, registry.count(schema.javaType()), schema.name());
        }
    }

    @Test
    void writing_the_same_records_again_leaves_every_one_unchanged() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);

        WriteReport again = registry.write(upserts(AesFacts.all()), ANALYST);

        assertEquals(AesFacts.all().size(), again.total(WriteOutcome.UNCHANGED));
        assertEquals(0, again.total(WriteOutcome.INSERTED) + again.total(WriteOutcome.UPDATED));
        assertEquals(1, registry.find(Person.class, RecordKey.of(Person.class, GOITA)).orElseThrow().version());
    }

    @Test
    void a_changed_record_is_updated_in_place_with_the_next_version() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        Person renamed = new Person(GOITA, "Assimi Goïta", "Général d'Armée", List.of(), null);

        WriteReport report = registry.write(List.of(RecordWrite.upsert(renamed)), ANALYST);

        assertEquals(1, report.count(Person.class, WriteOutcome.UPDATED));
        Versioned<Person> stored = registry.find(Person.class, renamed.key()).orElseThrow();
        assertEquals(renamed, stored.record());
        assertEquals(2, stored.version());
        assertEquals(AesFacts.persons().size(), registry.count(Person.class));
    }

    @Test
    void records_are_listed_in_key_order_a_page_at_a_time() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);

        List<Versioned<Meeting>> first = registry.list(Meeting.class, null, 2);
        List<Versioned<Meeting>> rest = registry.list(Meeting.class, first.get(1).record().key(), 2);

        List<RecordKey> expected = AesFacts.meetings().stream().map(Meeting::key).sorted().toList();
        List<RecordKey> seen = new ArrayList<>();
        first.forEach(stored -> seen.add(stored.record().key()));
        rest.forEach(stored -> seen.add(stored.record().key()));
        assertEquals(expected, seen);
        assertEquals(2, first.size());
        assertEquals(1, rest.size());
    }

    @Test
    void composite_keys_are_listed_in_key_order_too() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);

        List<RecordKey> listed = registry.list(Membership.class, null, 10).stream().map(stored -> stored.record().key()).toList();

        assertEquals(AesFacts.memberships().stream().map(Membership::key).sorted().toList(), listed);
    }

    @Test
    void a_batch_that_breaks_a_rule_writes_nothing() {
        Registry registry = registry();
        List<ConfedRecord> records = new ArrayList<>(AesFacts.all());
        records.add(new RotatingPresidency(AES, BFA, null, date("2024-08"), date("2024-12-31"), null, null, List.of(), null));
        records.add(new RotatingPresidency(AES, MLI, null, date("2024-09"), date("2025-02"), null, null, List.of(), null));

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> registry.write(upserts(records), ANALYST));

        assertTrue(refused.violations().stream().anyMatch(violation -> violation.kind() == ViolationKind.OVERLAP));
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            assertEquals(0, registry.count(schema.javaType()), schema.name() + " rows after a refused batch");
        }
        assertTrue(registry.changes(0, 10).isEmpty());
    }

    @Test
    void a_reference_to_nothing_is_refused_naming_the_field() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        Person unknown = new Person(org.confed.domain.model.PersonId.of("nobody"), "Nobody", null,
                AesFacts.cites(org.confed.domain.model.SourceId.of("no-such-source")), null);

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> registry.write(List.of(RecordWrite.upsert(unknown)), ANALYST));

        assertEquals("person.sources", refused.violations().get(0).field());
        assertEquals(ViolationKind.MISSING_REFERENCE, refused.violations().get(0).kind());
        assertTrue(registry.find(Person.class, unknown.key()).isEmpty());
    }

    @Test
    void a_write_based_on_a_stale_version_is_a_conflict_and_changes_nothing() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        Person first = new Person(GOITA, "Assimi Goïta", "Colonel", List.of(), null);
        Person second = new Person(GOITA, "Assimi Goïta", "Général", List.of(), null);
        registry.put(first, 1L, ANALYST);

        VersionConflictException conflict = assertThrows(VersionConflictException.class,
                () -> registry.put(second, 1L, ANALYST));

        assertEquals(1, conflict.expected());
        assertEquals(2, conflict.actual());
        assertEquals(first, registry.find(Person.class, first.key()).orElseThrow().record());
    }

    @Test
    void expecting_no_record_refuses_an_existing_one() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        Person again = AesFacts.persons().get(0);

        assertThrows(VersionConflictException.class, () -> registry.put(again, 0L, ANALYST));
    }

    @Test
    void put_returns_the_version_now_stored_and_what_it_did() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        Person changed = new Person(GOITA, "Assimi Goïta", "Général", List.of(), null);
        Person added = new Person(PersonId.of("someone-new"), "Someone New", null, List.of(), null);

        Written<Person> stored = registry.put(changed, 1L, ANALYST);
        Written<Person> unchanged = registry.put(changed, null, ANALYST);
        Written<Person> inserted = registry.put(added, 0L, ANALYST);

        assertEquals(2, stored.stored().version());
        assertEquals(WriteOutcome.UPDATED, stored.outcome());
        assertEquals(2, unchanged.stored().version());
        assertEquals(changed, unchanged.stored().record());
        assertEquals(WriteOutcome.UNCHANGED, unchanged.outcome());
        assertEquals(1, inserted.stored().version());
        assertEquals(WriteOutcome.INSERTED, inserted.outcome());
    }

    @Test
    void existing_names_only_the_stored_keys() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        RecordKey goita = RecordKey.of(Person.class, GOITA);
        RecordKey nobody = RecordKey.of(Person.class, "nobody");
        RecordKey membership = AesFacts.memberships().get(0).key();

        assertEquals(Set.of(goita, membership), registry.existing(List.of(goita, nobody, membership)));
    }

    @Test
    void lookups_return_what_the_rules_need() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);

        assertEquals(AesFacts.confederation(), registry.confederation(AES).orElseThrow());
        assertEquals(Set.copyOf(AesFacts.memberships().stream().filter(membership -> membership.confederation().equals(AES))
                .toList()), Set.copyOf(registry.memberships(AES)));
        assertEquals(Set.copyOf(AesFacts.presidencies()), Set.copyOf(registry.presidencies(AES)));
        assertEquals(AesFacts.actionPlans().get(0), registry.plan(AesFacts.DEFENCE_PLAN).orElseThrow());
        assertEquals(2, registry.planEvents(AesFacts.DEFENCE_PLAN).size());
    }

    @Test
    void referring_finds_what_points_at_a_record_through_any_field_in_key_order() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        RecordKey goita = RecordKey.of(Person.class, GOITA);

        List<Meeting> attended = registry.referring(Meeting.class, goita);
        List<ConfedRecord> everything = registry.referring(ConfedRecord.class, goita);

        assertEquals(AesFacts.meetings().stream().filter(meeting -> meeting.attendedBy(GOITA)).sorted(BY_KEY).toList(), attended);
        assertEquals(AesFacts.all().stream().filter(record -> References.of(record).stream()
                .anyMatch(reference -> reference.target().equals(goita))).sorted(BY_KEY).toList(), everything);
        assertTrue(everything.stream().anyMatch(RotatingPresidency.class::isInstance), "presidencies he held: " + everything);
        assertTrue(registry.referring(Meeting.class, RecordKey.of(Person.class, "nobody")).isEmpty());
        assertTrue(registry.referring(Membership.class, goita).isEmpty(), "no membership names a person");
    }

    @Test
    void a_reference_an_update_removes_no_longer_refers() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        Meeting audience = AesFacts.meetings().stream().filter(meeting -> meeting.id().equals(AesFacts.KOULOUBA_AUDIENCE))
                .findFirst().orElseThrow();
        Meeting withoutBarmou = new Meeting(audience.id(), audience.confederation(), audience.kind(), audience.date(), null,
                audience.place(), audience.title(), audience.participants().stream()
                .filter(participant -> !BARMOU.equals(participant.person())).toList(), audience.topics(), audience.sources(), null);

        registry.put(withoutBarmou, 1L, ANALYST);

        assertTrue(registry.referring(Meeting.class, RecordKey.of(Person.class, BARMOU)).stream()
                .noneMatch(meeting -> meeting.id().equals(audience.id())), "the earlier version's reference still counts");
        assertTrue(registry.referring(Meeting.class, RecordKey.of(Person.class, GOITA)).contains(withoutBarmou));
    }

    @Test
    void a_write_whose_work_throws_keeps_nothing_and_throws_that_exception() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        long logged = registry.changes(0, 1000).size();
        Person newcomer = new Person(PersonId.of("newcomer"), "Nouveau Venu", null, List.of(), null);
        IllegalStateException stop = new IllegalStateException("the work stops");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> registry.transact(ANALYST, session -> {
            session.put(RecordWrite.upsert(newcomer));
            session.put(RecordWrite.upsert(new Person(GOITA, "Assimi Goïta", "Changed", List.of(), null)));
            throw stop;
        }));

        assertSame(stop, thrown);
        assertTrue(registry.find(Person.class, newcomer.key()).isEmpty());
        assertEquals(1, registry.find(Person.class, RecordKey.of(Person.class, GOITA)).orElseThrow().version());
        assertEquals(logged, registry.changes(0, 1000).size());
    }

    @Test
    void a_write_sees_its_own_records_before_they_are_committed() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        Person newcomer = new Person(PersonId.of("newcomer"), "Nouveau Venu", null, List.of(), null);
        Meeting summit = new Meeting(MeetingId.of("aes-2026-01-10-ouagadougou"), AES, MeetingKind.SUMMIT, date("2026-01-10"), null,
                "Ouagadougou", "Sommet extraordinaire", List.of(new Participant(newcomer.id(), null, null)), List.of(), List.of(), null);

        Versioned<Meeting> seen = registry.transact(ANALYST, session -> {
            assertEquals(WriteOutcome.INSERTED, session.put(RecordWrite.upsert(newcomer)));
            assertEquals(List.of(WriteOutcome.INSERTED, WriteOutcome.UNCHANGED),
                    session.putAll(List.of(RecordWrite.upsert(summit), RecordWrite.upsert(newcomer))));
            assertEquals(Set.of(newcomer.key()), session.existing(List.of(newcomer.key())));
            assertEquals(List.of(summit), session.referring(Meeting.class, newcomer.key()));
            assertEquals(AesFacts.persons().size() + 1, session.count(Person.class));
            assertEquals(List.of(summit), session.searchMeetings(new MeetingQuery(null, null, null, null, null, "venu", null,
                    null, 10)).items(), "found by a participant's name written in the same write");
            return session.find(Meeting.class, summit.key()).orElseThrow();
        });

        assertEquals(new Versioned<>(summit, 1), seen);
        assertEquals(seen, registry.find(Meeting.class, summit.key()).orElseThrow());
    }

    @Test
    void a_version_conflict_inside_a_write_keeps_nothing_of_it() {
        Registry registry = registry();
        registry.write(upserts(AesFacts.all()), ANALYST);
        Person newcomer = new Person(PersonId.of("newcomer"), "Nouveau Venu", null, List.of(), null);

        VersionConflictException conflict = assertThrows(VersionConflictException.class, () -> registry.transact(ANALYST, session -> {
            session.put(RecordWrite.upsert(newcomer));
            return session.put(new RecordWrite(new Person(GOITA, "Assimi Goïta", "Changed", List.of(), null), 5L));
        }));

        assertEquals(5, conflict.expected());
        assertEquals(1, conflict.actual());
        assertTrue(registry.find(Person.class, newcomer.key()).isEmpty());
    }
}
