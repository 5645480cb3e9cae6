package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RecordKey;
import org.junit.jupiter.api.Test;

/** Reads are public; writes need a bearer token the server knows; with none configured, writes are off. */
class AuthorizationTest {
    private static final String BODY = "{\"name\":\"Abdourahamane Tiani\"}";
    private static final String PATH = "/api/persons/abdourahamane-tiani";

    @Test
    void reads_need_no_token() {
        try (RunningApi api = RunningApi.withAesFacts()) {
            assertEquals(200, api.get("/api/persons/assimi-goita").status());
        }
    }

    @Test
    void a_write_without_a_token_gets_401_with_a_bearer_challenge() {
        try (RunningApi api = RunningApi.withAesFacts()) {
            RunningApi.Answer answer = api.send("PUT", PATH, BODY, "Content-Type", "application/json");

            assertEquals(401, answer.status());
            assertEquals("Bearer realm=\"confed\"", answer.header("WWW-Authenticate"));
            assertEquals(List.of("Authorization"), answer.errorFields());
            assertTrue(api.registry.find(org.confed.domain.model.Person.class, key()).isEmpty());
        }
    }

    @Test
    void basic_credentials_get_401() {
        try (RunningApi api = RunningApi.withAesFacts()) {
            RunningApi.Answer answer = api.send("PUT", PATH, BODY, "Content-Type", "application/json",
                    "Authorization", "Basic YWxpY2U6YWxpY2UtdG9rZW4tMDEyMzQ1Njc4OWFiY2RlZg==");

            assertEquals(401, answer.status());
            assertEquals(List.of("Authorization"), answer.errorFields());
        }
    }

    @Test
    void a_wrong_token_gets_401() {
        try (RunningApi api = RunningApi.withAesFacts()) {
            RunningApi.Answer answer = api.send("PUT", PATH, BODY, "Content-Type", "application/json",
                    "Authorization", "Bearer " + RunningApi.TOKEN + "x");

            assertEquals(401, answer.status());
            assertTrue(answer.header("WWW-Authenticate").contains("invalid_token"));
        }
    }

    @Test
    void the_right_token_writes_and_the_scheme_is_case_blind() {
        try (RunningApi api = RunningApi.withAesFacts()) {
            RunningApi.Answer answer = api.send("PUT", PATH, BODY, "Content-Type", "application/json",
                    "Authorization", "bearer " + RunningApi.TOKEN);

            assertEquals(201, answer.status());
        }
    }

    @Test
    void each_token_writes_under_its_own_name() {
        Tokens tokens = Tokens.of(Map.of("alice", RunningApi.TOKEN, "newsroom-bot", "bot-token-abcdefghijklmnop"));
        try (RunningApi api = RunningApi.start(RunningApi.aesRegistry(), RunningApi.config().withTokens(tokens))) {
            api.send("PUT", PATH, BODY, "Content-Type", "application/json", "Authorization", "Bearer bot-token-abcdefghijklmnop");

            assertEquals("newsroom-bot", api.registry.changesOf(key()).get(0).actor().name());
        }
    }

    @Test
    void with_no_token_configured_every_write_is_refused() {
        try (RunningApi api = RunningApi.start(RunningApi.aesRegistry(), RunningApi.config().withTokens(Tokens.none()))) {
            RunningApi.Answer put = api.write("PUT", PATH, BODY);
            RunningApi.Answer event = api.write("POST", "/api/action-plans/aes-unified-force/events",
                    "{\"status\":\"in_progress\",\"date\":\"2025-06\"}");
            RunningApi.Answer imported = api.write("POST", "/api/import", "{}");

            for (RunningApi.Answer answer : List.of(put, event, imported)) {
                assertEquals(403, answer.status());
                assertEquals(Problem.TYPE_BASE + "writes-disabled", answer.json().get("type").asText());
            }
            assertEquals(200, api.get("/api/persons/assimi-goita").status(), "reads go on");
        }
    }

    @Test
    void an_import_without_a_token_is_refused_before_its_body_is_read() {
        try (RunningApi api = RunningApi.withAesFacts()) {
            assertEquals(401, api.send("POST", "/api/import", "x".repeat(1000)).status());
        }
    }

    private static RecordKey key() {
        return RecordKey.of(Person.class, PersonId.of("abdourahamane-tiani"));
    }
}
