package org.confed.domain.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.Person;
import org.confed.domain.model.RotatingPresidency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The metadata read from the model's annotations says what FORMAT.md says, type by type. */
class RecordSchemasTest {

    /**
     * One record type as FORMAT.md describes it.
     *
     * @param references field → referenced type, for fields (or list items) that point at records
     * @param validFrom  the field opening the record's validity, or null
     * @param validTo    the field closing it, or null
     * @param events     the fields dating a one-off fact
     */
    record Expected(String name, String plural, List<String> fields, List<String> required, List<String> key,
                    Map<String, String> references, String validFrom, String validTo, List<String> events) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Map<String, String> refs(String... pairs) {
        Map<String, String> references = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            references.put(pairs[i], pairs[i + 1]);
        }
        return references;
    }

    /**
     * FORMAT.md, "Record types" and "Version 2 additions", in dependency order. {@code state.sources} is this project's
     * extension; every type also has {@code disputes} (checked apart).
     */
    static final List<Expected> FORMAT = List.of(
            new Expected("source", "sources",
                    List.of("id", "publisher", "title", "published", "url", "language", "reference", "excerpt"),
                    List.of("id"), List.of("id"), refs(), null, null, List.of("published")),
            new Expected("state", "states",
                    List.of("code", "name", "names", "sources"),
                    List.of("code", "name"), List.of("code"), refs("sources", "source"), null, null, List.of()),
            new Expected("confederation", "confederations",
                    List.of("code", "name", "kind", "names", "founded", "founding_instrument", "headquarters",
                            "presidency_term", "rotation", "pillars", "sources"),
                    List.of("code", "name"), List.of("code"), refs("rotation", "state", "sources", "source"), null, null,
                    List.of("founded")),
            new Expected("person", "persons",
                    List.of("id", "name", "honorific", "sources", "aliases"),
                    List.of("id", "name"), List.of("id"), refs("sources", "source"), null, null, List.of()),
            new Expected("post", "posts",
                    List.of("id", "label", "state", "confederation", "sources"),
                    List.of("id", "label"), List.of("id"),
                    refs("state", "state", "confederation", "confederation", "sources", "source"), null, null, List.of()),
            new Expected("meeting", "meetings",
                    List.of("id", "confederation", "kind", "date", "end_date", "place", "title", "participants", "topics",
                            "sources"),
                    List.of("id", "kind", "date"), List.of("id"),
                    refs("confederation", "confederation", "participants.person", "person", "participants.post", "post",
                            "sources", "source"), null, null, List.of("date")),
            new Expected("instrument", "instruments",
                    List.of("id", "kind", "title", "confederation", "signed", "signed_at", "in_force", "parties", "sources"),
                    List.of("id", "kind", "title"), List.of("id"),
                    refs("confederation", "confederation", "signed_at", "meeting", "parties", "state", "sources", "source"),
                    null, null, List.of("signed")),
            new Expected("membership", "memberships",
                    List.of("confederation", "state", "start", "end", "start_announced", "end_announced", "instrument",
                            "sources"),
                    List.of("confederation", "state", "start"), List.of("confederation", "state", "start"),
                    refs("confederation", "confederation", "state", "state", "instrument", "instrument", "sources", "source"),
                    "start", "end", List.of()),
            new Expected("office_term", "office_terms",
                    List.of("person", "office", "state", "post", "start", "end", "sources"),
                    List.of("person", "office", "start"), List.of("person", "office", "start"),
                    refs("person", "person", "state", "state", "post", "post", "sources", "source"), "start", "end", List.of()),
            new Expected("presidency", "presidencies",
                    List.of("confederation", "state", "holder", "start", "end", "designated_at", "instrument", "sources"),
                    List.of("confederation", "state", "start"), List.of("confederation", "start"),
                    refs("confederation", "confederation", "state", "state", "holder", "person", "designated_at", "meeting",
                            "instrument", "instrument", "sources", "source"), "start", "end", List.of()),
            new Expected("action_plan", "action_plans",
                    List.of("id", "confederation", "pillar", "title", "objectives", "author", "sources"),
                    List.of("id", "confederation", "pillar", "title"), List.of("id"),
                    refs("confederation", "confederation", "sources", "source"), null, null, List.of()),
            new Expected("plan_event", "plan_events",
                    List.of("plan", "status", "date", "meeting", "note", "sources"),
                    List.of("plan", "status", "date"), List.of("plan", "status", "date"),
                    refs("plan", "action_plan", "meeting", "meeting", "sources", "source"), null, null, List.of("date")));

    static Stream<Expected> format() {
        return FORMAT.stream();
    }

    private static RecordSchema<?> schema(Expected expected) {
        return RecordSchemas.named(expected.name()).orElseThrow(() -> new AssertionError("no schema " + expected.name()));
    }

    @Test
    void there_is_one_schema_for_each_record_type_of_the_format() {
        assertEquals(FORMAT.stream().map(Expected::name).toList(), RecordSchemas.all().stream().map(RecordSchema::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("format")
    void names_and_fields_are_those_of_the_format_in_snake_case(Expected expected) {
        RecordSchema<?> schema = schema(expected);

        assertEquals(expected.name(), schema.name());
        assertEquals(expected.plural(), schema.plural());
        assertEquals(expected.fields(), schema.fields().stream().map(FieldSchema::name)
                .filter(name -> !name.equals("disputes")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("format")
    void required_fields_are_those_marked_in_the_format(Expected expected) {
        assertEquals(expected.required(), schema(expected).requiredFields().stream().map(FieldSchema::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("format")
    void the_natural_key_is_the_format_s_in_order(Expected expected) {
        RecordSchema<?> schema = schema(expected);

        assertEquals(expected.key(), schema.keyFields().stream().map(FieldSchema::name).toList());
        assertEquals(expected.key().size() == 1, schema.hasSimpleKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("format")
    void references_point_at_the_types_the_format_names(Expected expected) {
        assertEquals(expected.references(), references(schema(expected).fields(), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("format")
    void validity_and_event_dates_are_the_format_s(Expected expected) {
        RecordSchema<?> schema = schema(expected);

        assertEquals(Optional.ofNullable(expected.validFrom()), schema.validFrom().map(FieldSchema::name));
        assertEquals(Optional.ofNullable(expected.validTo()), schema.validTo().map(FieldSchema::name));
        assertEquals(expected.events(), schema.fields().stream().filter(field -> field.temporal() == TemporalRole.EVENT)
                .map(FieldSchema::name).toList());
    }

    @Test
    void dates_periods_and_codes_have_the_kinds_the_format_gives_them() {
        List<String> dates = new ArrayList<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            schema.fields().stream().filter(field -> field.kind() == ValueKind.DATE)
                    .forEach(field -> dates.add(schema.name() + "." + field.name()));
        }
        assertEquals(List.of("source.published", "confederation.founded", "meeting.date", "meeting.end_date",
                "instrument.signed", "instrument.in_force", "membership.start", "membership.end",
                "membership.start_announced", "membership.end_announced", "office_term.start", "office_term.end",
                "presidency.start", "presidency.end", "plan_event.date"), dates);
        assertEquals(ValueKind.PERIOD, RecordSchemas.of(org.confed.domain.model.Confederation.class)
                .field("presidency_term").orElseThrow().kind());
        assertEquals(List.of("summit", "audience", "ministerial", "committee", "other"),
                RecordSchemas.of(Meeting.class).field("kind").orElseThrow().allowed());
        assertEquals(List.of("drafted", "validated", "presented", "adopted", "in_progress", "completed", "abandoned"),
                RecordSchemas.of(PlanEvent.class).field("status").orElseThrow().allowed());
        assertEquals(ValueKind.NAMES, RecordSchemas.named("state").orElseThrow().field("names").orElseThrow().kind());
    }

    @Test
    void a_participant_is_a_person_a_post_or_both_and_a_capacity() {
        FieldSchema participants = RecordSchemas.of(Meeting.class).field("participants").orElseThrow();

        assertEquals(ValueKind.LIST, participants.kind());
        assertEquals(ValueKind.OBJECT, participants.element().kind());
        assertEquals(List.of("person", "post", "capacity"), participants.element().parts().stream().map(FieldSchema::name).toList());
        assertFalse(participants.element().parts().get(0).required(), "a post may stand without a person");
        assertEquals(Optional.of(Person.class), participants.element().parts().get(0).target());
        assertEquals(Optional.of(org.confed.domain.model.Post.class), participants.element().parts().get(1).target());
    }

    @Test
    void every_type_may_carry_disputes_whose_value_is_typed_by_the_field_they_name() {
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            FieldSchema disputes = schema.field("disputes").orElseThrow(() -> new AssertionError(schema.name()));
            assertEquals(ValueKind.LIST, disputes.kind(), schema.name());
            FieldSchema value = disputes.element().parts().stream().filter(part -> part.name().equals("value")).findFirst()
                    .orElseThrow();
            assertEquals(ValueKind.VALUE_OF, value.kind(), schema.name());
            assertEquals("field", value.valueOf(), schema.name());
        }
    }

    @Test
    void a_citation_may_be_written_as_its_source_alone() {
        FieldSchema sources = RecordSchemas.of(Meeting.class).field("sources").orElseThrow();

        assertEquals("source", sources.element().shorthand());
        assertEquals(List.of("source", "quote", "locator", "fields"),
                sources.element().parts().stream().map(FieldSchema::name).toList());
    }

    @Test
    void a_type_is_found_by_its_singular_or_plural_with_dashes_or_underscores() {
        RecordSchema<RotatingPresidency> presidency = RecordSchemas.of(RotatingPresidency.class);

        assertSame(presidency, RecordSchemas.named("presidency").orElseThrow());
        assertSame(presidency, RecordSchemas.named("presidencies").orElseThrow());
        assertEquals("office_term", RecordSchemas.named("office-terms").orElseThrow().name());
        assertEquals("action_plan", RecordSchemas.named("action-plans").orElseThrow().name());
        assertEquals(Optional.empty(), RecordSchemas.named("presidence"));
        assertEquals(Optional.empty(), RecordSchemas.named(null));
    }

    @Test
    void every_type_comes_after_the_types_it_references() {
        List<String> seen = new ArrayList<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            seen.add(schema.name());
            for (String target : references(schema.fields(), "").values()) {
                assertTrue(seen.contains(target), schema.name() + " references " + target + " before it is listed");
            }
        }
    }

    @Test
    void every_key_is_made_of_the_values_of_the_key_fields_in_order() {
        for (ConfedRecord record : AesFacts.all()) {
            RecordSchema<ConfedRecord> schema = RecordSchemas.of(record);
            List<String> values = schema.keyFields().stream().map(field -> text(field.valueOf(record))).toList();

            assertEquals(schema.javaType(), record.key().type(), record::toString);
            assertEquals(schema.name(), record.key().typeName(), record::toString);
            assertEquals(values, record.key().parts(), record::toString);
        }
    }

    @Test
    void the_aes_facts_hold_every_record_type() {
        assertEquals(RecordSchemas.all().stream().map(RecordSchema::javaType).collect(Collectors.toSet()),
                AesFacts.all().stream().map(Object::getClass).collect(Collectors.toSet()));
    }

    private static String text(Object value) {
        return value instanceof Enum<?> constant ? constant.name().toLowerCase(Locale.ROOT) : value.toString();
    }

    // A record's references by field path, its disputes aside; a shorthand part is named by its object's field.
    private static Map<String, String> references(List<FieldSchema> fields, String prefix) {
        Map<String, String> references = new LinkedHashMap<>();
        for (FieldSchema field : fields) {
            if (prefix.isEmpty() && field.name().equals("disputes")) {
                continue;
            }
            field.target().ifPresent(target -> references.put(prefix + field.name(), RecordSchemas.of(target).name()));
            FieldSchema nested = field.kind() == ValueKind.LIST ? field.element() : field;
            if (nested.kind() == ValueKind.OBJECT) {
                Map<String, String> parts = references(nested.parts(), prefix + field.name() + ".");
                String shorthand = prefix + field.name() + "." + nested.shorthand();
                parts.forEach((path, target) -> references.put(path.equals(shorthand) ? prefix + field.name() : path, target));
            }
        }
        return references;
    }
}
