package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.State;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every record comes back exactly as written: by key, in lists, and in the change log, on every database. */
class RoundTripTest {
    @TempDir
    Path directory;

    private TestDatabase database;

    @AfterEach
    void cleanUp() {
        if (database != null) {
            database.cleanUp();
        }
    }

    private Store emptyStore(TestDatabase.Kind kind) {
        database = TestDatabase.of(kind, directory);
        return database.newStore();
    }

    private static List<ConfedRecord> everything() {
        List<ConfedRecord> records = new ArrayList<>(AesFacts.all());
        records.addAll(EdgeCases.all());
        return records;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void the_aes_facts_and_the_edge_cases_read_back_equal(TestDatabase.Kind kind) {
        Store store = emptyStore(kind);
        List<ConfedRecord> records = everything();

        assertEquals(records.size(), store.write(records.stream().map(RecordWrite::upsert).toList(), new Actor("test"))
                .total(WriteOutcome.INSERTED));

        for (ConfedRecord record : records) {
            Versioned<? extends ConfedRecord> stored = store.find(record.getClass(), record.key()).orElseThrow();
            assertEquals(record, stored.record(), "found " + record.key());
            assertEquals(1, stored.version());
            List<ChangeEntry> history = store.changesOf(record.key());
            assertEquals(1, history.size(), "history of " + record.key());
            assertEquals(record, history.get(0).content(), "logged " + record.key());
            assertEquals(record.key(), history.get(0).key());
        }
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            List<? extends ConfedRecord> listed = store.list(schema.javaType(), null, 1000).stream().map(Versioned::record).toList();
            List<ConfedRecord> expected = records.stream().filter(schema.javaType()::isInstance)
                    .sorted(Comparator.comparing(ConfedRecord::key)).toList();
            assertEquals(expected, listed, "list of " + schema.plural());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void writing_them_again_changes_nothing(TestDatabase.Kind kind) {
        Store store = emptyStore(kind);
        List<RecordWrite> writes = everything().stream().map(RecordWrite::upsert).toList();
        store.write(writes, new Actor("test"));

        assertEquals(writes.size(), store.write(writes, new Actor("test")).total(WriteOutcome.UNCHANGED));
        assertEquals(writes.size(), store.changes(0, 10_000).size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void text_keys_are_listed_and_paged_in_java_string_order(TestDatabase.Kind kind) {
        Store store = emptyStore(kind);
        store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("test"));
        List<RecordWrite> terms = new ArrayList<>();
        // case, accents, prefixes, punctuation and a character beyond the basic plane: a database collation would
        // order some of these differently from String.compareTo
        for (String office : List.of("Zèbre", "zèbre", "Ministre", "Ministre des", "Ministère", "É", "E", "e", "Ω", "🌍 Terre",
                "\uFFFD", "a-b", "ab", "a b", "A", "Ministre\tdes")) {
            for (String start : List.of("2024", "2024-07", "2024-07-06")) {
                terms.add(RecordWrite.upsert(new OfficeTerm(AesFacts.GOITA, office, null, null, PartialDate.parse(start), null,
                        List.of(), null)));
            }
        }
        terms.add(RecordWrite.upsert(new OfficeTerm(PersonId.of("ibrahim-traore"), "Ministre", null, null,
                PartialDate.parse("2024"), null, List.of(), null)));
        store.write(terms, new Actor("test"));

        List<RecordKey> expected = store.list(OfficeTerm.class, null, 1000).stream().map(stored -> stored.record().key())
                .sorted().toList();
        List<RecordKey> paged = new ArrayList<>();
        RecordKey after = null;
        while (true) {
            List<Versioned<OfficeTerm>> page = store.list(OfficeTerm.class, after, 7);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(stored -> paged.add(stored.record().key()));
            after = page.get(page.size() - 1).record().key();
        }
        assertEquals(AesFacts.officeTerms().size() + terms.size(), expected.size());
        assertEquals(expected, paged);
        assertEquals(expected, store.list(OfficeTerm.class, null, 1000).stream().map(stored -> stored.record().key()).toList());
    }

    /** The points of the hand-written record text this store no longer has, kept for the store's encoding. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void names_in_another_order_are_the_same_record_and_any_other_change_is_a_new_version(TestDatabase.Kind kind) {
        Store store = emptyStore(kind);
        State one = new State(AesFacts.MLI, "Mali", EdgeCases.names("fr", "Mali", "en", "Mali", "bm", "Mali"), List.of(), null);
        State other = new State(AesFacts.MLI, "Mali", EdgeCases.names("bm", "Mali", "en", "Mali", "fr", "Mali"), List.of(), null);
        Person person = new Person(PersonId.of("p"), "Name", null, List.of(), null);
        Person renamed = new Person(PersonId.of("p"), "Name ", null, List.of(), null);
        store.write(List.of(RecordWrite.upsert(one), RecordWrite.upsert(person)), new Actor("test"));

        assertEquals(1, store.put(other, 1L, new Actor("test")).stored().version());
        assertEquals(2, store.put(renamed, 1L, new Actor("test")).stored().version());

        assertEquals(3, store.changes(0, 10).size());
        assertEquals(one, store.find(State.class, one.key()).orElseThrow().record());
    }
}
