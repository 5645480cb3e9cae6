package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.confed.application.json.Json;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;

/**
 * The API started on a free port over a registry, with a real HTTP client. Every answer of 400 or more is checked
 * as it arrives: it must be a problem ({@code application/problem+json}) and leak nothing of the server's insides.
 */
final class RunningApi implements AutoCloseable {
    static final String TOKEN = "alice-token-0123456789abcdef";
    static final String ACTOR = "alice";
    /** "Today" in every test: the day of the Koulouba audience. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2024-11-06T12:00:00Z"), ZoneOffset.UTC);
    static final long IMPORT_CAP = 64 * 1024;

    /** Texts that would show a server's insides: class names, stack frames. */
    private static final List<String> LEAKS = List.of("Exception", "org.confed", "java.", "\tat ", "at org.", "jetty",
            "javalin", "jackson", "SQL");

    final Registry registry;
    final Javalin app;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final URI base;

    private RunningApi(Registry registry, ApiConfig config) {
        this(registry, config, null);
    }

    private RunningApi(Registry registry, ApiConfig config, BackupSource backups) {
        this.registry = registry;
        this.app = ConfedApi.create(registry, config, backups).start("127.0.0.1", 0);
        this.base = URI.create("http://127.0.0.1:" + app.port());
    }

    /**
     * The test configuration: token {@value #ACTOR}, today 2024-11-06, a 64 KiB import cap, the test page, the default
     * load limits but no limit per client address (every test is one address sending hundreds of probes in a burst;
     * {@code LoadSheddingTest} checks that limit).
     */
    static ApiConfig config() {
        return ApiConfig.defaults(Tokens.of(Map.of(ACTOR, TOKEN))).withClock(TODAY).withMaxImportBytes(IMPORT_CAP)
                .withWebRoot("/confed-test-web").withLimits(LoadLimits.defaults().withClientRate(0));
    }

    static InMemoryRegistry aesRegistry() {
        InMemoryRegistry registry = new InMemoryRegistry(TODAY);
        List<RecordWrite> writes = new ArrayList<>();
        AesFacts.all().forEach(record -> writes.add(RecordWrite.upsert(record)));
        registry.write(writes, Actor.CLI);
        return registry;
    }

    static RunningApi withAesFacts() {
        return new RunningApi(aesRegistry(), config());
    }

    static RunningApi start(Registry registry, ApiConfig config) {
        return new RunningApi(registry, config);
    }

    static RunningApi start(Registry registry, ApiConfig config, BackupSource backups) {
        return new RunningApi(registry, config, backups);
    }

    URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    Answer get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).headers(headers(headers)).GET().build());
    }

    /** A request with a JSON body and the test's token. */
    Answer write(String method, String pathAndQuery, String json, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/json", "Authorization", "Bearer " + TOKEN));
        all.addAll(List.of(headers));
        return send(method, pathAndQuery, json, all.toArray(String[]::new));
    }

    Answer send(String method, String pathAndQuery, String body, String... headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).headers(headers(headers)).method(method, publisher).build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(response.statusCode(), response.headers(), response.body());
            if (answer.status() >= 400 && !request.method().equals("HEAD")) {
                assertIsASafeProblem(answer);
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request sent as written, on a socket: java.net.http refuses or normalises some paths and queries. */
    String raw(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void assertIsASafeProblem(Answer answer) {
        assertEquals(Problem.MEDIA_TYPE, answer.contentType(), answer.text());
        String text = answer.text();
        for (String leak : LEAKS) {
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains(leak.toLowerCase(java.util.Locale.ROOT)),
                    "an error body shows \"" + leak + "\": " + text);
        }
        JsonNode problem = answer.json();
        assertEquals(answer.status(), problem.get("status").asInt(), text);
        for (String member : List.of("type", "title", "detail", "errors")) {
            assertFalse(problem.path(member).isMissingNode(), "the problem lacks " + member + ": " + text);
        }
    }

    private static String[] headers(String... headers) {
        return headers.length == 0 ? new String[] {"X-Test", "1"} : headers;
    }

    @Override
    public void close() {
        app.stop();
    }

    /** An answer: status, headers and body. */
    record Answer(int status, HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            String type = header("Content-Type");
            return type == null ? null : type.split(";")[0].strip();
        }

        /** The names of the fields the problem's errors list. */
        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.get("field").asText()));
            return fields;
        }
    }
}
