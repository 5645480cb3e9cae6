package org.confed.domain.contract;

import static org.confed.domain.fixtures.AesFacts.GOITA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Person;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.port.VersionConflictException;
import org.junit.jupiter.api.Test;

/** What every {@link org.confed.domain.port.ChangeLog} must keep. */
public abstract class ChangeLogContract {

    /** A new, empty registry for each test. */
    protected abstract Registry registry();

    @Test
    void every_insert_and_update_is_logged_with_its_actor_and_versions() {
        Registry registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("importer"));
        Person changed = new Person(GOITA, "Assimi Goïta", "Général", List.of(), null);
        registry.put(changed, null, new Actor("editor"));

        List<ChangeEntry> all = registry.changes(0, 1000);
        assertEquals(AesFacts.all().size() + 1, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).sequence() > all.get(i - 1).sequence(), "sequences grow");
        }
        List<ChangeEntry> goita = registry.changesOf(RecordKey.of(Person.class, GOITA));
        assertEquals(2, goita.size());
        assertEquals(new Actor("importer"), goita.get(0).actor());
        assertEquals(0, goita.get(0).oldVersion());
        assertEquals(1, goita.get(0).newVersion());
        assertEquals(new Actor("editor"), goita.get(1).actor());
        assertEquals(1, goita.get(1).oldVersion());
        assertEquals(2, goita.get(1).newVersion());
        assertEquals(changed, goita.get(1).content());
        assertTrue(!goita.get(1).at().isBefore(goita.get(0).at()));
    }

    @Test
    void an_unchanged_write_logs_nothing() {
        Registry registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("importer"));
        long before = registry.changes(0, 1000).size();

        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("importer"));

        assertEquals(before, registry.changes(0, 1000).size());
    }

    @Test
    void a_refused_write_logs_nothing() {
        Registry registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("importer"));
        long before = registry.changes(0, 1000).size();

        assertThrows(VersionConflictException.class,
                () -> registry.put(new Person(GOITA, "X", null, List.of(), null), 7L, new Actor("editor")));

        assertEquals(before, registry.changes(0, 1000).size());
    }

    @Test
    void the_log_reads_a_page_at_a_time() {
        Registry registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("importer"));

        List<ChangeEntry> first = registry.changes(0, 5);
        List<ChangeEntry> second = registry.changes(first.get(4).sequence(), 5);

        assertEquals(5, first.size());
        assertEquals(5, second.size());
        assertTrue(second.get(0).sequence() > first.get(4).sequence());
    }

    @Test
    void a_write_has_one_instant_and_each_later_write_a_later_one() {
        Registry registry = registry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor("importer"));
        for (int i = 0; i < 20; i++) {
            registry.put(new Person(GOITA, "Assimi Goïta", "Honorific " + i, List.of(), null), null, new Actor("editor"));
        }

        List<ChangeEntry> all = registry.changes(0, 1000);

        int imported = AesFacts.all().size();
        assertEquals(imported + 20, all.size());
        assertEquals(1, all.subList(0, imported).stream().map(ChangeEntry::at).distinct().count(), "one instant for one write");
        for (int i = imported; i < all.size(); i++) {
            assertTrue(all.get(i).at().isAfter(all.get(i - 1).at()),
                    "entry " + i + " at " + all.get(i).at() + " after " + all.get(i - 1).at());
        }
    }
}
