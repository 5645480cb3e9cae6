package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.WriteReport;
import org.confed.domain.rules.RuleViolationException;
import org.confed.domain.rules.ViolationKind;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write longer than one chunk (here two records a chunk) is still one write: later chunks see the earlier ones, and
 * a failure anywhere keeps nothing of any of them.
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
    void records_refer_to_records_of_earlier_chunks(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);

        WriteReport report = store.write(upserts(AesFacts.all()), TEST);

        assertEquals(AesFacts.all().size(), report.total(WriteOutcome.INSERTED));
        assertEquals(AesFacts.all().size(), store.write(upserts(AesFacts.all()), TEST).total(WriteOutcome.UNCHANGED));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_rule_broken_in_the_last_chunk_keeps_nothing_of_the_first(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);
        List<ConfedRecord> records = new ArrayList<>(AesFacts.all());
        // 37 records: these two terms fall in different chunks, and the second overlaps the first
        records.add(new RotatingPresidency(AesFacts.AES, AesFacts.BFA, null, AesFacts.date("2024-08"), AesFacts.date("2024-12-31"),
                null, List.of()));
        records.add(new RotatingPresidency(AesFacts.AES, AesFacts.NER, null, AesFacts.date("2024-09"), AesFacts.date("2025-02"),
                null, List.of()));

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> store.write(upserts(records), TEST));

        assertEquals(ViolationKind.OVERLAP, refused.violations().get(0).kind());
        assertEquals(records.get(records.size() - 1).key(), refused.violations().get(0).record());
        assertNothingStored(store);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_stale_version_in_the_last_chunk_keeps_nothing_of_the_first(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);
        List<RecordWrite> writes = new ArrayList<>(upserts(AesFacts.all()));
        writes.add(new RecordWrite(new Person(PersonId.of("late"), "Late", null, List.of()), 3L));

        VersionConflictException conflict = assertThrows(VersionConflictException.class, () -> store.write(writes, TEST));

        assertEquals(3, conflict.expected());
        assertEquals(0, conflict.actual());
        assertNothingStored(store);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_stream_that_fails_half_way_keeps_nothing(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);
        Iterable<RecordWrite> failing = () -> new Iterator<>() {
            private final Iterator<RecordWrite> facts = upserts(AesFacts.all()).iterator();

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RecordWrite next() {
                if (!facts.hasNext()) {
                    throw new IllegalStateException("the input broke off");
                }
                return facts.next();
            }
        };

        assertThrows(IllegalStateException.class, () -> store.write(failing, TEST));

        assertNothingStored(store);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void one_key_twice_in_a_write_is_one_record_or_a_refusal(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);
        Person first = new Person(PersonId.of("twice"), "Twice", null, List.of());
        Person other = new Person(PersonId.of("twice"), "Twice", "but different", List.of());
        Person filler = new Person(PersonId.of("filler"), "Filler", null, List.of());

        WriteReport same = store.write(upserts(List.of(first, filler, filler, first)), TEST);

        assertEquals(2, same.total(WriteOutcome.INSERTED));
        assertEquals(0, same.total(WriteOutcome.UNCHANGED) + same.total(WriteOutcome.UPDATED));
        assertEquals(1, store.find(Person.class, first.key()).orElseThrow().version());

        Person third = new Person(PersonId.of("third"), "Third", null, List.of());
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> store.write(upserts(List.of(third, filler, other, first)), TEST));
        assertEquals(ViolationKind.DUPLICATE_KEY, refused.violations().get(0).kind());
        assertTrue(store.find(Person.class, third.key()).isEmpty(), "nothing of the refused write");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_reference_to_a_later_chunk_is_missing(TestDatabase.Kind kind) {
        Store store = storeOfTwoRecordChunks(kind);
        Person cited = new Person(PersonId.of("cited"), "Cited", null, List.of(AesFacts.APA));
        List<ConfedRecord> outOfOrder = new ArrayList<>(List.of(cited, new Person(PersonId.of("x"), "X", null, List.of())));
        outOfOrder.addAll(AesFacts.sources());

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> store.write(upserts(outOfOrder), TEST));

        assertEquals(ViolationKind.MISSING_REFERENCE, refused.violations().get(0).kind());
        assertEquals("person.sources", refused.violations().get(0).field());
    }
}
