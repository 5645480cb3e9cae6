package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.confed.application.json.Json;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.Person;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.Source;
import org.confed.domain.model.SourceId;
import org.confed.domain.port.ChangeEntry;
import org.confed.persistence.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out: two {@code confed serve} processes on one PostgreSQL schema, started at the same moment on an empty
 * store, with clients writing through both at once. The demo data is loaded once, no acknowledged write is lost or
 * doubled, {@code If-Match} loses no update across the two, and each server answers with the other's writes at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutIT {
    private static final String LOADED = "loaded the AES demo data into the empty store";
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private String schema;
    private String url;
    private final List<Jar.Server> servers = new ArrayList<>();
    private Jar.Server a;
    private Jar.Server b;
    /** The shared store itself, for its change log (the API does not serve it). */
    private Store store;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void twoServersStartAtOnceOnAnEmptySchema() throws Exception {
        String postgres = Cli.requirePostgres();
        schema = "confed_scale_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        url = postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        // Both processes are launched together and race through migration and the demo-data check.
        ExecutorService launcher = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Jar.Server>> starting = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                Path home = Files.createDirectories(dir.resolve(name));
                starting.add(launcher.submit(() -> {
                    together.await();
                    return new Jar(home).on(url).serve(ProcessBuilder.Redirect.to(home.resolve("serve.err").toFile()));
                }));
            }
            Throwable failed = null;
            for (Future<Jar.Server> server : starting) {
                try {
                    servers.add(server.get(90, TimeUnit.SECONDS)); // the one that started is stopped after all
                } catch (ExecutionException e) {
                    failed = e.getCause();
                }
            }
            if (failed != null) {
                throw new AssertionError("a server did not start:" + serveErrors(), failed);
            }
        } finally {
            launcher.shutdownNow();
        }
        a = servers.get(0);
        b = servers.get(1);
        store = Store.open(url, RecordJson.codec());
    }

    @AfterAll
    void stopServersAndDropTheSchema() throws Exception {
        if (store != null) {
            store.close();
        }
        for (Jar.Server server : servers) {
            server.close();
        }
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(Cli.postgresUrl());
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void both_servers_started_together_on_an_empty_store_and_the_demo_data_was_loaded_exactly_once() throws Exception {
        String errA = serveErr("a");
        String errB = serveErr("b");
        int loadedBy = (errA.contains(LOADED) ? 1 : 0) + (errB.contains(LOADED) ? 1 : 0);
        List<ChangeEntry> byDemo = changes().stream().filter(entry -> entry.actor().equals(DemoData.ACTOR)).toList();
        Set<RecordKey> demoKeys = new HashSet<>();
        byDemo.forEach(entry -> demoKeys.add(entry.key()));

        assertEquals(1, loadedBy, "servers that loaded the demo data:\n--- a\n" + errA + "\n--- b\n" + errB);
        assertEquals(demoRecords(), byDemo.size(), "change-log entries by the demo data: one per record of the file");
        assertEquals(byDemo.size(), demoKeys.size(), "no demo record was written twice");
        for (Jar.Server server : servers) {
            Answer presidency = get(server, "api/confederations/AES/presidency?at=2024-11-06");
            assertEquals(200, presidency.status(), presidency.body());
            assertEquals("MLI", presidency.json().get("state").asText(), server.base);
        }
    }

    @Test
    void new_records_written_through_both_servers_at_once_are_each_stored_once() throws Exception {
        int writers = 4;
        int writesEach = 30;
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id -> the server that answered 201
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unanswered = new AtomicInteger();
        List<Callable<Void>> clients = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            clients.add(() -> {
                for (int i = 0; i < writesEach; i++) {
                    Jar.Server server = servers.get((writer + i) % 2); // alternately through A and B
                    String id = "scale-" + writer + "-" + i;
                    try {
                        Answer put = write(server, "api/persons/" + id, "{\"name\":\"Écrivain " + writer + "." + i + "\"}");
                        if (put.status() == 201) {
                            acknowledged.put(id, server.base);
                        } else {
                            unexpected.add(id + ": " + put.status() + " " + put.body());
                        }
                    } catch (IOException e) {
                        unanswered.incrementAndGet(); // may or may not be stored: neither counted nor required
                    }
                }
                return null;
            });
        }
        runTogether(clients);

        Map<String, Map<String, Integer>> storedPer = new TreeMap<>(); // server -> id -> times in its export
        for (Jar.Server server : servers) {
            storedPer.put(server.base, writtenPersons(server));
        }
        Map<String, Integer> stored = storedPer.get(a.base);
        Map<String, Integer> logged = new HashMap<>();
        for (ChangeEntry entry : changes()) {
            if (entry.key().type() == Person.class && acknowledged.containsKey(entry.key().id())) {
                logged.merge(entry.key().id(), 1, Integer::sum);
            }
        }

        assertEquals(List.of(), unexpected, "answers other than 201");
        long throughA = acknowledged.values().stream().filter(a.base::equals).count();
        long throughB = acknowledged.size() - throughA;
        assertEquals(writers * writesEach, acknowledged.size() + unanswered.get(), "every write was answered or failed");
        assertTrue(throughA > 0 && throughB > 0, "writes acknowledged through A: " + throughA + ", through B: " + throughB);
        assertEquals(stored, storedPer.get(b.base), "both servers export the same records");
        for (String id : acknowledged.keySet()) {
            assertEquals(1, stored.getOrDefault(id, 0), id + " was acknowledged 201: exported exactly once");
            assertEquals(1, logged.getOrDefault(id, 0), id + " was acknowledged 201: one change-log entry");
        }
        // only a write whose answer never came may be stored without a 201
        List<String> storedUnacknowledged = stored.keySet().stream().filter(id -> !acknowledged.containsKey(id)).toList();
        assertTrue(storedUnacknowledged.size() <= unanswered.get(), "stored but never acknowledged: " + storedUnacknowledged);
        System.out.println("scale-out writes: " + throughA + " acknowledged through A, " + throughB + " through B, "
                + unanswered.get() + " unanswered, " + stored.size() + " stored, 0 lost, 0 duplicates");
    }

    @Test
    void eight_clients_with_if_match_on_one_record_through_both_servers_lose_no_update() throws Exception {
        int clientsCount = 8;
        int changesEach = 4;
        int maxAttemptsEach = 2_000;
        String path = "api/sources/scale-counter";
        assertEquals(201, write(a, path, counter(0), "If-None-Match", "*").status());
        Map<Integer, AtomicInteger> counted = new ConcurrentHashMap<>();
        AtomicInteger successes = new AtomicInteger();
        List<Callable<Void>> clients = new ArrayList<>();
        for (int c = 0; c < clientsCount; c++) {
            Jar.Server server = servers.get(c % 2); // half the clients on each server
            clients.add(() -> {
                int made = 0;
                for (int attempt = 0; made < changesEach; attempt++) {
                    assertTrue(attempt < maxAttemptsEach, "a client made no progress in " + attempt + " attempts");
                    Answer read = get(server, path);
                    assertEquals(200, read.status(), read.body());
                    int value = Integer.parseInt(read.json().get("excerpt").asText());
                    Answer written = write(server, path, counter(value + 1), "If-Match", read.etag());
                    counted.computeIfAbsent(written.status(), status -> new AtomicInteger()).incrementAndGet();
                    if (written.status() / 100 == 2) {
                        made++;
                        successes.incrementAndGet();
                    } else {
                        assertEquals(412, written.status(), written.body());
                    }
                }
                return null;
            });
        }
        runTogether(clients);
        Map<Integer, Integer> statuses = new TreeMap<>();
        counted.forEach((status, count) -> statuses.put(status, count.get()));

        List<ChangeEntry> log = store.changesOf(RecordKey.of(Source.class, SourceId.of("scale-counter")));
        for (Jar.Server server : servers) {
            Answer last = get(server, path);
            assertEquals(successes.get(), Integer.parseInt(last.json().get("excerpt").asText()), "the final value on " + server.base);
            assertEquals("\"" + (successes.get() + 1) + "\"", last.etag(), "one version per change, on " + server.base);
        }
        assertEquals(clientsCount * changesEach, successes.get(), statuses.toString());
        assertEquals(successes.get() + 1, log.size(), "the change log: the creation, then one entry per 2xx");
        assertTrue(statuses.getOrDefault(412, 0) > 0, "the clients did race (some writes were stale): " + statuses);
        System.out.println("scale-out If-Match: " + statuses + " (status: answers), " + successes.get() + " changes, "
                + log.size() + " change-log entries with the creation");
    }

    @Test
    void each_server_answers_with_the_others_writes_at_once() throws Exception {
        int rounds = 6;
        for (int round = 0; round < rounds; round++) {
            Jar.Server writer = servers.get(round % 2);
            Jar.Server reader = servers.get((round + 1) % 2);
            String path = "api/persons/seen-" + round;
            // asked first, so a reader that kept answers would still hold "absent" when the write lands
            assertEquals(404, get(reader, path).status(), path + " before the write");

            Answer created = write(writer, path, "{\"name\":\"Created " + round + "\"}");
            Answer afterCreate = get(reader, path);
            Answer updated = write(writer, path, "{\"name\":\"Updated " + round + "\"}", "If-Match", created.etag());
            Answer afterUpdate = get(reader, path);

            assertEquals(201, created.status(), created.body());
            assertEquals(200, afterCreate.status(), writer.base + " wrote " + path + "; " + reader.base + " answered " + afterCreate.body());
            assertEquals("Created " + round, afterCreate.json().get("name").asText());
            assertEquals(created.etag(), afterCreate.etag());
            assertEquals(200, updated.status(), updated.body());
            assertEquals("Updated " + round, afterUpdate.json().get("name").asText(), "the update through " + writer.base);
            assertEquals(updated.etag(), afterUpdate.etag());
        }
    }

    // helpers

    record Answer(int status, String body, String etag) {
        JsonNode json() throws IOException {
            return Json.mapper().readTree(body);
        }
    }

    private Answer get(Jar.Server server, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.base + path)).GET());
    }

    private Answer write(Jar.Server server, String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base + path))
                .header("Authorization", "Bearer " + Jar.TOKEN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int h = 0; h < headers.length; h += 2) {
            request.header(headers[h], headers[h + 1]);
        }
        return send(request);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(ANSWER_WITHIN).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null));
    }

    private static String counter(int value) {
        return "{\"publisher\":\"race\",\"excerpt\":\"" + value + "\"}";
    }

    /** Starts all clients at one moment, waits for every one of them and rethrows the first failure. */
    private static void runTogether(List<Callable<Void>> clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> client : clients) {
                running.add(pool.submit(() -> {
                    start.await();
                    return client.call();
                }));
            }
            start.countDown();
            for (Future<Void> client : running) {
                client.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The persons this class wrote, as the server's {@code GET /api/export} gives them: id -> times exported. */
    private Map<String, Integer> writtenPersons(Jar.Server server) throws IOException, InterruptedException {
        Answer export = get(server, "api/export?format=ndjson");
        assertEquals(200, export.status(), export.body());
        Map<String, Integer> persons = new TreeMap<>();
        for (String line : Cli.lines(export.body())) {
            JsonNode record = Json.mapper().readTree(line);
            if (record.get("type").asText().equals("person") && record.get("id").asText().startsWith("scale-")) {
                persons.merge(record.get("id").asText(), 1, Integer::sum);
            }
        }
        return persons;
    }

    private List<ChangeEntry> changes() {
        List<ChangeEntry> all = new ArrayList<>();
        for (List<ChangeEntry> page = store.changes(0, 1000); !page.isEmpty();
             page = store.changes(page.get(page.size() - 1).sequence(), 1000)) {
            all.addAll(page);
        }
        return all;
    }

    private static long demoRecords() throws IOException {
        try (var in = DemoData.class.getResourceAsStream(DemoData.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("{")).count();
        }
    }

    private String serveErr(String server) throws IOException {
        Path err = dir.resolve(server).resolve("serve.err");
        return Files.exists(err) ? Files.readString(err) : "";
    }

    private String serveErrors() throws IOException {
        return "\n--- a\n" + serveErr("a") + "\n--- b\n" + serveErr("b");
    }
}
