package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.confed.api.TestStores;
import org.confed.api.TestStores.Kind;
import org.confed.domain.fixtures.AesFacts;
import org.eclipse.jetty.io.ConnectionStatistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OWASP API Security Top 10 (2023) risks that apply to confed, probed over real HTTP by walking the route table,
 * so that a route added later is probed too. Each probe is checked as it is answered by {@link RunningApi}: an
 * answer of 400 or more must be a problem naming no class, stack frame or SQL.
 *
 * <ul>
 *   <li>API2 broken authentication: every write route refuses a missing, foreign-scheme, wrong or revoked token.</li>
 *   <li>API3 property level: unknown fields are refused on every way in, and never reach the store.</li>
 *   <li>API4 resource consumption: huge pages are lowered, oversized bodies are cut off at the limit.</li>
 *   <li>API5 function level: read routes cannot be made to write with another method.</li>
 *   <li>API8 misconfiguration and injection: security headers on every answer, CORS closed, TRACE refused, paths
 *       that climb out of the page folder, SQL in every parameter against real databases.</li>
 * </ul>
 * API1 (object level) and API6 (business flows) have no counterpart: there are no per-user objects, and every
 * token may write every record. API7 (SSRF), API9 and API10 concern outbound calls, which confed never makes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSecurityTest {
    /** A value for each path parameter that names an existing record where one exists. */
    private static final Map<String, String> PATH_VALUES = Map.of("id", "aes-unified-force", "code", "AES", "record", "action_plan:aes-unified-force");
    private static final List<String> WRITE_METHODS = List.of("PUT", "POST", "DELETE", "PATCH");
    private static final String BOB_TOKEN = "bob-token-0123456789abcdef";

    private final TestStores stores = new TestStores();
    private RunningApi api;
    private List<Route> routes;

    @BeforeAll
    void start() {
        api = RunningApi.withAesFacts();
        routes = ConfedApi.routes(api.registry, RunningApi.config(), () -> new byte[0]);
    }

    @AfterAll
    void stop() {
        api.close();
        stores.close();
    }

    // --- API2: every write route checks the token

    @Test
    void every_route_that_is_not_a_read_is_marked_as_a_write_and_there_are_writes_to_check() {
        List<Route> writes = routes.stream().filter(Route::write).toList();

        assertTrue(writes.size() >= 8, "the record PUTs, plan events and import: " + writes.size());
        for (Route route : routes) {
            assertEquals(!HandlerType.GET.equals(route.method()), route.write(), route.signature()
                    + ": a route that is not a GET must be a write, which the guard checks");
        }
    }

    @Test
    void every_write_route_refuses_a_missing_foreign_wrong_or_revoked_token_and_writes_nothing() {
        Tokens withBob = Tokens.of(Map.of(RunningApi.ACTOR, RunningApi.TOKEN, "bob", BOB_TOKEN));
        Tokens bobRevoked = Tokens.of(Map.of(RunningApi.ACTOR, RunningApi.TOKEN));
        try (RunningApi before = RunningApi.start(RunningApi.aesRegistry(), RunningApi.config().withTokens(withBob))) {
            assertEquals(201, before.write("PUT", "/api/persons/ali-lamine-zeine", "{\"name\":\"Ali Lamine Zeine\"}",
                    "Authorization", "Bearer " + BOB_TOKEN).status(), "bob writes while his token is configured");
        }
        try (RunningApi revoked = RunningApi.start(RunningApi.aesRegistry(), RunningApi.config().withTokens(bobRevoked))) {
            byte[] stored = revoked.get("/api/export?format=ndjson").body();
            Map<String, String[]> credentials = new LinkedHashMap<>();
            credentials.put("no Authorization", new String[0]);
            credentials.put("an empty Authorization", new String[] {"Authorization", " "});
            credentials.put("Basic", new String[] {"Authorization", "Basic YWxpY2U6" + RunningApi.TOKEN});
            credentials.put("the token without a scheme", new String[] {"Authorization", RunningApi.TOKEN});
            credentials.put("a wrong token", new String[] {"Authorization", "Bearer " + RunningApi.TOKEN.toUpperCase(Locale.ROOT)});
            credentials.put("a token's prefix", new String[] {"Authorization", "Bearer " + RunningApi.TOKEN.substring(0, 20)});
            credentials.put("a revoked name's token", new String[] {"Authorization", "Bearer " + BOB_TOKEN});
            credentials.put("the token as a query parameter", new String[] {"X-Token", RunningApi.TOKEN});
            int probes = 0;
            for (Route route : routes) {
                if (!route.write()) {
                    continue;
                }
                for (Map.Entry<String, String[]> credential : credentials.entrySet()) {
                    String path = concrete(route.path()) + (credential.getKey().contains("query") ? "?token=" + RunningApi.TOKEN : "");
                    List<String> headers = new ArrayList<>(List.of("Content-Type", route.requestType() == null
                            ? "application/json" : route.requestType()));
                    headers.addAll(List.of(credential.getValue()));

                    RunningApi.Answer answer = revoked.send(route.method().name(), path, sampleBody(route),
                            headers.toArray(String[]::new));

                    assertEquals(401, answer.status(), route.signature() + " with " + credential.getKey() + ": " + answer.text());
                    assertTrue(answer.header("WWW-Authenticate").startsWith("Bearer"), route.signature());
                    probes++;
                }
            }
            assertArrayEquals(stored, revoked.get("/api/export?format=ndjson").body(), "a refused write changed the store");
            assertTrue(probes >= 64, "probes: " + probes);
            System.out.println("refused credential probes: " + probes);
            RunningApi.Answer alice = revoked.write("PUT", "/api/persons/ali-lamine-zeine", "{\"name\":\"Ali Lamine Zeine\"}");
            assertEquals(201, alice.status(), "the token still configured still writes: " + alice.text());
        }
    }

    @Test
    void a_token_differing_only_in_case_is_refused_even_after_the_right_one_on_the_same_connection() throws IOException {
        String right = "Bearer " + RunningApi.TOKEN;
        String shouted = "Bearer " + RunningApi.TOKEN.toUpperCase(Locale.ROOT);
        try (Socket socket = new Socket("127.0.0.1", api.app.port())) {
            socket.setSoTimeout(30_000);
            List<Integer> statuses = new ArrayList<>();
            // Jetty builds a connection's header cache from its second request on; the right token goes first twice.
            for (String authorization : List.of(right, right, shouted, right, shouted)) {
                String body = "{\"name\":\"Ali Lamine Zeine\"}";
                socket.getOutputStream().write(("PUT /api/persons/ali-lamine-zeine HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nAuthorization: " + authorization + "\r\nContent-Length: "
                        + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
                statuses.add(readAnswer(socket.getInputStream()));
            }

            assertEquals(List.of(201, 200, 401, 200, 401), statuses);
        }
    }

    // One answer of a persistent connection: its status, after reading its head and its Content-Length of body.
    private static int readAnswer(InputStream in) throws IOException {
        String status = statusLine(in);
        long length = 0;
        String header;
        while (!(header = statusLine(in)).isEmpty()) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(header.substring("content-length:".length()).strip());
            }
        }
        in.skipNBytes(length);
        return Integer.parseInt(status.substring(9, 12));
    }

    // --- API5: a read route cannot be made to write

    @Test
    void a_read_route_answers_another_method_with_405_and_writes_nothing_even_with_a_token() {
        byte[] stored = api.get("/api/export?format=ndjson").body();
        int probes = 0;
        for (Route route : routes) {
            if (route.write() || hasWriteTwin(route)) {
                continue;
            }
            for (String method : WRITE_METHODS) {
                RunningApi.Answer answer = api.write(method, concrete(route.path()), "{\"name\":\"Intrus\"}");

                assertEquals(405, answer.status(), method + " " + route.path() + ": " + answer.text());
                assertTrue(answer.header("Allow").contains("GET") && !answer.header("Allow").contains(method),
                        method + " " + route.path() + " Allow: " + answer.header("Allow"));
                probes++;
            }
        }
        assertArrayEquals(stored, api.get("/api/export?format=ndjson").body());
        assertTrue(probes >= 40, "probes: " + probes);
    }

    private boolean hasWriteTwin(Route read) {
        return routes.stream().anyMatch(other -> other.write() && other.path().equals(read.path()));
    }

    // --- API3: unknown fields never reach the store

    @Test
    void unknown_fields_are_refused_by_every_write_that_takes_json_and_nothing_is_stored() {
        byte[] stored = api.get("/api/export?format=ndjson").body();
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("/api/persons/ali-lamine-zeine", "{\"name\":\"Ali Lamine Zeine\",\"role\":\"admin\"}");
        probes.put("/api/sources/apa-2024-11-06-koulouba", "{\"publisher\":\"APA\",\"version\":99}");
        probes.put("/api/states/TCD", "{\"name\":\"Tchad\",\"actor\":\"root\"}");
        probes.put("/api/confederations/G5S", "{\"name\":\"G5 Sahel\",\"members\":[\"MLI\"]}");
        probes.put("/api/meetings/aes-2025-06-bamako", "{\"kind\":\"summit\",\"date\":\"2025-06\",\"participants\":"
                + "[{\"person\":\"assimi-goita\",\"vote\":\"yes\"}]}");
        probes.put("/api/action-plans/aes-health-2025", "{\"confederation\":\"AES\",\"pillar\":\"development\","
                + "\"title\":\"Santé\",\"status\":\"completed\"}");
        for (Map.Entry<String, String> probe : probes.entrySet()) {
            RunningApi.Answer answer = api.write("PUT", probe.getKey(), probe.getValue());

            assertEquals(400, answer.status(), probe.getKey() + ": " + answer.text());
            assertTrue(answer.errorFields().stream().anyMatch(field -> field.matches("[a-z_]+\\.[a-z_]+(\\[1\\]\\.[a-z]+)?")),
                    probe.getKey() + " names the field: " + answer.errorFields());
        }
        RunningApi.Answer event = api.write("POST", "/api/action-plans/aes-unified-force/events",
                "{\"status\":\"in_progress\",\"date\":\"2025-06\",\"approved_by\":\"root\"}");
        RunningApi.Answer imported = api.send("POST", "/api/import",
                "{\"type\":\"person\",\"id\":\"ali-lamine-zeine\",\"name\":\"Ali Lamine Zeine\",\"admin\":true}\n",
                "Content-Type", "application/x-ndjson", "Authorization", "Bearer " + RunningApi.TOKEN);

        assertEquals(400, event.status(), event.text());
        assertEquals(List.of("plan_event.approved_by"), event.errorFields());
        assertEquals(422, imported.status(), imported.text());
        assertEquals(List.of("person.admin"), imported.errorFields());
        assertArrayEquals(stored, api.get("/api/export?format=ndjson").body());
    }

    // --- API4: unrestricted resource consumption

    @Test
    void an_absurd_limit_on_every_list_is_lowered_to_the_largest_page_or_refused() {
        int lists = 0;
        int capped = 0;
        try (RunningApi many = RunningApi.start(ManyRecords.registry(), RunningApi.config())) {
            for (Route route : routes) {
                if (route.write() || route.parameters().stream().noneMatch(param -> param.name().equals("limit"))) {
                    continue;
                }
                // a person's answer pages their meetings: ask for the one who took part in every meeting
                boolean person = route.path().equals("/api/persons/{id}");
                String path = person ? "/api/persons/" + ManyRecords.BUSY_PERSON : concrete(route.path());
                for (String limit : List.of("1000000000", "2147483648", "99999999999999999999")) {
                    RunningApi.Answer answer = many.get(path + "?limit=" + limit);

                    if (answer.status() == 200 && person) {
                        assertEquals(ApiConfig.MAX_PAGE_SIZE, answer.json().get("meetings").size(), path + "?limit=" + limit);
                        assertTrue(answer.json().has("meetings_next_cursor"), path);
                        capped++;
                    } else if (answer.status() == 200) {
                        // every list but the states (249 ISO codes) holds more than a page, so a missing cap would show
                        int expected = route.path().equals("/api/states") ? AesFacts.states().size()
                                + ManyRecords.unusedStateCodes().size() : ApiConfig.MAX_PAGE_SIZE;
                        assertEquals(expected, answer.json().get("items").size(), route.path() + "?limit=" + limit);
                        assertEquals(expected == ApiConfig.MAX_PAGE_SIZE, answer.json().has("next_cursor"), route.path());
                        capped += expected == ApiConfig.MAX_PAGE_SIZE ? 1 : 0;
                    } else {
                        assertEquals(400, answer.status(), route.path() + "?limit=" + limit + ": " + answer.text());
                        assertEquals(List.of("limit"), answer.errorFields());
                    }
                }
                lists++;
            }
        }
        assertTrue(lists >= 6, "lists: " + lists);
        assertTrue(capped >= 5 * 3, "lists cut to the largest page: " + capped);
    }

    @Test
    void a_body_streamed_far_past_the_limit_is_cut_off_with_413_after_at_most_the_limit_and_the_drain() throws Exception {
        // what the server read from each connection, counted by Jetty when it closes
        ConnectionStatistics received = new ConnectionStatistics();
        received.start();
        api.app.unsafe.jettyInternal.server.getConnectors()[0].addEventListener(received);
        for (String[] target : new String[][] {{"PUT", "/api/persons/ali-lamine-zeine", "application/json", "" + ApiConfig.DEFAULT_MAX_BODY_BYTES},
                {"POST", "/api/import", "application/x-ndjson", "" + RunningApi.IMPORT_CAP}}) {
            long offered = 512L * 1024 * 1024;
            AtomicLong sent = new AtomicLong();
            String status;
            received.reset();
            try (Socket socket = new Socket("127.0.0.1", api.app.port())) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write((target[0] + " " + target[1] + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + target[2]
                        + "\r\nAuthorization: Bearer " + RunningApi.TOKEN + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                Thread sender = new Thread(() -> sendChunks(out, offered, sent), "chunk sender");
                sender.setDaemon(true);
                sender.start();
                status = statusLine(socket.getInputStream());
                socket.close(); // stops the sender if it is still blocked on a full socket
                sender.join(60_000);
            }
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (received.getConnectionsTotal() == 0 || received.getConnections() > 0) {
                assertTrue(System.nanoTime() < deadline, "the server did not close the connection");
                Thread.sleep(10);
            }
            assertTrue(status.startsWith("HTTP/1.1 413"), target[1] + ": " + status);
            // The README's promise: the limit, then at most a 16 MiB drain so the client sees the answer. The slack is
            // the request head, the chunks' framing (9 bytes in 64 KiB) and what Javalin and Jetty read ahead into
            // their buffers (137 KB measured): 256 KiB.
            long limit = Long.parseLong(target[3]);
            long bound = limit + ProblemMapper.DRAIN_LIMIT + 256 * 1024 + (limit + ProblemMapper.DRAIN_LIMIT) / 1000;
            assertTrue(received.getReceivedBytes() <= bound, target[1] + ": the server read " + received.getReceivedBytes()
                    + " bytes, more than the limit " + limit + " and the drain " + ProblemMapper.DRAIN_LIMIT + " allow");
            assertTrue(received.getReceivedBytes() > limit, target[1] + ": counted " + received.getReceivedBytes());
        }
        assertEquals(200, api.get("/api/health").status(), "the server still answers");
    }

    private static void sendChunks(OutputStream out, long total, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try {
            while (sent.get() < total) {
                out.write(head);
                out.write(chunk);
                out.write(tail);
                sent.addAndGet(chunk.length);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            // the server closed the connection: what this test expects
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString().strip();
    }

    // --- API8: security misconfiguration

    @Test
    void every_answer_carries_the_security_headers_successes_errors_and_404s_alike() {
        List<RunningApi.Answer> answers = new ArrayList<>();
        for (Route route : routes) {
            String path = concrete(route.path());
            if (route.write()) {
                answers.add(api.send(route.method().name(), path, "{}", "Content-Type", "application/json")); // 401
                answers.add(api.write(route.method().name(), path, "{\"nonsense\":"));
            } else {
                answers.add(api.get(path));
                answers.add(api.get(path.replace("aes-unified-force", "nothing").replace("AES", "ZZZ")));
                answers.add(api.send("DELETE", path, null));
            }
        }
        answers.add(api.get("/"));
        answers.add(api.get("/no-such-page.html"));
        answers.add(api.get("/api/nowhere"));
        answers.add(api.send("TRACE", "/api/health", null));
        answers.add(api.send("OPTIONS", "/api/persons/assimi-goita", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "PUT"));
        answers.add(api.get("/api/meetings?from=2024-02-30"));
        answers.add(api.send("PUT", "/api/persons/x", "name=X", "Content-Type", "text/plain", "Authorization",
                "Bearer " + RunningApi.TOKEN));

        assertTrue(answers.stream().anyMatch(answer -> answer.status() == 404), "404s are among them");
        assertTrue(answers.stream().map(RunningApi.Answer::status).distinct().count() >= 6, "varied statuses");
        for (RunningApi.Answer answer : answers) {
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, answer.header("Content-Security-Policy"), answer.text());
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.text());
            assertEquals("no-referrer", answer.header("Referrer-Policy"), answer.text());
            assertNull(answer.header("Server"), "no server banner");
        }
    }

    @Test
    void cors_stays_closed_on_every_route_by_default() {
        for (Route route : routes) {
            String path = concrete(route.path());
            RunningApi.Answer simple = route.write()
                    ? api.write(route.method().name(), path, "{}", "Origin", "https://evil.example")
                    : api.get(path, "Origin", "https://evil.example");
            RunningApi.Answer preflight = api.send("OPTIONS", path, null, "Origin", "https://evil.example",
                    "Access-Control-Request-Method", route.method().name(), "Access-Control-Request-Headers", "authorization");

            for (RunningApi.Answer answer : List.of(simple, preflight)) {
                assertNull(answer.header("Access-Control-Allow-Origin"), route.signature());
                assertNull(answer.header("Access-Control-Allow-Credentials"), route.signature());
            }
            assertTrue(preflight.status() >= 400, route.signature() + " preflight: " + preflight.status());
        }
    }

    @Test
    void trace_and_connect_are_refused_on_every_route() throws IOException {
        for (Route route : routes) {
            RunningApi.Answer trace = api.send("TRACE", concrete(route.path()), null, "X-Secret", "echo-me");

            assertEquals(405, trace.status(), route.path());
            assertFalse(trace.text().contains("echo-me"), "TRACE echoes nothing");
        }
        try (Socket socket = new Socket("127.0.0.1", api.app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String status = statusLine(socket.getInputStream());
            assertTrue(status.startsWith("HTTP/1.1 4"), "CONNECT: " + status);
        }
    }

    @Test
    void paths_that_try_to_climb_out_of_the_page_folder_get_404_or_400_and_show_no_file() throws IOException {
        List<String> paths = List.of("/..%2f..%2f..%2fetc%2fpasswd", "/%252e%252e/%252e%252e/etc/passwd",
                "/..\\..\\..\\etc\\passwd", "/%2e%2e%5c%2e%2e%5cetc%5cpasswd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
                "//etc/passwd", "/index.html/../../../../etc/passwd", "/confed-test-web/../../../etc/passwd",
                "/index.html%00.png", "/.%2e/.%2e/etc/passwd", "/api/../../etc/passwd", "/WEB-INF/web.xml",
                "/org/confed/api/http/ConfedApi.class", "/../confed-test-web/.hidden");
        for (String path : paths) {
            String answer = api.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertTrue(answer.startsWith("HTTP/1.1 404 ") || answer.startsWith("HTTP/1.1 400 "), path + " -> " + answer);
            assertTrue(answer.contains("Content-Type: application/problem+json"), path + " -> " + answer);
            assertTrue(answer.contains("X-Content-Type-Options: nosniff"), path + " -> " + answer);
            assertFalse(answer.contains("root:") || answer.contains("CAFEBABE") || answer.contains("hidden"), path + " -> " + answer);
        }
    }

    // --- API8: injection, against real databases

    static Stream<Kind> databases() {
        return Kind.available().stream().filter(kind -> kind != Kind.MEMORY);
    }

    /** Texts that break out of a quoted SQL literal or comment the rest away, in the dialects of H2 and PostgreSQL. */
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "' OR 1=1 --", "'; DROP TABLE person; --",
            "AES'; DELETE FROM change_log; --", "1) OR (1=1", "\" OR \"\"=\"", "%' OR 1=1 --", "' UNION SELECT * FROM person --",
            "\\'; SELECT pg_sleep(0); --", "AES' AND 1=CAST((SELECT version()) AS INT) --", "$$; DROP TABLE person; $$",
            "%", "_", "assimi-goita' --");

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void sql_in_any_parameter_or_path_segment_gets_4xx_or_nothing_and_leaves_the_store_as_it_was(Kind kind) {
        try (RunningApi db = RunningApi.start(stores.withAesFacts(kind, RunningApi.TODAY), RunningApi.config())) {
            byte[] stored = db.get("/api/export?format=ndjson").body();
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            for (Route route : routes) {
                if (route.write()) {
                    continue;
                }
                for (String injection : INJECTIONS) {
                    String encoded = Urls.segment(injection);
                    for (Param param : route.parameters()) {
                        String probe = param.in().equals("path")
                                ? concrete(route.path()).replace(PATH_VALUES.get(param.name()), encoded)
                                : concrete(route.path()) + "?" + param.name() + "=" + encoded;
                        RunningApi.Answer answer = db.get(probe);

                        statuses.merge(answer.status(), 1, Integer::sum);
                        assertTrue(answer.status() < 500, probe + " -> " + answer.status() + " " + answer.text());
                        if (answer.status() == 200) {
                            JsonNode items = answer.json().path("items");
                            if (items.isArray() && items.isEmpty()) {
                                continue;
                            }
                            // only a search may find something: it reads words and ignores the rest, so it answers as its words alone do
                            assertEquals("q", param.name(), probe + " found something: " + answer.text());
                            String words = Urls.segment(injection.replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
                            String plain = concrete(route.path()) + "?q=" + words;
                            assertEquals(db.get(plain).text(), answer.text(), probe + " against " + plain);
                        }
                    }
                }
            }
            assertArrayEquals(stored, db.get("/api/export?format=ndjson").body(), "the store changed");
            assertEquals(AesFacts.all().size(), db.get("/api/export?format=ndjson").text().lines().count());
            assertTrue(statuses.values().stream().mapToInt(Integer::intValue).sum() >= 300, "probes: " + statuses);
            System.out.println("SQL injection probes on " + kind + ": " + statuses + " (status: answers)");
        }
    }

    /** A text field of each collection's records, and the fields a new record of it needs besides its key. */
    private static final Map<String, String> TEXT_FIELDS = Map.of("sources", "title", "states", "name",
            "confederations", "name", "persons", "name", "meetings", "title", "action-plans", "title");
    private static final Map<String, String> REQUIRED = Map.of("meetings", "\"kind\":\"other\",\"date\":\"2025-06\",",
            "action-plans", "\"confederation\":\"AES\",\"pillar\":\"defence_security\",");

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void sql_in_every_write_is_refused_or_stored_as_written_and_changes_nothing_else(Kind kind) {
        try (RunningApi db = RunningApi.start(stores.withAesFacts(kind, RunningApi.TODAY), RunningApi.config())) {
            List<String> stored = db.get("/api/export?format=ndjson").text().lines().toList();
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            java.util.Set<String> created = new java.util.HashSet<>();
            int probe = 0;
            for (Route route : routes) {
                if (!route.write()) {
                    continue;
                }
                for (String injection : INJECTIONS) {
                    String text = org.confed.application.json.Json.mapper().valueToTree(injection).toString();
                    String key = "inj-" + probe++;
                    List<String[]> probes = new ArrayList<>(); // path, body
                    for (Param param : route.parameters()) {
                        if (param.in().equals("path")) {
                            probes.add(new String[] {concrete(route.path()).replace(PATH_VALUES.get(param.name()),
                                    Urls.segment(injection)), sampleBody(route)});
                        }
                    }
                    String collection = route.path().startsWith("/api/") ? route.path().split("/")[2] : "";
                    if (route.method() == HandlerType.PUT && TEXT_FIELDS.containsKey(collection)) {
                        // a new record whose text is the injection: stored and read back as written
                        String path = route.path().replaceAll("\\{[a-z]+}", collection.equals("states")
                                ? ManyRecords.unusedStateCodes().get(probe) : collection.equals("confederations") ? "INJ" + probe : key);
                        String body = "{" + REQUIRED.getOrDefault(collection, "") + "\"" + TEXT_FIELDS.get(collection) + "\":" + text + "}";
                        RunningApi.Answer answer = db.write("PUT", path, body);
                        statuses.merge(answer.status(), 1, Integer::sum);
                        assertEquals(201, answer.status(), path + " " + body + " -> " + answer.text());
                        assertEquals(injection, db.get(path).json().get(TEXT_FIELDS.get(collection)).asText(), path);
                        created.add(path);
                    } else if (route.path().endsWith("/events")) {
                        probes.add(new String[] {concrete(route.path()), "{\"status\":" + text + ",\"date\":\"2025-06\"}"});
                        probes.add(new String[] {concrete(route.path()), "{\"status\":\"in_progress\",\"date\":" + text + "}"});
                    } else if (route.path().equals("/api/import")) {
                        probes.add(new String[] {route.path(), "{\"type\":\"person\",\"id\":" + text + ",\"name\":\"x\"}\n"});
                        probes.add(new String[] {route.path(), "{\"type\":" + text + ",\"id\":\"" + key + "\"}\n"});
                        probes.add(new String[] {route.path(), "{\"type\":\"meeting\",\"id\":\"" + key
                                + "\",\"kind\":\"other\",\"date\":\"2025-06\",\"participants\":[{\"person\":" + text + "}]}\n"});
                    }
                    for (String[] write : probes) {
                        RunningApi.Answer answer = db.send(route.method().name(), write[0], write[1], "Content-Type",
                                route.requestType() == null ? "application/json" : route.requestType(),
                                "Authorization", "Bearer " + RunningApi.TOKEN);

                        statuses.merge(answer.status(), 1, Integer::sum);
                        // a key, status, date or reference made of SQL names nothing and is no value: refused
                        assertTrue(answer.status() >= 400 && answer.status() < 500,
                                route.method() + " " + write[0] + " " + write[1] + " -> " + answer.status() + " " + answer.text());
                    }
                }
            }
            List<String> after = db.get("/api/export?format=ndjson").text().lines().toList();
            assertTrue(after.containsAll(stored), "a record that was there changed");
            assertEquals(stored.size() + created.size(), after.size(), "records besides those created: " + after.size());
            assertTrue(statuses.values().stream().mapToInt(Integer::intValue).sum() >= 200, "probes: " + statuses);
            System.out.println("SQL injection probes on writes, " + kind + ": " + statuses + " (status: answers)");
        }
    }

    /** The route's path with its parameters filled with values that exist. */
    private static String concrete(String path) {
        String concrete = path;
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            concrete = concrete.replace("{" + value.getKey() + "}", value.getValue());
        }
        assertFalse(concrete.contains("{"), "no sample value for a parameter of " + path);
        return concrete;
    }

    private static String sampleBody(Route route) {
        return route.requestType() != null && route.requestType().contains("ndjson")
                ? "{\"type\":\"person\",\"id\":\"ali-lamine-zeine\",\"name\":\"Ali Lamine Zeine\"}\n"
                : "{\"name\":\"Ali Lamine Zeine\",\"status\":\"in_progress\",\"date\":\"2025-06\"}";
    }
}
