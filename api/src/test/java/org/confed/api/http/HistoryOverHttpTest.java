package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.confed.api.TestStores;
import org.confed.api.TestStores.Kind;
import org.confed.application.json.Json;
import org.confed.application.json.RecordJson;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.persistence.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A session of the history routes on every store: a change read back in the log and in a record's history, a question
 * asked as recorded before it, a retraction refused then made, two records of one person merged; and two servers on
 * one PostgreSQL that see each other's retractions at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryOverHttpTest {
    private static final String GOITA = "/api/persons/assimi-goita";
    private final TestStores stores = new TestStores();

    @AfterAll
    void closeStores() {
        stores.close();
    }

    static List<Kind> kinds() {
        return Kind.available();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> items(RunningApi.Answer answer) {
        List<JsonNode> items = new ArrayList<>();
        answer.json().get("items").forEach(items::add);
        return items;
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("kinds")
    void a_change_is_logged_and_the_registry_as_recorded_before_it_still_answers(Kind kind) {
        try (RunningApi api = RunningApi.start(stores.withAesFacts(kind, RunningApi.TODAY), RunningApi.config())) {
            ObjectNode goita = (ObjectNode) api.get(GOITA).json();
            String etag = api.get(GOITA).header("ETag");
            ObjectNode changed = RecordJson.codec().toJson(RecordJson.codec().fromJson(
                    Json.mapper().createObjectNode().put("id", "assimi-goita").put("name", "Assimi Goïta")
                            .put("honorific", "Chef de l'État"), org.confed.domain.schema.RecordSchemas.named("person").orElseThrow()));
            assertEquals(200, api.write("PUT", GOITA, changed.toString(), "If-Match", etag).status());

            List<JsonNode> history = items(api.get(GOITA + "/history"));
            assertEquals(List.of("insert", "update"), history.stream().map(entry -> entry.get("kind").asText()).toList());
            assertEquals("cli", history.get(0).get("actor").asText());
            assertEquals(RunningApi.ACTOR, history.get(1).get("actor").asText());
            assertEquals(1, history.get(1).get("replaced").asInt());
            assertEquals("Chef de l'État", history.get(1).get("content").get("honorific").asText());
            String before = history.get(0).get("at").asText();

            assertEquals(goita.get("honorific"), api.get(GOITA + "?recorded=" + q(before)).json().get("honorific"));
            assertEquals("Chef de l'État", api.get(GOITA).json().get("honorific").asText());
            assertEquals(404, api.get("/api/confederations/AES/presidency?at=2024-11-06&recorded=2001-01-01").status(),
                    "before the first write the registry held nothing");
            assertEquals("assimi-goita", api.get("/api/confederations/AES/presidency?at=2024-11-06&recorded=" + q(before))
                    .json().get("holder").get("id").asText());

            RunningApi.Answer newest = api.get("/api/changes?limit=1");
            assertEquals("update", items(newest).get(0).get("kind").asText());
            String cursor = newest.json().get("next_cursor").asText();
            JsonNode older = items(api.get("/api/changes?limit=1&cursor=" + q(cursor))).get(0);
            assertTrue(older.get("sequence").asLong() < items(newest).get(0).get("sequence").asLong());
            assertEquals(1, items(api.get("/api/changes?actor=" + RunningApi.ACTOR)).size());
            assertEquals(2, items(api.get("/api/changes?record=person:assimi-goita")).size());
            RunningApi.Answer bad = api.get("/api/changes?record=nobody");
            assertEquals(400, bad.status());
            assertEquals(List.of("record"), bad.errorFields());
            assertEquals(List.of("recorded"), api.get(GOITA + "?recorded=last-tuesday").errorFields());
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("kinds")
    void a_retraction_is_refused_while_referred_to_and_the_log_keeps_what_was_retracted(Kind kind) {
        try (RunningApi api = RunningApi.start(stores.withAesFacts(kind, RunningApi.TODAY), RunningApi.config())) {
            RunningApi.Answer refused = api.write("DELETE", GOITA, null);
            assertEquals(409, refused.status());
            assertTrue(refused.json().get("detail").asText().contains("office_term:assimi-goita"), refused.text());
            assertEquals(200, api.get(GOITA).status(), "nothing changed");

            assertEquals(201, api.write("PUT", "/api/persons/ghost-writer", "{\"name\":\"Ghost Writer\"}").status());
            String written = items(api.get("/api/persons/ghost-writer/history")).get(0).get("at").asText();
            assertEquals(412, api.write("DELETE", "/api/persons/ghost-writer", null, "If-Match", "\"2\"").status());
            RunningApi.Answer retracted = api.write("DELETE", "/api/persons/ghost-writer", null, "If-Match", "\"1\"");
            assertEquals(200, retracted.status(), retracted.text());
            assertEquals("retract", retracted.json().get("kind").asText());
            assertEquals("Ghost Writer", retracted.json().get("content").get("name").asText());

            assertEquals(404, api.get("/api/persons/ghost-writer").status());
            assertEquals(404, api.write("DELETE", "/api/persons/ghost-writer", null).status());
            assertEquals("Ghost Writer", api.get("/api/persons/ghost-writer?recorded=" + q(written)).json().get("name").asText());
            assertEquals(List.of("insert", "retract"), items(api.get("/api/records/person:ghost-writer/history")).stream()
                    .map(entry -> entry.get("kind").asText()).toList());

            // a record with a key of several fields, by its name
            String membership = "/api/records/membership:AES:MLI:2023-09-16";
            RunningApi.Answer read = api.get(membership);
            assertEquals(200, read.status(), read.text());
            assertEquals(200, api.write("DELETE", membership, null, "If-Match", read.header("ETag")).status());
            assertEquals(404, api.get(membership).status());
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("kinds")
    void two_records_of_one_person_become_one(Kind kind) {
        try (RunningApi api = RunningApi.start(stores.withAesFacts(kind, RunningApi.TODAY), RunningApi.config())) {
            assertEquals(201, api.write("PUT", "/api/persons/a-goita", "{\"name\":\"A. Goïta\"}").status());
            ObjectNode meeting = (ObjectNode) api.get("/api/meetings/aes-2024-07-06-niamey").json();
            meeting.putArray("participants").addObject().put("person", "a-goita").put("capacity", "Président");
            assertEquals(200, api.write("PUT", "/api/meetings/aes-2024-07-06-niamey", meeting.toString()).status());
            String beforeMerge = items(api.get("/api/changes?limit=1")).get(0).get("at").asText();

            RunningApi.Answer merged = api.write("POST", GOITA + "/merge", "{\"from\":\"a-goita\"}");
            assertEquals(200, merged.status(), merged.text());
            assertTrue(merged.json().get("survivor").get("aliases").toString().contains("A. Goïta"));
            assertEquals("meeting", merged.json().get("moved").get(0).get("type").asText());

            RunningApi.Answer moved = api.get("/api/persons/a-goita?at=2024-11-06");
            assertEquals(308, moved.status());
            assertEquals(GOITA + "?at=2024-11-06", moved.header("Location"));
            assertEquals("assimi-goita", api.get("/api/meetings/aes-2024-07-06-niamey").json().get("participants").get(0)
                    .get("person").asText());
            assertEquals(200, api.get("/api/persons/a-goita?recorded=" + q(beforeMerge)).status(), "as recorded before");
            JsonNode entry = items(api.get("/api/changes?record=person:a-goita&limit=1")).get(0);
            assertEquals("merge", entry.get("kind").asText());
            assertEquals("assimi-goita", entry.get("merged_into").get("key").get(0).asText());
            assertEquals(1, items(api.get("/api/changes?limit=100")).stream().filter(e -> e.get("kind").asText().equals("merge")).count());

            // later writes naming the old id name the survivor
            meeting.putArray("participants").addObject().put("person", "a-goita").put("capacity", "Président de la Transition");
            RunningApi.Answer rewritten = api.write("PUT", "/api/meetings/aes-2024-07-06-niamey", meeting.toString());
            assertEquals(200, rewritten.status(), rewritten.text());
            assertEquals("assimi-goita", rewritten.json().get("participants").get(0).get("person").asText());
            RunningApi.Answer person = api.write("PUT", "/api/persons/a-goita", "{\"name\":\"A. Goïta\"}");
            assertEquals(308, person.status());
            assertEquals(GOITA, person.header("Location"));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("kinds")
    void a_merge_that_would_give_one_office_two_overlapping_terms_is_refused_and_changes_nothing(Kind kind) {
        try (RunningApi api = RunningApi.start(stores.withAesFacts(kind, RunningApi.TODAY), RunningApi.config())) {
            String terms = """
                    {"type":"person","id":"a-goita","name":"A. Goïta"}
                    {"type":"office_term","person":"a-goita","office":"Président de la Transition","state":"MLI","start":"2021-05-24"}
                    """;
            RunningApi.Answer imported = api.send("POST", "/api/import", terms, "Content-Type", "application/x-ndjson",
                    "Authorization", "Bearer " + RunningApi.TOKEN);
            assertEquals(200, imported.status(), imported.text());
            long logged = items(api.get("/api/changes?limit=1000")).size();

            RunningApi.Answer refused = api.write("POST", GOITA + "/merge", "{\"from\":\"a-goita\"}");
            assertEquals(409, refused.status(), refused.text());
            assertTrue(refused.text().contains("overlaps"), refused.text());
            assertEquals(200, api.get("/api/persons/a-goita").status());
            assertEquals(logged, items(api.get("/api/changes?limit=1000")).size(), "nothing was written");
        }
    }

    @Test
    void two_servers_on_one_postgresql_see_a_retraction_at_once_and_both_still_answer_as_recorded() {
        String shared = stores.sharedPostgresUrl();
        try (Store first = Store.open(shared, RecordJson.codec()); Store second = Store.open(shared, RecordJson.codec());
             RunningApi one = RunningApi.start(first, RunningApi.config());
             RunningApi two = RunningApi.start(second, RunningApi.config())) {
            first.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), Actor.CLI);
            assertEquals(201, one.write("PUT", "/api/persons/ghost-writer", "{\"name\":\"Ghost Writer\"}").status());
            assertEquals(200, two.get("/api/persons/ghost-writer").status());
            String written = items(two.get("/api/persons/ghost-writer/history")).get(0).get("at").asText();

            assertEquals(200, one.write("DELETE", "/api/persons/ghost-writer", null).status());

            assertEquals(404, two.get("/api/persons/ghost-writer").status());
            assertFalse(two.get("/api/persons?limit=100").text().contains("ghost-writer"));
            for (RunningApi server : List.of(one, two)) {
                assertEquals("Ghost Writer", server.get("/api/persons/ghost-writer?recorded=" + q(written)).json()
                        .get("name").asText());
            }
            assertEquals("retract", items(two.get("/api/changes?limit=1")).get(0).get("kind").asText());
        }
    }
}
