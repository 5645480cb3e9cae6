package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Membership;
import org.confed.domain.model.Person;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.query.AsOf;
import org.confed.domain.rules.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An H2 store keeps its answers between writes (a read route asks the database once per write, not once per request):
 * every answer asked again after a write is the one the write made true, and a refused write changes none.
 */
class AnswersAfterWritesTest {
    private static final Actor TEST = new Actor("test");
    private static final LocalDate DAY = LocalDate.parse("2026-03-01");

    @TempDir
    Path directory;

    private TestDatabase database;

    @AfterEach
    void cleanUp() {
        if (database != null) {
            database.cleanUp();
        }
    }

    private Store storeWithTheAesFacts(TestDatabase.Kind kind) {
        database = TestDatabase.of(kind, directory);
        Store store = database.newStore();
        store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), TEST);
        return store;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_new_term_answers_the_presidency_asked_again(TestDatabase.Kind kind) {
        Store store = storeWithTheAesFacts(kind);
        assertEquals(AesFacts.BFA, AsOf.presidency(store, AesFacts.AES, DAY).value().orElseThrow().term().state());
        assertEquals(AesFacts.BFA, AsOf.presidency(store, AesFacts.AES, DAY).value().orElseThrow().term().state());

        store.put(new RotatingPresidency(AesFacts.AES, AesFacts.NER, null, AesFacts.date("2026-02"), null, null, null, null, null), null, TEST);

        assertEquals(AesFacts.NER, AsOf.presidency(store, AesFacts.AES, DAY).value().orElseThrow().term().state());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_renamed_person_is_found_by_the_new_name(TestDatabase.Kind kind) {
        Store store = storeWithTheAesFacts(kind);
        RecordKey goita = RecordKey.of(Person.class, AesFacts.GOITA);
        Person before = store.find(Person.class, goita).orElseThrow().record();
        store.find(Person.class, goita);

        store.put(new Person(AesFacts.GOITA, "Assimi Goïta (renamed)", before.honorific(), before.sources(), null), null, TEST);

        assertEquals("Assimi Goïta (renamed)", store.find(Person.class, goita).orElseThrow().record().name());
        assertEquals(2, store.find(Person.class, goita).orElseThrow().version());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_membership_that_ends_drops_the_state_from_the_members(TestDatabase.Kind kind) {
        Store store = storeWithTheAesFacts(kind);
        assertEquals(3, AsOf.members(store, AesFacts.AES, DAY).value().size());

        store.put(new Membership(AesFacts.AES, AesFacts.NER, AesFacts.date("2023-09-16"), AesFacts.date("2026-01-31"), null, null, null, null, null),
                null, TEST);

        assertEquals(List.of(AesFacts.BFA, AesFacts.MLI), AsOf.members(store, AesFacts.AES, DAY).value().stream().map(Membership::state).sorted().toList());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_refused_write_leaves_every_answer_as_it_was(TestDatabase.Kind kind) {
        Store store = storeWithTheAesFacts(kind);
        AsOf.presidency(store, AesFacts.AES, DAY);
        RotatingPresidency ofANonMember = new RotatingPresidency(AesFacts.AES, StateCode.of("SEN"), null,
                AesFacts.date("2026-02"), null, null, null, null, null);

        assertThrows(RuleViolationException.class, () -> store.put(ofANonMember, null, TEST));

        assertEquals(AesFacts.BFA, AsOf.presidency(store, AesFacts.AES, DAY).value().orElseThrow().term().state());
        assertEquals(3, AsOf.members(store, AesFacts.AES, DAY).value().size());
        assertEquals(AesFacts.confederation(), store.confederation(AesFacts.AES).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_closed_store_answers_nothing_it_kept(TestDatabase.Kind kind) {
        Store store = storeWithTheAesFacts(kind);
        AsOf.presidency(store, AesFacts.AES, DAY);

        store.close();

        assertThrows(org.confed.domain.port.StoreUnavailableException.class, () -> AsOf.presidency(store, AesFacts.AES, DAY));
    }

}
