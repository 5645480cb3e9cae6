package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Person;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.RecordWrite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write's instant is its clock's, unless that is not after the last write's: then it is a microsecond after, so
 * "as recorded at" an instant always names one state of the store, whatever the clock does.
 */
class GrowingInstantsTest {
    private static final Instant START = Instant.parse("2026-03-01T12:00:00.000007Z");

    @TempDir
    Path directory;

    private TestDatabase database;

    @AfterEach
    void cleanUp() {
        if (database != null) {
            database.cleanUp();
        }
    }

    /** A clock that goes back a second each time it is read. */
    private static Clock goingBack() {
        return new Clock() {
            private Instant next = START;

            @Override
            public synchronized Instant instant() {
                Instant now = next;
                next = next.minus(Duration.ofSeconds(1));
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void instants_grow_by_a_microsecond_when_the_clock_goes_back(TestDatabase.Kind kind) {
        database = TestDatabase.of(kind, directory);
        Store store = database.newStore(Store.DEFAULT_CHUNK_SIZE, goingBack());
        store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("importer"));
        for (int i = 0; i < 5; i++) {
            store.put(new Person(AesFacts.GOITA, "Assimi Goïta", "Honorific " + i, List.of(), null), null, new Actor("editor"));
        }

        List<ChangeEntry> entries = store.changes(0, 1000);

        int imported = AesFacts.all().size();
        assertEquals(START, entries.get(0).at(), "the first write takes the clock's instant");
        assertEquals(START, entries.get(imported - 1).at(), "one instant for one write");
        for (int i = 0; i < 5; i++) {
            assertEquals(START.plusNanos(1000L * (i + 1)), entries.get(imported + i).at(), "write " + (i + 2));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_write_that_changes_nothing_leaves_no_trace(TestDatabase.Kind kind) {
        database = TestDatabase.of(kind, directory);
        Store store = database.newStore(Store.DEFAULT_CHUNK_SIZE, goingBack());
        store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("importer"));
        store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("importer"));
        store.transact(new Actor("reader"), session -> session.count(Person.class));

        store.put(new Person(AesFacts.GOITA, "Assimi Goïta", "Changed", List.of(), null), null, new Actor("editor"));

        List<ChangeEntry> entries = store.changes(0, 1000);
        assertEquals(AesFacts.all().size() + 1, entries.size());
        ChangeEntry last = entries.get(entries.size() - 1);
        assertEquals(START.plusNanos(1000), last.at(), "the write after the first one that changed anything");
        assertTrue(entries.stream().noneMatch(entry -> entry.actor().name().equals("reader")));
    }
}
