package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The expensive routes are held to their limits from outside (LoadShedding): beyond a route's limit a request waits
 * in a short queue, then gets 503; beyond all expensive routes' limit together, 503; an address asking too often,
 * 429; each refusal a problem with Retry-After, while the cheap routes answer on. A client sending slower than the
 * minimum data rate is cut off. The expensive requests are held inside the registry by a gate the test opens.
 */
class LoadSheddingTest {
    private final ExecutorService clients = Executors.newCachedThreadPool();

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    /** Holds every call that lists records (export, timeline) or searches meetings for words until it is opened. */
    private static final class Gate {
        private final Semaphore entered = new Semaphore(0);
        private final CountDownLatch open = new CountDownLatch(1);

        Registry around(Registry registry) {
            InvocationHandler handler = (proxy, method, arguments) -> {
                boolean expensive = method.getName().equals("list") || method.getName().equals("searchMeetings")
                        && ((MeetingQuery) arguments[0]).text() != null;
                if (expensive && open.getCount() > 0) {
                    entered.release();
                    assertTrue(open.await(60, TimeUnit.SECONDS), "the gate was never opened");
                }
                try {
                    return method.invoke(registry, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Registry) Proxy.newProxyInstance(Registry.class.getClassLoader(), new Class<?>[] {Registry.class}, handler);
        }

        void awaitEntered(int requests) throws InterruptedException {
            assertTrue(entered.tryAcquire(requests, 30, TimeUnit.SECONDS), requests + " requests should be inside");
        }

        boolean anotherEntered() throws InterruptedException {
            return entered.tryAcquire(1, 200, TimeUnit.MILLISECONDS);
        }

        void open() {
            open.countDown();
        }
    }

    private CompletableFuture<RunningApi.Answer> later(RunningApi api, String path) {
        return CompletableFuture.supplyAsync(() -> api.get(path), clients);
    }

    private static RunningApi.Answer done(CompletableFuture<RunningApi.Answer> answer) throws Exception {
        return answer.get(60, TimeUnit.SECONDS);
    }

    private static void assertBusy(RunningApi.Answer answer, String what, String retryAfter) {
        assertEquals(503, answer.status(), answer.text());
        assertEquals(Problem.TYPE_BASE + "busy", answer.json().get("type").asText());
        assertTrue(answer.json().get("detail").asText().contains(what), answer.text());
        assertEquals(retryAfter, answer.header("Retry-After"));
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, answer.header("Content-Security-Policy"));
    }

    private static ApiConfig config(LoadLimits limits) {
        return RunningApi.config().withLimits(limits);
    }

    @Test
    void exports_beyond_their_limit_get_503_with_retry_after_while_the_cheap_routes_answer() throws Exception {
        Gate gate = new Gate();
        LoadLimits limits = LoadLimits.defaults().withClientRate(0).withConcurrent(Map.of(ExpensiveRoute.EXPORT, 2))
                .withQueue(0, Duration.ofSeconds(3));
        try (RunningApi api = RunningApi.start(gate.around(RunningApi.aesRegistry()), config(limits))) {
            CompletableFuture<RunningApi.Answer> first = later(api, "/api/export");
            CompletableFuture<RunningApi.Answer> second = later(api, "/api/export?format=json");
            gate.awaitEntered(2);

            RunningApi.Answer third = api.get("/api/export?format=csv");
            RunningApi.Answer slashed = api.get("/api/export/");
            RunningApi.Answer head = api.send("HEAD", "/api/export", null);

            assertBusy(third, "export requests as it takes at once (2)", "3");
            assertBusy(slashed, "export requests", "3");
            assertEquals(503, head.status());
            assertFalse(gate.anotherEntered(), "a refused export reached the store");
            // the reserve: other routes, a search among them, still answer
            assertEquals(200, api.get("/api/health").status());
            assertEquals(200, api.get("/api/persons/assimi-goita").status());
            assertEquals(200, api.get("/api/confederations/AES/presidency?at=2024-11-06").status());
            assertEquals(201, api.write("PUT", "/api/persons/ali-lamine-zeine", "{\"name\":\"Ali Lamine Zeine\"}").status());
            gate.open();
            assertEquals(200, done(first).status());
            assertEquals(200, done(second).status());
            assertEquals(200, api.get("/api/export").status(), "a place is free again");
        }
    }

    @Test
    void a_request_beyond_the_limit_waits_in_the_queue_and_is_served_when_a_place_frees() throws Exception {
        Gate gate = new Gate();
        LoadLimits limits = LoadLimits.defaults().withClientRate(0).withConcurrent(Map.of(ExpensiveRoute.SEARCH, 1))
                .withQueue(1, Duration.ofSeconds(60));
        try (RunningApi api = RunningApi.start(gate.around(RunningApi.aesRegistry()), config(limits))) {
            CompletableFuture<RunningApi.Answer> first = later(api, "/api/meetings?q=niamey");
            gate.awaitEntered(1);
            CompletableFuture<RunningApi.Answer> waiting = later(api, "/api/meetings?q=bamako");

            assertFalse(gate.anotherEntered(), "the second search waits outside");
            assertFalse(waiting.isDone(), "the second search is held, not refused: " + (waiting.isDone() ? done(waiting).text() : ""));
            // a meeting list without words is not a search: it is not held
            assertEquals(200, api.get("/api/meetings?confederation=AES").status());
            gate.open();
            assertEquals(200, done(first).status());
            RunningApi.Answer served = done(waiting);
            assertEquals(200, served.status(), served.text());
            assertEquals(api.get("/api/meetings?q=bamako").json(), served.json());
        }
    }

    @Test
    void a_request_that_waits_longer_than_the_queue_allows_gets_503() throws Exception {
        Gate gate = new Gate();
        LoadLimits limits = LoadLimits.defaults().withClientRate(0).withConcurrent(Map.of(ExpensiveRoute.TIMELINE, 1))
                .withQueue(4, Duration.ofMillis(300));
        try (RunningApi api = RunningApi.start(gate.around(RunningApi.aesRegistry()), config(limits))) {
            CompletableFuture<RunningApi.Answer> first = later(api, "/api/timeline");
            gate.awaitEntered(1);

            RunningApi.Answer expired = api.get("/api/timeline?confederation=AES");

            assertBusy(expired, "timeline requests as it takes at once (1)", "1");
            gate.open();
            assertEquals(200, done(first).status());
        }
    }

    @Test
    void all_expensive_routes_together_are_held_to_their_total() throws Exception {
        Gate gate = new Gate();
        LoadLimits limits = LoadLimits.defaults().withClientRate(0).withAllExpensive(2)
                .withConcurrent(Map.of(ExpensiveRoute.SEARCH, 2, ExpensiveRoute.TIMELINE, 2)).withQueue(0, Duration.ofSeconds(2));
        try (RunningApi api = RunningApi.start(gate.around(RunningApi.aesRegistry()), config(limits))) {
            CompletableFuture<RunningApi.Answer> search = later(api, "/api/meetings?q=niamey");
            CompletableFuture<RunningApi.Answer> timeline = later(api, "/api/timeline");
            gate.awaitEntered(2);

            RunningApi.Answer another = api.get("/api/meetings?q=koulouba");

            assertBusy(another, "expensive requests (export, import, search, timeline, backup) together as it takes at once (2)", "2");
            gate.open();
            assertEquals(200, done(search).status());
            assertEquals(200, done(timeline).status());
        }
    }

    @Test
    void an_address_making_expensive_requests_too_fast_gets_429_and_its_cheap_requests_still_pass() {
        LoadLimits limits = LoadLimits.defaults().withClientRate(2);
        try (RunningApi api = RunningApi.start(RunningApi.aesRegistry(), config(limits))) {
            List<Integer> statuses = new ArrayList<>();
            RunningApi.Answer refused = null;
            for (int i = 0; i < 12; i++) {
                RunningApi.Answer answer = api.get(i % 2 == 0 ? "/api/meetings?q=niamey" : "/api/export");
                statuses.add(answer.status());
                if (answer.status() == 429) {
                    refused = answer;
                }
            }

            assertTrue(statuses.contains(200), statuses.toString());
            assertTrue(refused != null, "12 expensive requests in a row from one address, none refused: " + statuses);
            assertEquals(Set.of(200, 429), Set.copyOf(statuses));
            assertEquals("1", refused.header("Retry-After"));
            assertEquals(Problem.TYPE_BASE + "too-many-requests", refused.json().get("type").asText());
            assertTrue(refused.json().get("detail").asText().contains("more than 2 expensive requests"), refused.text());
            for (int i = 0; i < 50; i++) {
                assertEquals(200, api.get(i % 2 == 0 ? "/api/health" : "/api/meetings?confederation=AES").status(),
                        "cheap requests are not counted");
            }
        }
    }

    @Test
    void a_client_sending_a_body_slower_than_the_minimum_rate_is_cut_off_before_it_ends() throws Exception {
        LoadLimits limits = LoadLimits.defaults().withClientRate(0).withMinDataRate(2000);
        try (RunningApi api = RunningApi.start(RunningApi.aesRegistry(), config(limits))) {
            byte[] body = ("{\"name\":\"" + "x".repeat(19_980) + "\"}").getBytes(StandardCharsets.US_ASCII);
            AtomicLong sent = new AtomicLong();
            String answer;
            try (Socket socket = new Socket("127.0.0.1", api.app.port())) {
                socket.setSoTimeout(120_000);
                OutputStream out = socket.getOutputStream();
                out.write(("PUT /api/persons/slow-sender HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + RunningApi.TOKEN + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                // 100 bytes every 200 ms: 500 B/s, a quarter of the minimum; the whole body would take 40 s
                Thread sender = new Thread(() -> {
                    try {
                        for (int at = 0; at < body.length; at += 100) {
                            out.write(body, at, Math.min(100, body.length - at));
                            out.flush();
                            sent.addAndGet(Math.min(100, body.length - at));
                            Thread.sleep(200);
                        }
                    } catch (IOException | InterruptedException e) {
                        // cut off: what this test expects
                    }
                }, "slow sender");
                sender.setDaemon(true);
                sender.start();
                answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
                socket.close();
                sender.join(10_000);
            }

            assertTrue(sent.get() < body.length, "the server took the whole body at 500 B/s: " + sent.get());
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408 "), answer);
            assertEquals(404, api.get("/api/persons/slow-sender").status(), "nothing was written");
            assertEquals(200, api.get("/api/health").status());
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException reset) {
            return new byte[0];
        }
    }

    @Test
    void the_document_lists_429_and_503_with_retry_after_on_the_expensive_routes_only() {
        try (RunningApi api = RunningApi.withAesFacts()) {
            JsonNode paths = api.get("/openapi.json").json().get("paths");
            for (String route : List.of("/api/export get", "/api/export head", "/api/import post", "/api/meetings get",
                    "/api/timeline get", "/api/backup post")) {
                String[] parts = route.split(" ");
                JsonNode responses = paths.get(parts[0]).get(parts[1]).get("responses");
                assertTrue(responses.has("503"), route);
                assertTrue(responses.get("503").get("headers").has("Retry-After"), route);
                assertTrue(parts[1].equals("head") || responses.get("503").get("content").has(Problem.MEDIA_TYPE), route);
                assertFalse(responses.has("429"), route + ": the test configuration has no per-client rate");
            }
            for (String cheap : List.of("/api/health", "/api/persons/{id}", "/api/confederations/{code}/presidency")) {
                paths.get(cheap).forEach(operation -> operation.get("responses").forEach(response ->
                        assertFalse(response.has("headers") && response.get("headers").has("Retry-After"), cheap)));
            }
        }
        try (RunningApi api = RunningApi.start(RunningApi.aesRegistry(), config(LoadLimits.defaults()))) {
            JsonNode export = api.get("/openapi.json").json().get("paths").get("/api/export").get("get").get("responses");
            assertTrue(export.get("429").get("headers").has("Retry-After"));
        }
    }
}
