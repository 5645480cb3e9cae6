package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.Source;
import org.confed.domain.model.SourceId;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.VersionConflictException;
import org.confed.domain.port.Versioned;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two stores on one PostgreSQL schema stand for two servers sharing it: their writes take turns through the
 * database's advisory lock, so a write sees every write committed before it, read-then-write loses no update, and
 * the log's sequences and instants grow in the order writes commit.
 */
class TwoServersOnOnePostgresTest {
    private static final int CHANGES_EACH = 20;

    private final TestDatabase database = TestDatabase.postgres();
    private final ExecutorService servers = Executors.newFixedThreadPool(2);
    private String url;
    private Store first;
    private Store second;

    @BeforeEach
    void twoServers() {
        url = database.newUrl();
        first = database.open(url);
        second = database.open(url);
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        servers.shutdownNow();
        servers.awaitTermination(30, TimeUnit.SECONDS);
        database.cleanUp();
    }

    @Test
    void a_write_through_one_waits_for_the_write_under_way_through_the_other_and_sees_it() throws Exception {
        Person written = new Person(PersonId.of("first-writer"), "First Writer", null, List.of(), null);
        CountDownLatch firstIsWriting = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        Future<?> byFirst = servers.submit(() -> first.transact(new Actor("first"), session -> {
            session.put(RecordWrite.upsert(written));
            firstIsWriting.countDown();
            await(firstMayCommit);
            return null;
        }));
        assertTrue(firstIsWriting.await(30, TimeUnit.SECONDS), "the first write did not start");
        Future<Boolean> bySecond = servers.submit(() -> second.transact(new Actor("second"),
                session -> session.find(Person.class, written.key()).isPresent()));
        awaitAWriterWaitingForItsTurn();
        firstMayCommit.countDown();

        byFirst.get(30, TimeUnit.SECONDS);
        assertTrue(bySecond.get(30, TimeUnit.SECONDS), "the second write began before the first committed");
    }

    @Test
    void read_then_write_through_both_loses_no_update_and_the_log_grows_in_order() throws Exception {
        Source counter = new Source(SourceId.of("shared-counter"), "race", null, null, null, null, null, "0", null);
        first.put(counter, 0L, new Actor("setup"));
        List<Future<List<String>>> running = new ArrayList<>();
        for (Store server : List.of(first, second)) {
            running.add(servers.submit(() -> {
                List<String> moves = new ArrayList<>();
                while (moves.size() < CHANGES_EACH) {
                    Versioned<Source> read = server.find(Source.class, counter.key()).orElseThrow();
                    Source next = new Source(counter.id(), "race", null, null, null, null, null,
                            Integer.toString(Integer.parseInt(read.record().excerpt()) + 1), null);
                    try {
                        moves.add(read.version() + " -> " + server.put(next, read.version(), new Actor("racer")).stored().version());
                    } catch (VersionConflictException stale) {
                        // the other server wrote first: read again
                    }
                }
                return moves;
            }));
        }
        List<String> moves = new ArrayList<>();
        for (Future<List<String>> server : running) {
            moves.addAll(server.get(2, TimeUnit.MINUTES));
        }

        Versioned<Source> last = second.find(Source.class, counter.key()).orElseThrow();
        assertEquals(2 * CHANGES_EACH, moves.stream().map(move -> move.substring(0, move.indexOf(' '))).distinct().count(),
                () -> "two writes on one version: " + moves.stream().sorted().toList());
        assertEquals(2 * CHANGES_EACH + 1, last.version());
        assertEquals(Integer.toString(2 * CHANGES_EACH), last.record().excerpt());
        List<ChangeEntry> log = first.changes(0, 1000);
        assertEquals(2 * CHANGES_EACH + 1, log.size());
        for (int i = 1; i < log.size(); i++) {
            assertEquals(log.get(i - 1).sequence() + 1, log.get(i).sequence(), "no gap in the log");
            assertTrue(log.get(i).at().isAfter(log.get(i - 1).at()), "instants grow: " + log.get(i - 1) + " then " + log.get(i));
            assertEquals(log.get(i - 1).newVersion() + 1, log.get(i).newVersion(), "versions follow the log");
        }
    }

    /** Until PostgreSQL shows a session waiting for the write lock of the schema ("cw", and the schema's hash). */
    private void awaitAWriterWaitingForItsTurn() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        + " AND NOT granted AND objsubid = 2 AND classid::bigint = " + 0x6377
                        + " AND objid::bigint = (hashtext(current_schema())::bigint & 4294967295)")) {
                    waiting.next();
                    if (waiting.getLong(1) > 0) {
                        return;
                    }
                }
                assertFalse(System.nanoTime() > until, "the second write never waited for the first");
                Thread.onSpinWait();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the test never let the first write go on");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
