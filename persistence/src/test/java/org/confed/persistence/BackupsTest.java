package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.port.Actor;
import org.confed.domain.port.Versioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups taken while writes go on are each one moment of the store: whole writes, in order, nothing after. */
class BackupsTest {
    @TempDir
    Path directory;

    @Test
    void backups_taken_during_a_stream_of_writes_each_hold_a_whole_prefix_of_it() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("live").resolve("confed");
        List<Path> backups = new ArrayList<>();
        AtomicInteger written = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            // one writer, one person at a time, each version 1 then 2: a backup must never hold person n+1 without n,
            // nor a person at version 1 whose second write came before a later person's first
            Thread writer = new Thread(() -> {
                for (int n = 0; writing.get() && n < 100_000; n++) {
                    Person first = new Person(PersonId.of("p-" + n), "Personne " + n, null, List.of(), null);
                    store.put(first, 0L, new Actor("writer"));
                    store.put(new Person(first.id(), "Personne " + n + " (revue)", null, List.of(), null), 1L, new Actor("writer"));
                    written.incrementAndGet();
                }
            });
            writer.start();
            for (int i = 0; i < 4; i++) {
                int before = written.get();
                while (written.get() < before + 50 && writer.isAlive()) {
                    Thread.onSpinWait();
                }
                Path zip = directory.resolve("backup-" + i + ".zip");
                store.backupTo(zip);
                backups.add(zip);
            }
            writing.set(false);
            writer.join();
        }

        int previous = -1;
        for (int i = 0; i < backups.size(); i++) {
            String restored = "jdbc:h2:file:" + directory.resolve("restored-" + i).resolve("confed");
            Store.restore(backups.get(i), restored, Map.of(), false, Clock.systemUTC(), TestDatabase.ENCODING);
            try (Store store = Store.open(restored, TestDatabase.ENCODING)) {
                List<Versioned<Person>> persons = store.list(Person.class, null, 100_000);
                int count = persons.size();
                for (int n = 0; n < count; n++) {
                    PersonId id = PersonId.of("p-" + n);
                    Versioned<Person> person = store.find(Person.class, new Person(id, "x", null, List.of(), null).key())
                            .orElseThrow(() -> new AssertionError("a backup of " + count + " persons lacks " + id));
                    // only the last person may be caught between its two writes
                    assertTrue(person.version() == 2 || n == count - 1 && person.version() == 1,
                            id + " at version " + person.version() + " in a backup of " + count);
                }
                long expectedChanges = 2L * count - (count > 0 && store.find(Person.class,
                        new Person(PersonId.of("p-" + (count - 1)), "x", null, List.of(), null).key()).orElseThrow().version() == 1 ? 1 : 0);
                assertEquals(expectedChanges, store.changes(0, 1_000_000).size(), "change log of backup " + i);
                assertTrue(count > previous, "backup " + i + " (" + count + " persons) after one of " + previous);
                previous = count;
            }
        }
        assertTrue(previous >= 200, "persons in the last backup: " + previous);
    }

    @Test
    void a_backup_cut_short_or_holding_no_database_is_found_by_reading_it_through() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("store").resolve("confed");
        Path whole = directory.resolve("whole.zip");
        try (Store store = Store.open(url, TestDatabase.ENCODING)) {
            store.put(new Person(PersonId.of("p"), "Personne", null, List.of(), null), 0L, new Actor("test"));
            store.backupTo(whole);
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(whole);
        Path cut = java.nio.file.Files.write(directory.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path empty = directory.resolve("empty.zip");
        try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(empty))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
        }

        Store.checkBackup(whole, "whole.zip");
        var cutShort = org.junit.jupiter.api.Assertions.assertThrows(org.confed.domain.port.StoreUnavailableException.class,
                () -> Store.checkBackup(cut, "cut.zip"));
        var noDatabase = org.junit.jupiter.api.Assertions.assertThrows(org.confed.domain.port.StoreUnavailableException.class,
                () -> Store.checkBackup(empty, "empty.zip"));

        assertTrue(cutShort.getMessage().startsWith("cut.zip is not a whole backup: "), cutShort.getMessage());
        assertEquals("empty.zip is not a whole backup: it holds no H2 database file (*.mv.db)",
                noDatabase.getMessage());
    }
}
