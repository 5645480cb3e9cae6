package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeKind;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.rules.RuleViolationException;
import org.confed.domain.rules.ViolationKind;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code putAll} longer than one chunk (here two records a chunk) is still part of one write: later chunks see the
 * earlier ones, a key written twice goes as it goes in memory, and a failure anywhere keeps nothing of any chunk.
 */
class ChunkedWriteTest {
    private static final Actor TEST = new Actor("test");

    @TempDir
    Path directory;

    private TestDatabase database;

    @AfterEach
    void cleanUp() {
        if (database != null) {
            database.cleanUp();
        }
    }

    private Store storeOfTwoRecordChunks(TestDatabase.Kind kind) {
        database = TestDatabase.of(kind, directory);
        return database.newStore(2);
    }

    private static List<RecordWrite> upserts(List<? extends ConfedRecord> records) {
        return records.stream().map(RecordWrite::upsert).toList();
    }

    private static void assertNothingStored(Store store) {
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            assertEquals(0, store.count(schema.javaType()), schema.name());
        }
        assertTrue(store.changes(0, 10).isEmpty(), "change log");
        assertTrue(store.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void later_chunks_see_the_earlier_ones_and_the_rules_see_them_all(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);

        List<WriteOutcome> first = store.transact(TEST, session -> session.putAll(upserts(AesFacts.all())));
        List<WriteOutcome> again = store.transact(TEST, session -> session.putAll(upserts(AesFacts.all())));

        assertEquals(AesFacts.all().size(), first.stream().filter(outcome -> outcome == WriteOutcome.INSERTED).count());
        assertEquals(AesFacts.all().size(), again.stream().filter(outcome -> outcome == WriteOutcome.UNCHANGED).count());
        assertEquals(AesFacts.all().size(), store.changes(0, 1000).size());
        assertEquals(AesFacts.all().size(), store.write(upserts(AesFacts.all()), TEST).total(WriteOutcome.UNCHANGED));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_stale_version_in_the_last_chunk_keeps_nothing_of_the_first(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);
        List<RecordWrite> writes = new ArrayList<>(upserts(AesFacts.all()));
        writes.add(new RecordWrite(new Person(PersonId.of("late"), "Late", null, List.of(), null), 3L));

        VersionConflictException conflict = assertThrows(VersionConflictException.class,
                () -> store.transact(TEST, session -> session.putAll(writes)));

        assertEquals(3, conflict.expected());
        assertEquals(0, conflict.actual());
        assertNothingStored(store);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_write_that_fails_half_way_keeps_nothing(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);
        IllegalStateException broken = new IllegalStateException("the input broke off");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.transact(TEST, session -> {
            session.putAll(upserts(AesFacts.all()));
            assertEquals(AesFacts.all().size(), session.count(ConfedRecord.class), "the write sees its own records");
            throw broken;
        }));

        assertEquals(broken, thrown, "the work's own exception, after the write is undone");
        assertNothingStored(store);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_rule_broken_in_the_last_chunk_keeps_nothing_of_the_first(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);
        List<ConfedRecord> records = new ArrayList<>(AesFacts.all());
        records.add(new RotatingPresidency(AesFacts.AES, AesFacts.BFA, null, AesFacts.date("2024-08"), AesFacts.date("2024-12-31"),
                null, null, List.of(), null));
        records.add(new RotatingPresidency(AesFacts.AES, AesFacts.NER, null, AesFacts.date("2024-09"), AesFacts.date("2025-02"),
                null, null, List.of(), null));

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> store.write(upserts(records), TEST));

        assertEquals(ViolationKind.OVERLAP, refused.violations().get(0).kind());
        assertNothingStored(store);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void one_key_written_again_in_a_write_goes_as_it_goes_in_memory(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);
        InMemoryRegistry memory = new InMemoryRegistry();
        Person first = new Person(PersonId.of("twice"), "Twice", null, List.of(), null);
        Person other = new Person(PersonId.of("twice"), "Twice", "but different", List.of(), null);
        Person filler = new Person(PersonId.of("filler"), "Filler", null, List.of(), null);
        Person third = new Person(PersonId.of("third"), "Third", null, List.of(), null);
        List<RecordWrite> same = upserts(List.of(first, filler, filler, first));
        List<RecordWrite> changing = upserts(List.of(third, filler, other, first, other));

        List<WriteOutcome> sameInStore = store.transact(TEST, session -> session.putAll(same));
        List<WriteOutcome> changingInStore = store.transact(TEST, session -> session.putAll(changing));

        assertEquals(List.of(WriteOutcome.INSERTED, WriteOutcome.INSERTED, WriteOutcome.UNCHANGED, WriteOutcome.UNCHANGED),
                sameInStore);
        assertEquals(List.of(WriteOutcome.INSERTED, WriteOutcome.UNCHANGED, WriteOutcome.UPDATED, WriteOutcome.UPDATED,
                WriteOutcome.UPDATED), changingInStore);
        assertEquals(memory.transact(TEST, session -> session.putAll(same)), sameInStore);
        assertEquals(memory.transact(TEST, session -> session.putAll(changing)), changingInStore);
        Versioned<Person> stored = store.find(Person.class, first.key()).orElseThrow();
        assertEquals(4, stored.version());
        assertEquals(other, stored.record());
        assertEquals(kindsOf(memory, first), kindsOf(store, first));
        assertEquals(memory.find(Person.class, first.key()), store.find(Person.class, first.key()));
    }

    private static List<ChangeKind> kindsOf(Registry registry, Person person) {
        return registry.changesOf(person.key()).stream().map(ChangeEntry::kind).toList();
    }
}
