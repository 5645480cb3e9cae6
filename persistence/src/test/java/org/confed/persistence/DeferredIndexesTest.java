package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.WriteOutcome;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 store builds {@code record_version}'s secondary indexes after its first write instead of during it, and its
 * opening builds them when a process died before it could. The first write finds what it wrote by sequence number.
 */
class DeferredIndexesTest {
    private static final Set<String> INDEXES = Set.of("RECORD_VERSION_BY_KEY", "RECORD_VERSION_BY_DAY");
    private static final Actor ACTOR = new Actor("test");

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:h2:file:" + directory.resolve("confed");
    }

    @Test
    void a_first_write_into_an_empty_store_ends_with_both_indexes_built() throws SQLException {
        try (Store store = Store.open(url(), TestDatabase.ENCODING)) {
            store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), ACTOR);
            assertEquals(AesFacts.meetings().size(), store.count(Meeting.class));
        }
        assertEquals(INDEXES, indexes());
    }

    @Test
    void a_first_write_undone_leaves_the_store_empty_and_indexed() throws SQLException {
        try (Store store = Store.open(url(), TestDatabase.ENCODING)) {
            assertThrows(IllegalStateException.class, () -> store.transact(ACTOR, session -> {
                session.putAll(AesFacts.all().stream().map(RecordWrite::upsert).toList());
                throw new IllegalStateException("undone on purpose");
            }));
            assertTrue(store.isEmpty());
        }
        assertEquals(INDEXES, indexes());
    }

    @Test
    void an_opening_builds_the_indexes_a_killed_first_write_left_unbuilt() throws SQLException {
        try (Store store = Store.open(url(), TestDatabase.ENCODING)) {
            store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), ACTOR);
        }
        try (Connection connection = DriverManager.getConnection(url()); Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute("DROP INDEX " + index);
            }
        }
        assertEquals(Set.of(), indexes());

        try (Store store = Store.open(url(), TestDatabase.ENCODING)) {
            assertEquals(AesFacts.all().size(), store.size());
            assertTrue(store.find(Person.class, AesFacts.all().stream().filter(Person.class::isInstance).findFirst()
                    .orElseThrow().key()).isPresent());
        }
        assertEquals(INDEXES, indexes());
    }

    @Test
    void a_first_write_reads_its_own_records_back_while_the_indexes_wait() {
        Person first = person("twice", "Premier nom");
        Person second = person("twice", "Second nom");
        Person gone = person("gone", "Retiré");
        try (Store store = Store.open(url(), TestDatabase.ENCODING)) {
            store.transact(ACTOR, session -> {
                assertEquals(List.of(WriteOutcome.INSERTED, WriteOutcome.UPDATED, WriteOutcome.INSERTED),
                        session.putAll(List.of(RecordWrite.upsert(first), RecordWrite.upsert(second), RecordWrite.upsert(gone))));
                assertEquals(2, session.find(Person.class, first.key()).orElseThrow().version());
                assertEquals(second, session.find(Person.class, first.key()).orElseThrow().record());
                assertEquals(WriteOutcome.UNCHANGED, session.put(RecordWrite.upsert(second)));
                assertEquals(1, session.retract(gone.key()));
                assertEquals(Set.of(first.key()), session.existing(List.of(first.key(), gone.key(), person("never", "x").key())));
                assertFalse(session.find(Person.class, gone.key()).isPresent());
                return null;
            });
            assertEquals(second, store.find(Person.class, first.key()).orElseThrow().record());
            assertFalse(store.find(Person.class, gone.key()).isPresent());
        }
    }

    @Test
    void keys_whose_hashes_meet_are_looked_up_by_key_and_still_found() {
        try (Store store = Store.open(url(), TestDatabase.ENCODING)) {
            assertTrue(store.isEmpty()); // makes the schema, writes nothing
        }
        Jdbi jdbi = Jdbi.create(url()).installPlugin(new SqlObjectPlugin());
        Person a = person("a", "A");
        Person b = person("b", "B");
        try (Handle handle = jdbi.open()) {
            handle.begin();
            // every key hashes alike: each lookup reads the slot's row, finds the other key's, and asks by key
            StoreSession session = new StoreSession(handle, new BatchRows(handle), TestDatabase.ENCODING,
                    new StoreSession.ChangeSet(1, OffsetDateTime.now(ZoneOffset.UTC), "test"), 1, 100, 1 << 20,
                    new WrittenKeys(key -> 42));
            assertEquals(List.of(WriteOutcome.INSERTED, WriteOutcome.INSERTED),
                    session.putAll(List.of(RecordWrite.upsert(a), RecordWrite.upsert(b))));
            assertEquals(a, session.find(Person.class, a.key()).orElseThrow().record());
            assertEquals(b, session.find(Person.class, b.key()).orElseThrow().record());
            assertEquals(Set.of(a.key(), b.key()), session.existing(List.of(a.key(), b.key())));
            Person renamed = person("a", "A again");
            assertEquals(WriteOutcome.UPDATED, session.put(RecordWrite.upsert(renamed)));
            assertEquals(2, session.find(Person.class, a.key()).orElseThrow().version());
            assertEquals(b, session.find(Person.class, b.key()).orElseThrow().record());
            handle.rollback();
        }
    }

    private static Person person(String id, String name) {
        return new Person(PersonId.of(id), name, null, List.of(), null);
    }

    /** The two deferred indexes the file now has. */
    private Set<String> indexes() throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
                     + "WHERE TABLE_NAME = 'RECORD_VERSION'")) {
            while (rows.next()) {
                if (INDEXES.contains(rows.getString(1))) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}
