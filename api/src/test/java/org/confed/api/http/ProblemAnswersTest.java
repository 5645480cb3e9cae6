package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.port.Registry;
import org.confed.domain.port.StoreUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of failure answers with an RFC 9457 problem naming what is at fault. (The fixture also checks every
 * error answer for its media type and for leaks of the server's insides.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemAnswersTest {
    /** Makes the next registry call fail with what it holds, once. */
    private final AtomicReference<RuntimeException> nextFailure = new AtomicReference<>();
    private RunningApi api;

    @BeforeAll
    void start() {
        api = RunningApi.start(failing(RunningApi.aesRegistry()), RunningApi.config());
    }

    @AfterAll
    void stop() {
        api.close();
    }

    private Registry failing(InMemoryRegistry registry) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            RuntimeException failure = nextFailure.getAndSet(null);
            if (failure != null) {
                throw failure;
            }
            try {
                return method.invoke(registry, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Registry) Proxy.newProxyInstance(Registry.class.getClassLoader(), new Class<?>[] {Registry.class}, handler);
    }

    @Test
    void an_unknown_route_gets_404() {
        RunningApi.Answer answer = api.get("/api/nations");

        assertEquals(404, answer.status());
        assertEquals("about:blank", answer.json().get("type").asText());
    }

    @Test
    void an_unknown_record_gets_404() {
        RunningApi.Answer answer = api.get("/api/persons/nobody");

        assertEquals(404, answer.status());
        assertEquals(Problem.TYPE_BASE + "not-found", answer.json().get("type").asText());
    }

    @Test
    void a_malformed_confederation_code_names_nothing() {
        assertEquals(404, api.get("/api/confederations/not%20a%20code/members").status());
        assertEquals(404, api.get("/api/confederations/ZZZ/presidencies").status());
    }

    @Test
    void a_day_without_a_presidency_gets_404() {
        assertEquals(404, api.get("/api/confederations/AES/presidency?at=2024-07-05").status());
    }

    @Test
    void a_wrong_method_gets_405_with_allow() {
        RunningApi.Answer answer = api.send("PATCH", "/api/persons/assimi-goita", null);

        assertEquals(405, answer.status());
        assertEquals("GET, PUT, DELETE, HEAD", answer.header("Allow"));
        assertEquals(List.of("method"), answer.errorFields());
    }

    @Test
    void trace_gets_405_on_any_path() {
        assertEquals(405, api.send("TRACE", "/api/health", null).status());
        assertEquals(405, api.send("TRACE", "/nowhere", null).status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/confederations/AES/members?at=2024-13-01|at",
            "/api/confederations/AES/members?at=2024-11|at",
            "/api/confederations/AES/members?at=%E9|at",
            "/api/confederations/AES/presidency?at=06/11/2024|at",
            "/api/confederations/AES/presidency?at=2024-11-06&at=2024-11-07|at",
            "/api/action-plans/aes-unified-force?at=yesterday|at",
            "/api/sources?limit=many|limit",
            "/api/sources?cursor=bm90LWEtY3Vyc29y|cursor",
            "/api/states?cursor=WyJwZXJzb24iLCJhIl0|cursor",
            "/api/meetings?kind=picnic|kind",
            "/api/meetings?person=Assimi%20Goita|person",
            "/api/meetings?from=2024-02-30|from",
            "/api/meetings?confederation=aes|confederation",
            "/api/action-plans?status=dreaming|status",
            "/api/timeline?to=soon|to",
            "/api/confederations/AES/presidencies/forecast?count=two|count",
            "/api/export?format=xml|format",
    })
    void a_bad_parameter_gets_400_naming_it(String pathAndQuery, String parameter) {
        RunningApi.Answer answer = api.get(pathAndQuery);

        assertEquals(400, answer.status(), answer.text());
        assertEquals(List.of(parameter), answer.errorFields());
        assertEquals(Problem.TYPE_BASE + "invalid-parameter", answer.json().get("type").asText());
    }

    @Test
    void a_malformed_escape_in_the_query_gets_400_naming_the_parameter() throws java.io.IOException {
        String answer = api.raw("GET /api/confederations/AES/members?at=%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.contains("Content-Type: application/problem+json"), answer);
        assertTrue(answer.contains("{\"field\":\"at\""), answer);
    }

    @Test
    void a_very_long_parameter_is_refused_before_it_is_read() {
        assertEquals(List.of("q"), api.get("/api/meetings?q=" + "a".repeat(600)).errorFields());
    }

    @Test
    void malformed_json_gets_400_naming_the_body() {
        RunningApi.Answer answer = api.write("PUT", "/api/persons/x", "{\"name\": ");

        assertEquals(400, answer.status());
        assertEquals(List.of("body"), answer.errorFields());
        assertEquals(Problem.TYPE_BASE + "malformed-json", answer.json().get("type").asText());
    }

    @Test
    void json_nested_ten_thousand_deep_gets_400() {
        RunningApi.Answer answer = api.write("PUT", "/api/persons/x", "[".repeat(10_000) + "]".repeat(10_000));

        assertEquals(400, answer.status());
        assertEquals(List.of("body"), answer.errorFields());
        assertTrue(answer.json().get("detail").asText().contains("deeper than"), answer.text());
    }

    @Test
    void a_duplicated_field_gets_400() {
        assertEquals(List.of("body"), api.write("PUT", "/api/persons/x", "{\"name\":\"A\",\"name\":\"B\"}").errorFields());
    }

    @Test
    void a_body_that_is_not_an_object_gets_400() {
        RunningApi.Answer answer = api.write("PUT", "/api/persons/x", "[]");

        assertEquals(400, answer.status());
        assertEquals(List.of("person"), answer.errorFields());
    }

    @Test
    void a_body_that_is_not_utf8_gets_400_naming_the_body() {
        byte[] utf32 = java.util.Base64.getDecoder().decode("ex1jb2RlIjoiucoATwAAAHsiY29kY29kZSI6Ik8AAAAAAAAAAFNNTAAAAAAseCJORVIiAAAAAAAAAAAAAAAAXX0=");
        byte[] utf16 = "{\"name\":\"Abdourahamane Tiani\"}".getBytes(StandardCharsets.UTF_16);
        byte[] latin1 = "{\"name\":\"Assimi Goïta\"}".getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] body : List.of(utf32, utf16, latin1)) {
            RunningApi.Answer answer = api.send(HttpRequest.newBuilder(api.uri("/api/persons/abdourahamane-tiani"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + RunningApi.TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());

            assertEquals(400, answer.status(), answer.text());
            assertEquals(List.of("body"), answer.errorFields());
            assertEquals(Problem.TYPE_BASE + "malformed-json", answer.json().get("type").asText());
        }
    }

    @Test
    void a_body_that_is_not_json_gets_415() {
        RunningApi.Answer answer = api.send("PUT", "/api/persons/x", "name=X", "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", "Bearer " + RunningApi.TOKEN);

        assertEquals(415, answer.status());
        assertEquals(List.of("Content-Type"), answer.errorFields());
    }

    @Test
    void a_body_over_the_limit_gets_413() {
        String big = "{\"name\":\"" + "a".repeat((int) ApiConfig.DEFAULT_MAX_BODY_BYTES) + "\"}";

        RunningApi.Answer answer = api.write("PUT", "/api/persons/x", big);

        assertEquals(413, answer.status());
        assertEquals(List.of("body"), answer.errorFields());
    }

    @Test
    void a_chunked_body_over_the_limit_gets_413() {
        byte[] big = ("{\"name\":\"" + "a".repeat((int) ApiConfig.DEFAULT_MAX_BODY_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(api.uri("/api/persons/x"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + RunningApi.TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();

        assertEquals(413, api.send(request).status());
    }

    @Test
    void a_streamed_import_over_its_cap_gets_413_without_a_content_length() {
        byte[] big = new byte[(int) RunningApi.IMPORT_CAP * 4];
        HttpRequest request = HttpRequest.newBuilder(api.uri("/api/import"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + RunningApi.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();

        RunningApi.Answer answer = api.send(request);

        assertEquals(413, answer.status());
        assertEquals(List.of("body"), answer.errorFields());
    }

    @Test
    void an_import_declared_over_its_cap_gets_413() {
        String big = "x".repeat((int) RunningApi.IMPORT_CAP + 1);

        assertEquals(413, api.send("POST", "/api/import", big, "Authorization", "Bearer " + RunningApi.TOKEN).status());
    }

    @Test
    void an_invalid_import_is_refused_naming_the_field_and_a_good_one_reports_counts() {
        RunningApi.Answer refused = api.send("POST", "/api/import", "{\"type\":\"state\"}\n",
                "Content-Type", "application/x-ndjson", "Authorization", "Bearer " + RunningApi.TOKEN);
        RunningApi.Answer accepted = api.send("POST", "/api/import",
                "{\"type\":\"state\",\"code\":\"TCD\",\"name\":\"Tchad\"}\n",
                "Content-Type", "application/x-ndjson", "Authorization", "Bearer " + RunningApi.TOKEN);
        RunningApi.Answer exported = api.get("/api/export?format=ndjson");

        assertEquals(422, refused.status());
        assertEquals("state.code", refused.json().get("errors").get(0).get("field").asText());
        assertEquals(200, accepted.status());
        assertEquals(1, accepted.json().get("written").get("state").get("inserted").asInt());
        assertEquals(200, exported.status());
        assertTrue(exported.text().contains("\"code\":\"TCD\""), exported.text());
    }

    @Test
    void a_forecast_the_facts_cannot_support_gets_422() {
        api.write("PUT", "/api/confederations/G5S", "{\"name\":\"G5 Sahel\"}");

        RunningApi.Answer answer = api.get("/api/confederations/G5S/presidencies/forecast");

        assertEquals(422, answer.status());
        assertEquals(Problem.TYPE_BASE + "forecast-unavailable", answer.json().get("type").asText());
    }

    @Test
    void a_term_length_past_the_calendar_gets_422_not_500() {
        InMemoryRegistry registry = RunningApi.aesRegistry();
        org.confed.domain.model.Confederation aes = org.confed.domain.fixtures.AesFacts.confederation();
        registry.put(org.confed.domain.schema.Records.with(aes, "presidency_term",
                org.confed.domain.model.TermLength.parse("P999999999Y")), null, org.confed.domain.port.Actor.CLI);
        try (RunningApi absurd = RunningApi.start(registry, RunningApi.config())) {
            RunningApi.Answer answer = absurd.get("/api/confederations/AES/presidencies/forecast");

            assertEquals(422, answer.status());
            assertEquals(List.of("confederation.presidency_term"), answer.errorFields());
        }
    }

    @Test
    void an_unreachable_store_gets_503() {
        nextFailure.set(new StoreUnavailableException("the database at jdbc:h2:/secret is locked",
                new IllegalStateException("org.h2.jdbc.JdbcSQLException: secret")));

        RunningApi.Answer answer = api.get("/api/health");

        assertEquals(503, answer.status());
        assertEquals(Problem.TYPE_BASE + "store-unavailable", answer.json().get("type").asText());
    }

    @Test
    void an_unexpected_failure_gets_a_generic_500() {
        nextFailure.set(new IllegalStateException("java.sql.SQLException in org.confed.persistence.Store at line 42"));

        RunningApi.Answer answer = api.get("/api/persons/assimi-goita");

        assertEquals(500, answer.status());
        assertEquals("about:blank", answer.json().get("type").asText());
        assertEquals("Internal Server Error", answer.json().get("title").asText());
        // the generic words, nothing of the failure (the fixture's leak check would not see "line 42")
        assertEquals("Something went wrong on the server. It has been logged; nothing more is known here.",
                answer.json().get("detail").asText());
        assertFalse(answer.text().contains("line 42") || answer.text().contains("Store"), answer.text());
    }

    @Test
    void the_leak_check_of_the_fixture_is_armed() {
        RunningApi.Answer leaking = new RunningApi.Answer(500, java.net.http.HttpHeaders.of(
                java.util.Map.of("Content-Type", List.of(Problem.MEDIA_TYPE)), (name, value) -> true),
                "{\"status\":500,\"detail\":\"java.lang.NullPointerException\"}".getBytes(StandardCharsets.UTF_8));

        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> RunningApi.assertIsASafeProblem(leaking)).getMessage().contains("Exception"));
    }
}
