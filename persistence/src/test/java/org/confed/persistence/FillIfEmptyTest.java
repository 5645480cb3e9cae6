package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An empty store is filled once: by the first to ask, and on PostgreSQL by one of several processes at once. */
class FillIfEmptyTest {
    @TempDir
    Path directory;

    private TestDatabase database;
    private final ExecutorService fillers = Executors.newFixedThreadPool(2);

    @AfterEach
    void cleanUp() throws InterruptedException {
        fillers.shutdownNow();
        fillers.awaitTermination(30, TimeUnit.SECONDS);
        if (database != null) {
            database.cleanUp();
        }
    }

    private static String fillWithTheAesFacts(Store store, String who) {
        store.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), new Actor(who));
        return who;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void an_empty_store_is_filled_and_a_filled_one_is_left_alone(TestDatabase.Kind kind) {
        database = TestDatabase.of(kind, directory);
        Store store = database.newStore();
        AtomicBoolean ranAgain = new AtomicBoolean();

        Optional<String> first = store.fillIfEmpty(() -> fillWithTheAesFacts(store, "first"));
        Optional<String> second = store.fillIfEmpty(() -> {
            ranAgain.set(true);
            return fillWithTheAesFacts(store, "second");
        });

        assertEquals(Optional.of("first"), first);
        assertEquals(Optional.empty(), second);
        assertFalse(ranAgain.get(), "the fill ran on a store that held records");
        assertEquals(AesFacts.all().size(), store.changes(0, 1000).size());
    }

    /**
     * Two stores on one schema stand for two servers starting at once: the second asks while the first is still
     * filling. It must wait for the first, then find the store filled, and not fill it again.
     */
    @Test
    void of_two_processes_on_one_empty_postgresql_store_exactly_one_fills_it() throws Exception {
        database = TestDatabase.postgres();
        String url = database.newUrl();
        Store first = database.open(url);
        Store second = database.open(url);
        CountDownLatch firstIsFilling = new CountDownLatch(1);
        CountDownLatch firstMayWrite = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();

        Future<Optional<String>> byFirst = fillers.submit(() -> first.fillIfEmpty(() -> {
            firstIsFilling.countDown();
            await(firstMayWrite);
            return fillWithTheAesFacts(first, "first");
        }));
        assertTrue(firstIsFilling.await(30, TimeUnit.SECONDS), "the first fill did not start");
        Future<Optional<String>> bySecond = fillers.submit(() -> second.fillIfEmpty(() -> {
            secondRan.set(true);
            return fillWithTheAesFacts(second, "second");
        }));
        awaitAWaiterForTheFillLock(url, secondRan);
        firstMayWrite.countDown();

        assertEquals(Optional.of("first"), byFirst.get(30, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), bySecond.get(30, TimeUnit.SECONDS));
        assertFalse(secondRan.get(), "the second process filled the store too");
        assertEquals(AesFacts.all().size(), second.changes(0, 1000).size());
    }

    /** Until PostgreSQL shows a session waiting for the fill lock of the schema at {@code url}. */
    private static void awaitAWaiterForTheFillLock(String url, AtomicBoolean secondRan) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            while (true) {
                // two-integer advisory keys show as classid, objid (unsigned), objsubid 2
                try (ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        + " AND NOT granted AND objsubid = 2 AND classid::bigint = " + 0x6366
                        + " AND objid::bigint = (hashtext(current_schema())::bigint & 4294967295)")) {
                    waiting.next();
                    if (waiting.getLong(1) > 0) {
                        return;
                    }
                }
                assertFalse(secondRan.get(), "the second process filled the store too, while the first was filling it");
                assertTrue(System.nanoTime() < until, "the second fill never waited for the first");
                Thread.onSpinWait();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the test never let the first fill go on");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
