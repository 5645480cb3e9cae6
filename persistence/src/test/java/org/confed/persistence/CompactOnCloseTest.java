package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 file that a large write left mostly dead space is compacted when the store closes, and a kill then loses nothing. */
class CompactOnCloseTest {
    private static final int WRITTEN = AesFacts.meetings().size() + StoreChild.GROWING_BATCH;

    @TempDir
    Path directory;

    @Test
    void a_store_that_grew_a_lot_is_compacted_when_closed_and_keeps_every_record() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("confed");
        Path file = directory.resolve("confed.mv.db");
        long grown;
        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("test"));
            store.write(Generated.meetings(StoreChild.GROWING_BATCH, n -> { }), new Actor("test"));
            assertTrue(store.compactsOnClose(), "a store grown to " + Files.size(file) + " bytes compacts on close");
            grown = Files.size(file);
        }
        long compacted = Files.size(file);
        assertTrue(compacted * 4 < grown, "compacted to " + compacted + " bytes from " + grown);
        assertFalse(Files.exists(directory.resolve("confed.mv.db.tempFile")), "H2's copy is gone");
        assertFalse(Files.exists(directory.resolve("confed.trace.db")), "H2 wrote no error beside the store");
        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            assertEquals(WRITTEN, store.count(Meeting.class));
            assertEquals(Generated.meeting(StoreChild.GROWING_BATCH), store.find(Meeting.class,
                    Generated.meeting(StoreChild.GROWING_BATCH).key()).orElseThrow().record());
            assertFalse(store.compactsOnClose(), "a store opened and read only is closed as it is");
        }
    }

    @Test
    void a_store_that_grew_little_is_closed_as_it_is() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("confed");
        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("test"));
            assertFalse(store.compactsOnClose(), "the AES facts alone");
        }
    }

    @Test
    void a_kill_while_the_store_compacts_loses_nothing_committed() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("confed");
        Path copy = directory.resolve("confed.mv.db.tempFile");
        try (ChildProcess child = ChildProcess.start("grow", url, directory.resolve("child-errors.txt"))) {
            assertEquals("CLOSING true", child.await("CLOSING", 180));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!Files.exists(copy) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(Files.exists(copy), "H2 began its compacted copy");
            Thread.sleep(100);
            child.kill();
        }

        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            assertEquals(WRITTEN, store.count(Meeting.class), "meetings committed before the kill");
            for (ConfedRecord record : AesFacts.all()) {
                assertEquals(record, store.find(record.getClass(), record.key()).orElseThrow().record());
            }
            Person added = new Person(PersonId.of("after-the-crash"), "Après la panne", null, List.of(), null);
            assertEquals(1, store.put(added, 0L, new Actor("test")).stored().version());
        }
    }
}
