package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.confed.api.TestStores.Kind;
import org.confed.api.TestStores;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.Source;
import org.confed.domain.model.SourceId;
import org.confed.domain.port.ChangeEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No lost update: eight HTTP clients at once read one record, add one to the number it holds and write it back with
 * {@code If-Match}, retrying on 412, until each has made its changes. Every 2xx answer must be one change: the final
 * number, the record's version and its change log all count exactly the 2xx answers. On every store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentUpdatesTest {
    private static final int CLIENTS = 8;
    private static final int CHANGES_EACH = 5;
    private static final int MAX_ATTEMPTS_EACH = 2_000;
    private static final String PATH = "/api/sources/race-counter";

    private final TestStores stores = new TestStores();

    @AfterAll
    void closeStores() {
        stores.close();
    }

    static List<Kind> kinds() {
        return Kind.available();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("kinds")
    void eight_clients_writing_one_record_with_if_match_lose_no_update(Kind kind) throws Exception {
        try (RunningApi api = RunningApi.start(stores.withAesFacts(kind, RunningApi.TODAY), RunningApi.config())) {
            assertEquals(201, api.write("PUT", PATH, counter(0), "If-None-Match", "*").status());
            Map<Integer, Integer> statuses = new TreeMap<>();
            Map<Integer, AtomicInteger> counted = new ConcurrentHashMap<>();
            AtomicInteger successes = new AtomicInteger();
            // what each successful write was based on: the ETag read, and whether the value read matched that version
            List<String> basedOn = java.util.Collections.synchronizedList(new ArrayList<>());
            List<String> mismatched = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    running.add(clients.submit(() -> {
                        start.await();
                        int made = 0;
                        for (int attempt = 0; made < CHANGES_EACH; attempt++) {
                            assertTrue(attempt < MAX_ATTEMPTS_EACH, "a client made no progress in " + attempt + " attempts");
                            RunningApi.Answer read = api.get(PATH);
                            assertEquals(200, read.status(), read.text());
                            int value = Integer.parseInt(read.json().get("excerpt").asText());
                            if (!read.header("ETag").equals("\"" + (value + 1) + "\"")) {
                                mismatched.add("value " + value + " read with ETag " + read.header("ETag"));
                            }
                            RunningApi.Answer written = api.write("PUT", PATH, counter(value + 1), "If-Match", read.header("ETag"));
                            counted.computeIfAbsent(written.status(), status -> new AtomicInteger()).incrementAndGet();
                            if (written.status() / 100 == 2) {
                                basedOn.add(read.header("ETag") + " -> " + written.header("ETag"));
                                made++;
                                successes.incrementAndGet();
                            } else {
                                assertEquals(412, written.status(), written.text());
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> client : running) {
                    client.get(5, TimeUnit.MINUTES);
                }
            } finally {
                clients.shutdownNow();
            }
            counted.forEach((status, count) -> statuses.put(status, count.get()));

            RunningApi.Answer last = api.get(PATH);
            List<ChangeEntry> log = api.registry.changesOf(RecordKey.of(Source.class, SourceId.of("race-counter")));
            assertEquals(CLIENTS * CHANGES_EACH, successes.get(), statuses.toString());
            assertEquals(List.of(), mismatched, "reads whose value and ETag disagree");
            assertEquals(basedOn.size(), basedOn.stream().map(entry -> entry.substring(0, entry.indexOf(' '))).distinct().count(),
                    () -> "two writes succeeded on the same ETag: " + basedOn.stream().sorted().toList());
            assertEquals(successes.get(), Integer.parseInt(last.json().get("excerpt").asText()),
                    () -> "the final value (ETag " + last.header("ETag") + ", " + log.size() + " change-log entries, read again: "
                            + api.get(PATH).text() + ")");
            assertEquals("\"" + (successes.get() + 1) + "\"", last.header("ETag"), "one version per change");
            assertEquals(successes.get() + 1, log.size(), "the change log: the creation, then one entry per 2xx");
            assertTrue(statuses.getOrDefault(412, 0) > 0,
                    "the clients did race (some writes were stale): " + statuses);
            System.out.println("races on " + kind + ": " + statuses + " (status: answers)");
        }
    }

    private static String counter(int value) {
        return "{\"publisher\":\"race\",\"excerpt\":\"" + value + "\"}";
    }
}
