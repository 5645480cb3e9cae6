package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Person;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 file store is created, closed, and opened again with everything in it. */
class StoreLifecycleTest {
    @TempDir
    Path directory;

    @Test
    void a_new_file_store_is_empty_and_says_where_it_lives() {
        Path base = directory.resolve("new").resolve("confed");

        try (Store store = Store.open("jdbc:h2:file:" + base, TestDatabase.ENCODING)) {
            assertTrue(store.isEmpty());
            assertEquals("H2 file " + base + ".mv.db", store.location());
            assertEquals("Store[H2 file " + base + ".mv.db]", store.toString());
        }
        assertTrue(Files.exists(Path.of(base + ".mv.db")));
    }

    @Test
    void what_was_written_is_there_after_closing_and_opening_again() {
        String url = "jdbc:h2:file:" + directory.resolve("confed");
        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("test"));
            assertFalse(store.isEmpty());
        }

        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            for (ConfedRecord record : AesFacts.all()) {
                assertEquals(record, store.find(record.getClass(), record.key()).orElseThrow().record());
            }
            assertEquals(AesFacts.all().size(), store.changes(0, 1000).size());
            Person renamed = new Person(AesFacts.GOITA, "Assimi Goïta", "Président", List.of(), null);
            assertEquals(2, store.put(renamed, 1L, new Actor("test")).stored().version());
        }
    }

    @Test
    void a_second_store_of_one_file_in_one_process_is_refused_until_the_first_closes() {
        String url = "jdbc:h2:file:" + directory.resolve("shared");
        try (Store first = Store.open(url, TestDatabase.ENCODING)) {
            StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> Store.open(url, TestDatabase.ENCODING));
            assertEquals("the H2 file " + directory.resolve("shared") + ".mv.db is in use by another store of this process",
                    refused.getMessage());
            assertTrue(first.isEmpty(), "the first store is untouched");
        }
        try (Store again = Store.open(url, TestDatabase.ENCODING)) {
            assertTrue(again.isEmpty());
        }
    }

    @Test
    void the_schema_is_migrated_once_and_reopening_applies_nothing_twice() {
        String url = "jdbc:h2:file:" + directory.resolve("twice");
        for (int i = 0; i < 3; i++) {
            try (Store store = Store.open(url, TestDatabase.ENCODING)) {
                assertTrue(store.isEmpty());
            }
        }
    }
}
