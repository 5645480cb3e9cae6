package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Person;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.RecordWrite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write holds its terms back and inserts them in runs, in term order ({@link TermBuffer}); here the buffer is a
 * few hundred bytes, so one write's terms go in many runs. The write's own reads by term still see all it wrote, every
 * read does once it commits, and a write undone after some runs went in keeps none of them.
 */
class HeldTermsTest {
    private static final Actor TEST = new Actor("test");
    private static final int MEETINGS = 60;
    private static final long SMALL_BUFFER = 600;
    private static final RecordKey GOITA = RecordKey.of(Person.class, AesFacts.GOITA);

    @TempDir
    Path directory;

    private TestDatabase database;
    private Store store;

    @AfterEach
    void cleanUp() {
        if (store != null) {
            store.close();
        }
        database.cleanUp();
    }

    private Store storeWithSmallTermBuffer(TestDatabase.Kind kind) {
        database = TestDatabase.of(kind, directory);
        store = Store.open(database.newUrl(), TestDatabase.ENCODING, System.getenv(), 7, Clock.systemUTC(), true, SMALL_BUFFER);
        return store;
    }

    private static List<RecordWrite> everything() {
        List<RecordWrite> writes = new java.util.ArrayList<>(AesFacts.all().stream().map(RecordWrite::upsert).toList());
        IntStream.rangeClosed(1, MEETINGS).forEach(n -> writes.add(RecordWrite.upsert(Generated.meeting(n))));
        return writes;
    }

    private static Set<RecordKey> generatedKeys() {
        return IntStream.rangeClosed(1, MEETINGS).mapToObj(n -> Generated.meeting(n).key()).collect(Collectors.toSet());
    }

    /** What a view finds by term: the meetings Goïta attended, and the meetings whose text holds "travail". */
    private record ByTerm(Set<RecordKey> attended, Set<RecordKey> worded) {
        static ByTerm of(RecordView view) {
            return new ByTerm(keys(view.referring(Meeting.class, GOITA)),
                    keys(view.searchMeetings(new MeetingQuery(null, null, null, null, null, "travail", null, null, 1000)).items()));
        }

        private static Set<RecordKey> keys(List<? extends ConfedRecord> records) {
            return records.stream().map(ConfedRecord::key).collect(Collectors.toSet());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_write_finds_the_terms_it_holds_back_and_every_read_finds_them_once_committed(TestDatabase.Kind kind) {
        Store store = storeWithSmallTermBuffer(kind);

        ByTerm during = store.transact(TEST, session -> {
            session.putAll(everything());
            return ByTerm.of(session);
        });
        ByTerm after = ByTerm.of(store);

        assertTrue(during.attended().containsAll(generatedKeys()), "the write's own read by reference");
        assertTrue(during.worded().containsAll(generatedKeys()), "the write's own search by word");
        assertEquals(during, after);
        // a second write, into a store that is no longer empty, changes nothing and keeps every term
        store.transact(TEST, session -> session.putAll(everything()));
        assertEquals(after, ByTerm.of(store));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void a_write_undone_after_some_runs_of_terms_went_in_keeps_none(TestDatabase.Kind kind) {
        Store store = storeWithSmallTermBuffer(kind);

        assertThrows(IllegalStateException.class, () -> store.transact(TEST, session -> {
            session.putAll(everything());
            ByTerm.of(session);
            throw new IllegalStateException("undone");
        }));

        assertTrue(store.isEmpty());
        assertTrue(store.referring(Meeting.class, GOITA).isEmpty(), "meetings found by reference");
        assertTrue(store.searchMeetings(new MeetingQuery(null, null, null, null, null, "travail", null, null, 10)).items()
                .isEmpty(), "meetings found by word");
    }
}
