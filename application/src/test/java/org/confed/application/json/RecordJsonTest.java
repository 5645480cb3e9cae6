package org.confed.application.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Person;
import org.confed.domain.model.State;
import org.confed.domain.schema.RecordSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordJsonTest {
    private static final RecordJson CODEC = RecordJson.codec();

    private static JsonNode parse(String json) throws JsonProcessingException {
        return Json.mapper().readTree(json);
    }

    @Test
    void every_aes_record_survives_a_trip_through_json_text() throws Exception {
        for (ConfedRecord record : AesFacts.all()) {
            String text = Json.mapper().writeValueAsString(CODEC.toJson(record));

            assertEquals(record, CODEC.fromJson(parse(text), null), text);
        }
    }

    @Test
    void fields_come_in_snake_case_after_the_type_and_absent_ones_are_left_out() throws Exception {
        String json = Json.mapper().writeValueAsString(CODEC.toJson(AesFacts.confederation()));

        assertTrue(json.startsWith("{\"type\":\"confederation\",\"code\":\"AES\""), json);
        assertTrue(json.contains("\"presidency_term\":\"P1Y\""), json);
        assertTrue(json.contains("\"founding_instrument\":"), json);
        assertTrue(!json.contains("headquarters"), json);
    }

    @Test
    void partial_dates_keep_their_precision_and_intervals_their_open_ends() throws Exception {
        String unified = Json.mapper().writeValueAsString(CODEC.toJson(AesFacts.planEvents().get(2)));
        String validated = Json.mapper().writeValueAsString(CODEC.toJson(AesFacts.planEvents().get(0)));

        assertTrue(unified.contains("\"date\":\"2025-01\""), unified);
        assertTrue(validated.contains("\"date\":\"../2024-11-05\""), validated);
    }

    @Test
    void a_citation_without_quote_or_locator_is_written_as_its_source_id_and_others_as_objects() throws Exception {
        String presidency = Json.mapper().writeValueAsString(CODEC.toJson(AesFacts.presidencies().get(0)));

        assertTrue(presidency.contains("\"sources\":[\"aconews-niamey-summit\","), presidency);
        assertTrue(presidency.contains("{\"source\":\"apa-2024-11-06-koulouba\",\"quote\":\"Le Général Goïta"), presidency);
        assertTrue(presidency.contains("\"fields\":[\"holder\"]}"), presidency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"MLI\",\"start\":\"2024-13\"}|membership.start|\"2024-13\" is not a date: month 13 does not exist",
            "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"XXX\",\"start\":\"2024\"}|membership.state|\"XXX\" is not an ISO 3166-1 alpha-3 country code",
            "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"MLI\"}|membership.start|is required",
            "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"MLI\",\"start\":\"2024\",\"end\":\"2023\"}|membership.end|2023 is before the start 2024",
            "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"MLI\",\"start\":2024}|membership.start|must be a text, not the number 2024",
            "{\"type\":\"person\",\"id\":\"x\",\"name\":\"X\",\"colour\":\"red\"}|person.colour|is not a field of person (its fields: id, name, honorific, sources, disputes, aliases)",
            "{\"type\":\"meeting\",\"id\":\"m\",\"kind\":\"picnic\",\"date\":\"2024\"}|meeting.kind|\"picnic\" is not one of summit, audience, ministerial, committee, other",
            "{\"type\":\"meeting\",\"id\":\"m\",\"kind\":\"summit\",\"date\":\"2024\",\"participants\":[{\"capacity\":\"host\"}]}|meeting.participants[1].person|is required when no post is given: a participant is a person, a post or both",
            "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"MLI\",\"start\":\"2024\",\"disputes\":[{\"field\":\"colour\",\"value\":\"red\",\"sources\":[\"s\"]}]}|membership.disputes[1].field|\"colour\" is not a field of membership (its fields: confederation, state, start, end, start_announced, end_announced, instrument, sources)",
            "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"MLI\",\"start\":\"2024\",\"disputes\":[{\"field\":\"start\",\"value\":\"2024-13\",\"sources\":[\"s\"]}]}|membership.disputes[1].value|\"2024-13\" is not a date: month 13 does not exist",
            "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"MLI\",\"start\":\"2024\",\"disputes\":[{\"field\":\"start\",\"value\":\"2023\"}]}|membership.disputes[1].sources|is required",
            "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"MLI\",\"start\":\"2024-10/2024-09\"}|membership.start|\"2024-10/2024-09\" is not a date: its end 2024-09 comes before its start 2024-10",
            "{\"type\":\"person\",\"id\":\"x\",\"name\":\"X\",\"sources\":[{\"quote\":\"words\"}]}|person.sources[1].source|is required",
            "{\"type\":\"person\",\"id\":\"x\",\"name\":\"X\",\"sources\":[{\"source\":\"s\",\"page\":\"3\"}]}|person.sources[1].page|is not a field of a citation (its fields: source, quote, locator, fields)",
            "{\"type\":\"meeting\",\"id\":\"m\",\"kind\":\"summit\",\"date\":\"2024-07-06\",\"end_date\":\"2024-07-05\"}|meeting.end_date|2024-07-05 is before the start 2024-07-06",
            "{\"type\":\"instrument\",\"id\":\"i\",\"kind\":\"pact\",\"title\":\"T\"}|instrument.kind|\"pact\" is not one of charter, treaty, communique, decision, declaration, other",
            "{\"type\":\"nation\",\"code\":\"MLI\"}|record.type|\"nation\" is not a record type (one of source, state, confederation, person, post, meeting, instrument, membership, office_term, presidency, action_plan, plan_event)",
    })
    void a_bad_record_is_refused_naming_its_field(String json, String field, String message) throws Exception {
        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> CODEC.fromJson(parse(json), null));

        assertEquals(List.of(new FieldProblem(field, message)), refused.problems());
    }

    @Test
    void every_problem_of_a_record_is_reported_not_just_the_first() throws Exception {
        JsonNode node = parse("{\"type\":\"presidency\",\"confederation\":\"aes\",\"state\":\"ML\",\"start\":\"06/07/2024\"}");

        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> CODEC.fromJson(node, null));

        assertEquals(List.of("presidency.confederation", "presidency.state", "presidency.start"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void a_type_hint_serves_objects_without_a_type_and_must_agree_with_one() throws Exception {
        assertEquals(AesFacts.persons().get(0), CODEC.fromJson(CODEC.fieldsToJson(AesFacts.persons().get(0)), RecordSchemas.of(Person.class)));

        assertThrows(InvalidRecordException.class, () -> CODEC.fromJson(CODEC.toJson(AesFacts.persons().get(0)), RecordSchemas.of(State.class)));
    }

    @Test
    void json_nested_absurdly_deep_is_refused_by_the_parser() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        assertThrows(JsonProcessingException.class, () -> parse(deep));
    }

    @Test
    void duplicate_field_names_in_one_object_are_refused() {
        assertThrows(JsonProcessingException.class, () -> parse("{\"type\":\"person\",\"id\":\"a\",\"id\":\"b\",\"name\":\"A\"}"));
    }
}
