package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.port.Actor;
import org.confed.domain.port.Versioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of a long write leaves the H2 file as it was before that write, and nothing in its
 * temporary directory: it is killed while it holds terms set aside on disk.
 */
class CrashDuringWriteTest {
    @TempDir
    Path directory;

    @Test
    void a_write_killed_half_way_leaves_nothing_of_itself_and_keeps_what_was_committed() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("confed");
        Path temporary = Files.createDirectory(directory.resolve("tmp"));
        try (ChildProcess child = ChildProcess.start("write", url, directory.resolve("child-errors.txt"), temporary)) {
            child.await("COMMITTED", 60);
            child.await("AT 20000", 120);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (child.openFilesUnder(temporary) == 0) {
                assertTrue(System.nanoTime() < deadline, "the write never set terms aside on disk");
                Thread.sleep(50);
            }
            child.kill();
        }
        try (Stream<Path> left = Files.list(temporary)) {
            assertEquals(List.of(), left.toList(), "left in the killed process's temporary directory");
        }

        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            assertEquals(AesFacts.meetings().size(), store.count(Meeting.class), "meetings of the killed write");
            for (ConfedRecord record : AesFacts.all()) {
                Versioned<? extends ConfedRecord> stored = store.find(record.getClass(), record.key()).orElseThrow(
                        () -> new AssertionError(record.key() + ", committed before the kill, is lost"));
                assertEquals(record, stored.record());
            }
            assertEquals(AesFacts.all().size(), store.changes(0, 1_000_000).size(), "change log entries");

            Person added = new Person(PersonId.of("after-the-crash"), "Après la panne", null, List.of(), null);
            assertEquals(1, store.put(added, 0L, new Actor("test")).stored().version());
            assertTrue(store.find(Person.class, added.key()).isPresent());
        }
    }
}
