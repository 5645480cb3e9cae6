package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.ChangeEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes through real HTTP: create, replace, optimistic locking, plan events, and who is written to the change log. */
class WriteRoutesTest {
    private static final String NEW_PERSON = "{\"name\":\"Abdourahamane Tiani\",\"honorific\":\"Général\"}";

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.withAesFacts();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void put_creates_a_record_with_201_its_location_and_etag() {
        RunningApi.Answer answer = api.write("PUT", "/api/persons/abdourahamane-tiani", NEW_PERSON);

        assertEquals(201, answer.status());
        assertEquals("\"1\"", answer.header("ETag"));
        assertEquals("/api/persons/abdourahamane-tiani", answer.header("Location"));
        assertEquals("abdourahamane-tiani", answer.json().get("id").asText(), "the key comes from the URL");
        assertEquals("Abdourahamane Tiani", api.get("/api/persons/abdourahamane-tiani").json().get("name").asText());
    }

    @Test
    void the_tokens_name_is_the_actor_in_the_change_log() {
        api.write("PUT", "/api/persons/abdourahamane-tiani", NEW_PERSON);

        List<ChangeEntry> changes = api.registry.changesOf(RecordKey.of(Person.class, PersonId.of("abdourahamane-tiani")));
        assertEquals(1, changes.size());
        assertEquals(RunningApi.ACTOR, changes.get(0).actor().name());
    }

    @Test
    void put_replaces_with_200_and_a_new_etag_when_if_match_holds_the_current_one() {
        String etag = api.get("/api/persons/assimi-goita").header("ETag");

        RunningApi.Answer answer = api.write("PUT", "/api/persons/assimi-goita",
                "{\"type\":\"person\",\"id\":\"assimi-goita\",\"name\":\"Assimi Goïta\",\"honorific\":\"Président\"}",
                "If-Match", etag);

        assertEquals(200, answer.status());
        assertEquals("\"2\"", answer.header("ETag"));
        assertEquals("Président", api.get("/api/persons/assimi-goita").json().get("honorific").asText());
    }

    @Test
    void a_stale_if_match_gets_412_and_changes_nothing() {
        String stale = api.get("/api/persons/assimi-goita").header("ETag");
        api.write("PUT", "/api/persons/assimi-goita", "{\"name\":\"Assimi Goïta\",\"honorific\":\"Président\"}", "If-Match", stale);

        RunningApi.Answer answer = api.write("PUT", "/api/persons/assimi-goita",
                "{\"name\":\"Somebody Else\"}", "If-Match", stale);

        assertEquals(412, answer.status());
        assertEquals(List.of("If-Match"), answer.errorFields());
        assertEquals("Assimi Goïta", api.get("/api/persons/assimi-goita").json().get("name").asText());
        assertEquals(2, api.registry.find(Person.class, RecordKey.of(Person.class, PersonId.of("assimi-goita"))).orElseThrow().version());
    }

    @Test
    void an_if_match_that_is_no_etag_of_ours_gets_412() {
        assertEquals(412, api.write("PUT", "/api/persons/assimi-goita", "{\"name\":\"X\"}", "If-Match", "W/\"1\"").status());
        assertEquals(412, api.write("PUT", "/api/persons/assimi-goita", "{\"name\":\"X\"}", "If-Match", "\"abc\"").status());
        assertEquals(412, api.write("PUT", "/api/persons/nobody-yet", "{\"name\":\"X\"}", "If-Match", "*").status());
    }

    @Test
    void if_none_match_star_creates_only() {
        assertEquals(201, api.write("PUT", "/api/persons/abdourahamane-tiani", NEW_PERSON, "If-None-Match", "*").status());

        RunningApi.Answer again = api.write("PUT", "/api/persons/abdourahamane-tiani", NEW_PERSON, "If-None-Match", "*");
        assertEquals(412, again.status());
        assertEquals(List.of("If-None-Match"), again.errorFields());
    }

    @Test
    void an_unchanged_record_keeps_its_version() {
        RunningApi.Answer answer = api.write("PUT", "/api/states/MLI",
                "{\"code\":\"MLI\",\"name\":\"Mali\",\"names\":{\"fr\":\"Mali\",\"en\":\"Mali\"}}");

        assertEquals(200, answer.status());
        assertEquals("\"1\"", answer.header("ETag"));
    }

    @Test
    void a_key_that_differs_from_the_url_is_refused() {
        RunningApi.Answer answer = api.write("PUT", "/api/persons/assimi-goita", "{\"id\":\"ibrahim-traore\",\"name\":\"X\"}");

        assertEquals(400, answer.status());
        assertEquals(List.of("person.id"), answer.errorFields());
    }

    @Test
    void a_field_the_record_type_lacks_is_refused() {
        RunningApi.Answer answer = api.write("PUT", "/api/persons/x", "{\"name\":\"X\",\"colour\":\"red\"}");

        assertEquals(400, answer.status());
        assertEquals(List.of("person.colour"), answer.errorFields());
    }

    @Test
    void every_bad_field_is_named() {
        RunningApi.Answer answer = api.write("PUT", "/api/meetings/m1",
                "{\"kind\":\"picnic\",\"date\":\"06/07/2024\",\"participants\":[{\"capacity\":\"host\"}]}");

        assertEquals(400, answer.status());
        assertEquals(List.of("meeting.kind", "meeting.date", "meeting.participants[1].person"), answer.errorFields());
    }

    @Test
    void a_reference_to_nothing_gets_422() {
        RunningApi.Answer answer = api.write("PUT", "/api/meetings/m1",
                "{\"kind\":\"summit\",\"date\":\"2025\",\"participants\":[{\"person\":\"nobody\"}]}");

        assertEquals(422, answer.status());
        assertEquals(List.of("meeting.participants.person"), answer.errorFields());
    }

    @Test
    void a_pillar_the_confederation_lacks_gets_422() {
        RunningApi.Answer answer = api.write("PUT", "/api/action-plans/aes-health",
                "{\"confederation\":\"AES\",\"pillar\":\"health\",\"title\":\"Santé\"}");

        assertEquals(422, answer.status());
        assertEquals(List.of("action_plan.pillar"), answer.errorFields());
    }

    @Test
    void appending_an_allowed_status_change_answers_201_with_the_new_status() {
        RunningApi.Answer answer = api.write("POST", "/api/action-plans/aes-defence-security-2024/events",
                "{\"status\":\"adopted\",\"date\":\"2025-03-01\",\"note\":\"Adopted by the heads of state.\"}");

        assertEquals(201, answer.status());
        JsonNode plan = answer.json();
        assertEquals("adopted", plan.get("status").asText());
        assertEquals(3, plan.get("history").size());
        assertEquals("adopted", api.get("/api/action-plans/aes-defence-security-2024?at=2025-03-02").json().get("status").asText());
    }

    @Test
    void an_event_naming_its_plan_must_name_the_one_in_the_url() {
        RunningApi.Answer answer = api.write("POST", "/api/action-plans/aes-defence-security-2024/events",
                "{\"plan\":\"aes-unified-force\",\"status\":\"adopted\",\"date\":\"2025-03-01\"}");

        assertEquals(400, answer.status());
        assertEquals(List.of("plan_event.plan"), answer.errorFields());
    }

    @Test
    void a_move_the_state_machine_forbids_gets_409_and_changes_nothing() {
        RunningApi.Answer answer = api.write("POST", "/api/action-plans/aes-defence-security-2024/events",
                "{\"status\":\"drafted\",\"date\":\"2024-12-01\"}");

        assertEquals(409, answer.status());
        assertEquals(List.of("plan_event.status"), answer.errorFields());
        assertEquals(2, api.registry.planEvents(org.confed.domain.fixtures.AesFacts.DEFENCE_PLAN).size());
    }

    @Test
    void an_event_of_an_unknown_plan_gets_404() {
        assertEquals(404, api.write("POST", "/api/action-plans/no-such-plan/events",
                "{\"status\":\"drafted\",\"date\":\"2024-12-01\"}").status());
    }

    @Test
    void a_bad_list_item_is_named_with_its_position() {
        RunningApi.Answer answer = api.write("PUT", "/api/confederations/AES",
                "{\"code\":\"AES\",\"name\":\"Confédération des États du Sahel\",\"rotation\":[\"MLI\",\"XXX\"]}");

        assertEquals(400, answer.status());
        assertEquals(List.of("confederation.rotation[2]"), answer.errorFields());
    }
}
