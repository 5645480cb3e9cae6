package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.confed.api.TestStores;
import org.confed.api.TestStores.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NDJSON files of the bad-input corpus sent to {@code POST /api/import} on a real server over each store: each
 * gets a 422 problem naming the field and line its {@code .expect} names (a body too large for the server's limit gets
 * 413 before it is read), and the store's export is the same before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadImportOverHttpTest {
    /** {@code FILE:LINE: type.field: message}, the field optional. */
    private static final Pattern EXPECTED = Pattern.compile("([^:]+):(\\d+): (?:([a-z_]+(?:\\.[a-z_\\[\\]0-9.]+)?): )?(.*)");

    private final TestStores stores = new TestStores();
    private final Map<Kind, RunningApi> servers = new EnumMap<>(Kind.class);

    @AfterAll
    void stop() {
        servers.values().forEach(RunningApi::close);
        stores.close();
    }

    static Stream<Arguments> ndjsonFilesOnEachStore() {
        List<String> files = new ArrayList<>();
        Path folder = corpus().resolve("ndjson");
        try (Stream<Path> listed = Files.list(folder)) {
            listed.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".ndjson")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Kind.available().stream().flatMap(kind -> files.stream().map(file -> Arguments.of(file, kind)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("ndjsonFilesOnEachStore")
    void a_bad_ndjson_body_gets_a_problem_naming_field_and_line_and_changes_nothing(String file, Kind kind) throws IOException {
        RunningApi api = server(kind);
        byte[] before = api.get("/api/export?format=ndjson").body();
        Path folder = corpus().resolve("ndjson");
        String expect = Files.readAllLines(folder.resolve(file + ".expect"), StandardCharsets.UTF_8).get(0);
        Matcher parts = EXPECTED.matcher(expect);
        assertTrue(parts.matches(), expect);

        RunningApi.Answer answer = post(api, Files.readAllBytes(folder.resolve(file)));

        assertEquals(422, answer.status(), answer.text());
        String field = parts.group(3) == null ? "body" : parts.group(3);
        String message = "line " + parts.group(2) + ": " + parts.group(4).replace(file, "request body");
        List<String> errors = new ArrayList<>();
        for (JsonNode error : answer.json().get("errors")) {
            errors.add(error.get("field").asText() + " | " + error.get("message").asText());
        }
        assertTrue(errors.stream().anyMatch(error -> error.startsWith(field + " | " + message)),
                "expected " + field + " | " + message + "\nbut got " + errors);
        assertArrayEquals(before, api.get("/api/export?format=ndjson").body(), file + " changed the store");
    }

    static Stream<Kind> kinds() {
        return Kind.available().stream();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("kinds")
    void a_body_past_the_import_limit_gets_413_and_changes_nothing(Kind kind) {
        RunningApi api = server(kind);
        byte[] before = api.get("/api/export?format=ndjson").body();
        String line = "{\"type\":\"person\",\"id\":\"ali-lamine-zeine\",\"name\":\"" + "x".repeat((int) RunningApi.IMPORT_CAP) + "\"}\n";

        RunningApi.Answer answer = post(api, line.getBytes(StandardCharsets.UTF_8));

        assertEquals(413, answer.status(), answer.text());
        assertArrayEquals(before, api.get("/api/export?format=ndjson").body());
    }

    private static RunningApi.Answer post(RunningApi api, byte[] body) {
        return api.send(HttpRequest.newBuilder(api.uri("/api/import"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + RunningApi.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private RunningApi server(Kind kind) {
        return servers.computeIfAbsent(kind, k -> RunningApi.start(stores.withAesFacts(k, RunningApi.TODAY), RunningApi.config()));
    }

    private static Path corpus() {
        try {
            return Path.of(BadImportOverHttpTest.class.getResource("/bad-input").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
