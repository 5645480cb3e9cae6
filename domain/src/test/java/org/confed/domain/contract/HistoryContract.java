package org.confed.domain.contract;

import static org.confed.domain.fixtures.AesFacts.GOITA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeKind;
import org.confed.domain.port.ChangeQuery;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.port.Versioned;
import org.junit.jupiter.api.Test;

/** What every registry that keeps its history must answer: the registry as recorded, retractions, merges, the log read back. */
public abstract class HistoryContract {
    private static final Actor EDITOR = new Actor("editor");
    private static final Actor IMPORTER = new Actor("importer");
    private static final PersonId GHOST = PersonId.of("ghost");
    private static final PersonId A_GOITA = PersonId.of("a-goita");

    /** A new, empty registry for each test. */
    protected abstract Registry registry();

    private static RecordKey person(PersonId id) {
        return RecordKey.of(Person.class, id);
    }

    private static Instant lastInstant(Registry registry) {
        return registry.changes(ChangeQuery.newest(1)).items().get(0).at();
    }

    @Test
    void the_registry_as_recorded_holds_each_record_as_it_was_then() {
        Registry registry = registry();
        Instant beforeAll = Instant.parse("2000-01-01T00:00:00Z");
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), IMPORTER);
        Instant imported = lastInstant(registry);
        registry.put(new Person(GOITA, "Assimi Goïta", "Général d'Armée", List.of(), null), null, EDITOR);
        Instant edited = lastInstant(registry);

        assertTrue(registry.asRecorded(beforeAll).list(Person.class, null, 10).isEmpty(), "nothing before the first write");
        Versioned<Person> then = registry.asRecorded(imported).find(Person.class, person(GOITA)).orElseThrow();
        Versioned<Person> now = registry.asRecorded(edited).find(Person.class, person(GOITA)).orElseThrow();
        assertEquals(1, then.version());
        assertEquals(2, now.version());
        assertEquals("Général d'Armée", now.record().honorific());
        assertEquals(registry.find(Person.class, person(GOITA)).orElseThrow(), now);
        assertEquals(registry.count(Person.class), registry.asRecorded(edited).count(Person.class));
        // an instant between two writes sees the first: the second committed after it
        assertEquals(1, registry.asRecorded(edited.minusNanos(1000)).find(Person.class, person(GOITA)).orElseThrow().version());
    }

    @Test
    void a_retracted_record_is_gone_but_the_registry_as_recorded_before_still_holds_it() {
        Registry registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), IMPORTER);
        registry.put(Person.of(GHOST, "Ghost Writer"), 0L, EDITOR);
        Instant written = lastInstant(registry);

        long withdrawn = registry.transact(EDITOR, session -> session.retract(person(GHOST)));

        assertEquals(1, withdrawn);
        assertTrue(registry.find(Person.class, person(GHOST)).isEmpty());
        assertFalse(registry.existing(List.of(person(GHOST))).contains(person(GHOST)));
        assertTrue(registry.list(Person.class, null, 100).stream().noneMatch(p -> p.record().id().equals(GHOST)));
        RecordView then = registry.asRecorded(written);
        assertEquals("Ghost Writer", then.find(Person.class, person(GHOST)).orElseThrow().record().name());
        List<ChangeEntry> history = registry.changesOf(person(GHOST));
        assertEquals(List.of(ChangeKind.INSERT, ChangeKind.RETRACT), history.stream().map(ChangeEntry::kind).toList());
        assertEquals(1, history.get(1).oldVersion());
        assertEquals("Ghost Writer", ((Person) history.get(1).content()).name());

        // written again, it comes back with the next version
        registry.put(Person.of(GHOST, "Ghost Writer II"), 0L, EDITOR);
        assertEquals(2, registry.find(Person.class, person(GHOST)).orElseThrow().version());
    }

    @Test
    void retracting_a_record_that_is_not_stored_fails_and_changes_nothing() {
        Registry registry = registry();
        registry.put(Person.of(GHOST, "Ghost Writer"), 0L, EDITOR);
        assertThrows(NoSuchElementException.class, () -> registry.transact(EDITOR, session -> {
            session.retract(person(GHOST));
            return session.retract(person(A_GOITA));
        }));
        assertTrue(registry.find(Person.class, person(GHOST)).isPresent(), "the first retraction was undone");
        assertEquals(1, registry.changesOf(person(GHOST)).size());
    }

    @Test
    void a_merged_record_points_to_its_survivor_from_the_merge_on() {
        Registry registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), IMPORTER);
        registry.put(Person.of(A_GOITA, "A. Goïta"), 0L, IMPORTER);
        Instant beforeMerge = lastInstant(registry);

        registry.transact(EDITOR, session -> session.merge(person(A_GOITA), person(GOITA)));

        assertTrue(registry.find(Person.class, person(A_GOITA)).isEmpty());
        assertEquals(Optional.of(person(GOITA)), registry.mergedInto(person(A_GOITA)));
        assertEquals(Optional.empty(), registry.mergedInto(person(GOITA)), "the survivor went nowhere");
        RecordView then = registry.asRecorded(beforeMerge);
        assertTrue(then.find(Person.class, person(A_GOITA)).isPresent());
        assertEquals(Optional.empty(), then.mergedInto(person(A_GOITA)));
        ChangeEntry merge = registry.changes(ChangeQuery.newest(1)).items().get(0);
        assertEquals(ChangeKind.MERGE, merge.kind());
        assertEquals(person(A_GOITA), merge.key());
        assertEquals(person(GOITA), merge.mergedInto());
        assertEquals(EDITOR, merge.actor());
        assertEquals(Optional.of(person(GOITA)), registry.asRecorded(merge.at()).mergedInto(person(A_GOITA)));
    }

    @Test
    void merges_of_merges_lead_to_the_last_survivor() {
        Registry registry = registry();
        registry.put(Person.of(GHOST, "Ghost"), 0L, IMPORTER);
        registry.put(Person.of(A_GOITA, "A. Goïta"), 0L, IMPORTER);
        registry.put(Person.of(GOITA, "Assimi Goïta"), 0L, IMPORTER);
        registry.transact(EDITOR, session -> session.merge(person(GHOST), person(A_GOITA)));
        registry.transact(EDITOR, session -> session.merge(person(A_GOITA), person(GOITA)));
        assertEquals(Optional.of(person(GOITA)), registry.mergedInto(person(GHOST)));
    }

    @Test
    void a_merge_into_itself_or_into_nothing_is_refused() {
        Registry registry = registry();
        registry.put(Person.of(A_GOITA, "A. Goïta"), 0L, IMPORTER);
        assertThrows(IllegalArgumentException.class,
                () -> registry.transact(EDITOR, session -> session.merge(person(A_GOITA), person(A_GOITA))));
        assertThrows(NoSuchElementException.class,
                () -> registry.transact(EDITOR, session -> session.merge(person(A_GOITA), person(GOITA))));
        assertTrue(registry.find(Person.class, person(A_GOITA)).isPresent());
    }

    @Test
    void the_log_reads_newest_first_filtered_and_paged() {
        Registry registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), IMPORTER);
        Instant imported = lastInstant(registry);
        registry.put(Person.of(GHOST, "Ghost"), 0L, EDITOR);
        registry.put(Person.of(GHOST, "Ghost, renamed"), 1L, EDITOR);
        int all = AesFacts.all().size() + 2;

        Page<ChangeEntry> first = registry.changes(ChangeQuery.newest(5));
        assertEquals(5, first.items().size());
        assertTrue(first.more());
        assertEquals("Ghost, renamed", ((Person) first.items().get(0).content()).name());
        for (int i = 1; i < first.items().size(); i++) {
            assertTrue(first.items().get(i).sequence() < first.items().get(i - 1).sequence(), "newest first");
        }
        long cursor = first.items().get(4).sequence();
        Page<ChangeEntry> rest = registry.changes(new ChangeQuery(null, null, null, cursor, 1000));
        assertFalse(rest.more());
        assertEquals(all - 5, rest.items().size());
        assertEquals(cursor - 1, rest.items().get(0).sequence());

        assertEquals(2, registry.changes(new ChangeQuery(null, null, EDITOR, null, 100)).items().size());
        assertEquals(2, registry.changes(new ChangeQuery(null, person(GHOST), null, null, 100)).items().size());
        assertEquals(2, registry.changes(new ChangeQuery(imported.plusNanos(1000), null, null, null, 100)).items().size());
        assertEquals(all, registry.changes(new ChangeQuery(imported.minusSeconds(3600), null, null, null, 1000)).items().size());
        assertNull(first.items().get(0).mergedInto());
    }

    @Test
    void searches_as_recorded_find_the_meetings_of_then() {
        Registry registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), IMPORTER);
        Instant imported = lastInstant(registry);
        Meeting audience = registry.find(Meeting.class, RecordKey.of(Meeting.class, AesFacts.KOULOUBA_AUDIENCE))
                .orElseThrow().record();
        registry.transact(EDITOR, session -> session.retract(audience.key()));

        MeetingQuery koulouba = new MeetingQuery(null, null, null, null, null, "Koulouba", null, null, 10);
        assertTrue(registry.searchMeetings(koulouba).items().stream().noneMatch(m -> m.id().equals(audience.id())));
        assertTrue(registry.asRecorded(imported).searchMeetings(koulouba).items().stream()
                .anyMatch(m -> m.id().equals(audience.id())));
    }
}
