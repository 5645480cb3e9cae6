package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.Written;
import org.confed.domain.query.AsOf;
import org.confed.domain.rules.RuleViolationException;
import org.confed.domain.rules.ViolationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two writers at once: exactly one wins where both cannot, and the loser is told why; nothing is lost or doubled. */
class ConcurrentWriteTest {
    private static final int ROUNDS = 5;

    @TempDir
    Path directory;

    private TestDatabase database;
    private final ExecutorService writers = Executors.newFixedThreadPool(2);

    @AfterEach
    void cleanUp() throws InterruptedException {
        writers.shutdownNow();
        writers.awaitTermination(30, TimeUnit.SECONDS);
        if (database != null) {
            database.cleanUp();
        }
    }

    private Store storeWithTheAesFacts(TestDatabase.Kind kind) {
        database = TestDatabase.of(kind, directory);
        Store store = database.newStore();
        store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("test"));
        return store;
    }

    /** Runs both at the same moment and returns what each stored or threw. */
    private List<Object> race(Callable<?> first, Callable<?> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<?> work : List.of(first, second)) {
            futures.add(writers.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    Object answer = work.call();
                    return answer instanceof Written<?> written ? written.stored() : answer;
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"H2_FILE", "POSTGRESQL"})
    void two_updates_from_one_version_make_one_winner_and_one_conflict(TestDatabase.Kind kind) throws Exception {
        Store store = storeWithTheAesFacts(kind);
        for (int round = 1; round <= ROUNDS; round++) {
            PersonId id = PersonId.of("racer-" + round);
            store.put(new Person(id, "Racer", null, List.of(), null), 0L, new Actor("test"));
            Person byAna = new Person(id, "Racer", "Written by Ana", List.of(), null);
            Person byBen = new Person(id, "Racer", "Written by Ben", List.of(), null);

            List<Object> outcomes = race(() -> store.put(byAna, 1L, new Actor("ana")), () -> store.put(byBen, 1L, new Actor("ben")));

            List<Object> wins = outcomes.stream().filter(Versioned.class::isInstance).toList();
            List<Object> conflicts = outcomes.stream().filter(VersionConflictException.class::isInstance).toList();
            assertEquals(1, wins.size(), "one winner: " + outcomes);
            assertEquals(1, conflicts.size(), "one conflict: " + outcomes);
            VersionConflictException conflict = (VersionConflictException) conflicts.get(0);
            assertEquals(1, conflict.expected());
            assertEquals(2, conflict.actual());
            Versioned<?> won = (Versioned<?>) wins.get(0);
            assertEquals(2, won.version());
            Versioned<Person> stored = store.find(Person.class, byAna.key()).orElseThrow();
            assertEquals(2, stored.version());
            assertEquals(won.record(), stored.record());
            List<ChangeEntry> history = store.changesOf(byAna.key());
            assertEquals(2, history.size(), "one insert and exactly one update");
            assertEquals(won.record(), history.get(1).content());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"H2_FILE", "POSTGRESQL"})
    void two_inserts_of_one_new_key_make_one_winner_and_one_conflict(TestDatabase.Kind kind) throws Exception {
        Store store = storeWithTheAesFacts(kind);
        for (int round = 1; round <= ROUNDS; round++) {
            PersonId id = PersonId.of("newcomer-" + round);
            Person byAna = new Person(id, "Newcomer", "Ana's", List.of(), null);
            Person byBen = new Person(id, "Newcomer", "Ben's", List.of(), null);

            List<Object> outcomes = race(() -> store.put(byAna, 0L, new Actor("ana")), () -> store.put(byBen, 0L, new Actor("ben")));

            assertEquals(1, outcomes.stream().filter(Versioned.class::isInstance).count(), "one winner: " + outcomes);
            VersionConflictException conflict = (VersionConflictException) outcomes.stream()
                    .filter(VersionConflictException.class::isInstance).findFirst()
                    .orElseThrow(() -> new AssertionError("one conflict: " + outcomes));
            assertEquals(0, conflict.expected());
            assertEquals(1, conflict.actual());
            assertEquals(1, store.changesOf(byAna.key()).size());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"H2_FILE", "POSTGRESQL"})
    void two_upserts_of_one_new_key_both_succeed_and_the_last_one_wins(TestDatabase.Kind kind) throws Exception {
        Store store = storeWithTheAesFacts(kind);
        for (int round = 1; round <= ROUNDS; round++) {
            PersonId id = PersonId.of("upserted-" + round);
            Person byAna = new Person(id, "Upserted", "Ana's", List.of(), null);
            Person byBen = new Person(id, "Upserted", "Ben's", List.of(), null);

            List<Object> outcomes = race(() -> store.put(byAna, null, new Actor("ana")),
                    () -> store.put(byBen, null, new Actor("ben")));

            assertTrue(outcomes.stream().allMatch(Versioned.class::isInstance), "both succeed: " + outcomes);
            Versioned<Person> stored = store.find(Person.class, byAna.key()).orElseThrow();
            assertEquals(2, stored.version());
            List<ChangeEntry> history = store.changesOf(byAna.key());
            assertEquals(2, history.size());
            assertEquals(stored.record(), history.get(1).content(), "the last change logged is what is stored");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"H2_FILE", "POSTGRESQL"})
    void two_terms_that_overlap_cannot_both_be_added_at_once(TestDatabase.Kind kind) throws Exception {
        Store store = storeWithTheAesFacts(kind);
        for (int round = 1; round <= ROUNDS; round++) {
            int year = 2026 + 2 * round;
            RotatingPresidency niger = new RotatingPresidency(AesFacts.AES, AesFacts.NER, null, AesFacts.date(year + "-01-01"),
                    AesFacts.date(year + "-12-31"), null, null, List.of(), null);
            RotatingPresidency mali = new RotatingPresidency(AesFacts.AES, AesFacts.MLI, null, AesFacts.date(year + "-06-01"),
                    AesFacts.date(year + "-08-31"), null, null, List.of(), null);

            List<Object> outcomes = race(() -> store.put(niger, null, new Actor("ana")), () -> store.put(mali, null, new Actor("ben")));

            assertEquals(1, outcomes.stream().filter(Versioned.class::isInstance).count(), "one is kept: " + outcomes);
            Object refused = outcomes.stream().filter(outcome -> !(outcome instanceof Versioned)).findFirst().orElseThrow();
            RuleViolationException violation = assertInstanceOf(RuleViolationException.class, refused);
            assertTrue(violation.violations().stream().anyMatch(broken -> broken.kind() == ViolationKind.OVERLAP), violation.getMessage());
        }
        assertEquals(AesFacts.presidencies().size() + ROUNDS, AsOf.presidencyTerms(store, AesFacts.AES).size());
    }
}
