package org.confed.domain.model;

import static org.confed.domain.fixtures.AesFacts.APA;
import static org.confed.domain.fixtures.AesFacts.BARMOU;
import static org.confed.domain.fixtures.AesFacts.GOITA;
import static org.confed.domain.fixtures.AesFacts.MLI;
import static org.confed.domain.fixtures.AesFacts.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every record refuses, in its compact constructor, a value that breaks its field's rule, and names the field. */
class RecordChecksTest {

    private static Source source() {
        return AesFacts.sources().get(0);
    }

    private static State state() {
        return AesFacts.states().get(1);
    }

    private static Confederation confederation() {
        return AesFacts.confederation();
    }

    private static Membership membership() {
        return AesFacts.memberships().get(1);
    }

    private static Person person() {
        return AesFacts.persons().get(0);
    }

    private static OfficeTerm officeTerm() {
        return AesFacts.officeTerms().get(1);
    }

    private static RotatingPresidency presidency() {
        return AesFacts.presidencies().get(0);
    }

    private static Meeting meeting() {
        return AesFacts.meetings().get(1);
    }

    private static ActionPlan actionPlan() {
        return AesFacts.actionPlans().get(0);
    }

    private static PlanEvent planEvent() {
        return AesFacts.planEvents().get(1);
    }

    private static Participant participant() {
        return meeting().participants().get(0);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                // source
                bad(source(), "id", null, "source.id"),
                bad(source(), "publisher", "   ", "source.publisher"),
                bad(source(), "title", "", "source.title"),
                bad(source(), "title", "t".repeat(1001), "source.title"),
                bad(source(), "url", "javascript:alert(1)", "source.url"),
                bad(source(), "url", "JavaScript:alert(1)", "source.url"),
                bad(source(), "url", "file:///etc/passwd", "source.url"),
                bad(source(), "url", "data:text/html,<script>alert(1)</script>", "source.url"),
                bad(source(), "url", "//example.org/a", "source.url"),
                bad(source(), "url", "http://", "source.url"),
                bad(source(), "url", "https://exa mple.org/", "source.url"),
                bad(source(), "url", "www.voltairenet.org/article219804.html", "source.url"),
                bad(source(), "language", "French", "source.language"),
                bad(source(), "language", "FR", "source.language"),
                bad(source(), "language", "fr-" + "abcdefgh-".repeat(4) + "x", "source.language"),
                bad(source(), "reference", " ", "source.reference"),
                bad(source(), "excerpt", "a\u0000b", "source.excerpt"),
                bad(source(), "excerpt", "x".repeat(10_001), "source.excerpt"),
                // state
                bad(state(), "code", null, "state.code"),
                bad(state(), "name", null, "state.name"),
                bad(state(), "name", "", "state.name"),
                bad(state(), "name", "\t", "state.name"),
                bad(state(), "names", Map.of("French", "Mali"), "state.names"),
                bad(state(), "names", Map.of("fr", " "), "state.names.fr"),
                bad(state(), "sources", List.of(APA, APA), "state.sources"),
                bad(state(), "sources", listWithNull(APA), "state.sources"),
                // confederation
                bad(confederation(), "code", null, "confederation.code"),
                bad(confederation(), "name", null, "confederation.name"),
                bad(confederation(), "name", " ", "confederation.name"),
                bad(confederation(), "names", Map.of("en", ""), "confederation.names.en"),
                bad(confederation(), "foundingInstrument", "", "confederation.founding_instrument"),
                bad(confederation(), "headquarters", " ", "confederation.headquarters"),
                bad(confederation(), "rotation", List.of(MLI, StateCode.of("BFA"), MLI), "confederation.rotation"),
                bad(confederation(), "pillars", List.of(PillarCode.of("diplomacy"), PillarCode.of("diplomacy")),
                        "confederation.pillars"),
                bad(confederation(), "sources", List.of(APA, APA), "confederation.sources"),
                // membership
                bad(membership(), "confederation", null, "membership.confederation"),
                bad(membership(), "state", null, "membership.state"),
                bad(membership(), "start", null, "membership.start"),
                bad(membership(), "end", date("2023-09-15"), "membership.end"),
                bad(membership(), "end", date("2023-08"), "membership.end"),
                bad(membership(), "end", date("2022"), "membership.end"),
                bad(membership(), "sources", List.of(APA, APA), "membership.sources"),
                // person
                bad(person(), "id", null, "person.id"),
                bad(person(), "name", null, "person.name"),
                bad(person(), "name", "  ", "person.name"),
                bad(person(), "name", "n".repeat(301), "person.name"),
                bad(person(), "honorific", "", "person.honorific"),
                bad(person(), "honorific", "h".repeat(201), "person.honorific"),
                bad(person(), "sources", List.of(APA, APA), "person.sources"),
                // office_term
                bad(officeTerm(), "person", null, "office_term.person"),
                bad(officeTerm(), "office", null, "office_term.office"),
                bad(officeTerm(), "office", " ", "office_term.office"),
                bad(officeTerm(), "start", null, "office_term.start"),
                bad(Records.with(officeTerm(), "start", date("2023-08")), "end", date("2023-07-31"), "office_term.end"),
                bad(officeTerm(), "sources", List.of(APA, APA), "office_term.sources"),
                // presidency
                bad(presidency(), "confederation", null, "presidency.confederation"),
                bad(presidency(), "state", null, "presidency.state"),
                bad(presidency(), "start", null, "presidency.start"),
                bad(presidency(), "end", date("2024-07-05"), "presidency.end"),
                bad(presidency(), "sources", List.of(APA, APA), "presidency.sources"),
                // meeting
                bad(meeting(), "id", null, "meeting.id"),
                bad(meeting(), "kind", null, "meeting.kind"),
                bad(meeting(), "date", null, "meeting.date"),
                bad(meeting(), "place", "", "meeting.place"),
                bad(meeting(), "title", " ", "meeting.title"),
                bad(meeting(), "participants", List.of(new Participant(GOITA, null, "Président"), new Participant(BARMOU, null, null),
                        new Participant(GOITA, null, "Président de la Transition")), "meeting.participants"),
                bad(meeting(), "participants", listWithNull(new Participant(GOITA, null, null)), "meeting.participants"),
                bad(meeting(), "topics", List.of("Défis logistiques", " "), "meeting.topics[2]"),
                bad(meeting(), "topics", List.of("t".repeat(501)), "meeting.topics[1]"),
                bad(meeting(), "sources", List.of(APA, APA), "meeting.sources"),
                // participant (a nested object of meeting)
                bad(participant(), "person", null, "participant.person"),
                bad(participant(), "capacity", " ", "participant.capacity"),
                // action_plan
                bad(actionPlan(), "id", null, "action_plan.id"),
                bad(actionPlan(), "confederation", null, "action_plan.confederation"),
                bad(actionPlan(), "pillar", null, "action_plan.pillar"),
                bad(actionPlan(), "title", null, "action_plan.title"),
                bad(actionPlan(), "title", "", "action_plan.title"),
                bad(actionPlan(), "objectives", listWithNull("Partager les renseignements"), "action_plan.objectives[2]"),
                bad(actionPlan(), "objectives", List.of(" "), "action_plan.objectives[1]"),
                bad(actionPlan(), "author", "", "action_plan.author"),
                bad(actionPlan(), "sources", List.of(APA, APA), "action_plan.sources"),
                // plan_event
                bad(planEvent(), "plan", null, "plan_event.plan"),
                bad(planEvent(), "status", null, "plan_event.status"),
                bad(planEvent(), "date", null, "plan_event.date"),
                bad(planEvent(), "note", " ", "plan_event.note"),
                bad(planEvent(), "note", "n".repeat(2001), "plan_event.note"),
                bad(planEvent(), "sources", List.of(APA, APA), "plan_event.sources"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("badValues")
    void a_record_with_a_bad_value_cannot_be_built_and_the_error_names_the_field(
            Record valid, String component, Object value, String field, String description) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> Rebuild.with(valid, component, value),
                description);

        assertEquals(field, refused.field(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith(field + ": "), refused.getMessage());
    }

    @Test
    void a_duplicate_is_named_in_the_message() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> Rebuild.with(meeting(), "participants", List.of(new Participant(GOITA, null, null), new Participant(GOITA, null, "x"))));

        assertEquals("meeting.participants: assimi-goita is listed twice", refused.getMessage());
    }

    @Test
    void a_script_address_is_refused_with_its_text_quoted() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> Rebuild.with(source(), "url", "javascript:alert(1)"));

        assertEquals("source.url: \"javascript:alert(1)\" is not an absolute http or https address", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.voltairenet.org/article219804.html", "http://apanews.net/a?b=c#d", "HTTPS://EXAMPLE.ORG"})
    void a_web_address_is_kept_as_given(String url) {
        assertEquals(url, Rebuild.with(source(), "url", url).url());
    }

    /** Every field the schema calls required is refused when absent, whatever the type. */
    @Test
    void every_required_field_is_refused_when_absent() {
        Map<Class<?>, Record> samples = new HashMap<>();
        for (Record record : AesFacts.all().stream().map(Record.class::cast).toList()) {
            samples.putIfAbsent(record.getClass(), record);
        }
        int checked = 0;
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            Record sample = samples.get(schema.javaType());
            for (FieldSchema field : schema.requiredFields()) {
                String component = field.accessor().getName();
                InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                        () -> Rebuild.with(sample, component, null), schema.name() + "." + field.name());
                assertEquals(schema.name() + "." + field.name(), refused.field());
                checked++;
            }
        }
        assertEquals(31, checked, "required fields of FORMAT.md (version 2: post id and label, instrument id, kind and title)");
    }

    /** Every text field is refused one character over the length the schema declares for it. */
    @Test
    void every_declared_text_length_is_enforced() {
        Map<Class<?>, Record> samples = new HashMap<>();
        for (Record record : AesFacts.all().stream().map(Record.class::cast).toList()) {
            samples.putIfAbsent(record.getClass(), record);
        }
        int checked = 0;
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            Record sample = samples.get(schema.javaType());
            for (FieldSchema field : schema.fields()) {
                if (field.javaType() != String.class) {
                    continue;
                }
                String component = field.accessor().getName();
                String tooLong = field.name().equals("language") ? "fr" + "-abcdefgh".repeat(5) : "x".repeat(field.maxLength() + 1);
                assertTrue(tooLong.length() > field.maxLength());
                InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                        () -> Rebuild.with(sample, component, tooLong), schema.name() + "." + field.name());
                assertEquals(schema.name() + "." + field.name(), refused.field());
                String longest = field.name().equals("url") ? "https://e.org/" + "a".repeat(field.maxLength() - 14)
                        : field.name().equals("language") ? "fr-" + "abcdefg-".repeat(3) + "abcdefgh"
                        : "x".repeat(field.maxLength());
                assertTrue(longest.length() <= field.maxLength());
                Rebuild.with(sample, component, longest);
                checked++;
            }
        }
        assertEquals(20, checked, "text fields of the format (version 2: post.label, instrument.title)");
    }

    @Test
    void lists_and_names_are_copied_so_the_caller_cannot_change_a_record() {
        List<String> objectives = new ArrayList<>(List.of("Mutualiser les moyens militaires"));
        Map<String, String> names = new LinkedHashMap<>(Map.of("fr", "Mali"));
        ActionPlan plan = Rebuild.with(actionPlan(), "objectives", objectives);
        State mali = Rebuild.with(state(), "names", names);

        objectives.add("Partager les renseignements");
        names.put("en", "Mali");

        assertEquals(List.of("Mutualiser les moyens militaires"), plan.objectives());
        assertEquals(Map.of("fr", "Mali"), mali.names());
        assertThrows(UnsupportedOperationException.class, () -> plan.objectives().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> mali.names().put("de", "Mali"));
    }

    @Test
    void absent_lists_and_names_read_as_empty() {
        State bare = new State(MLI, "Mali", null, null, null);
        Meeting meeting = Rebuild.with(Rebuild.with(Rebuild.with(meeting(), "participants", null), "topics", null), "sources", null);

        assertEquals(Map.of(), bare.names());
        assertEquals(List.of(), bare.sources());
        assertEquals(List.of(), meeting.participants());
        assertEquals(List.of(), meeting.topics());
    }

    @Test
    void names_keep_their_accents_exactly_as_given() {
        Person goita = new Person(GOITA, "Assimi Goïta", "Général d'Armée", null, null);

        assertEquals("Assimi Goïta", goita.name());
        assertEquals("Général d'Armée", goita.honorific());
    }

    @Test
    void every_aes_fact_is_a_valid_record() {
        for (ConfedRecord record : AesFacts.all()) {
            Record rebuilt = Rebuild.with((Record) record, ((Record) record).getClass().getRecordComponents()[0].getName(),
                    readFirst((Record) record));
            assertEquals(record, rebuilt);
        }
    }

    private static Object readFirst(Record record) {
        try {
            return record.getClass().getRecordComponents()[0].getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Arguments bad(Record valid, String component, Object value, String field) {
        String shown = value == null ? "null" : value.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 37) + "...";
        }
        String description = valid.getClass().getSimpleName() + "." + component + " = " + shown + " fails on " + field;
        return Arguments.of(valid, component, value, field, description);
    }

    @SafeVarargs
    private static <T> List<T> listWithNull(T... before) {
        List<T> list = new ArrayList<>(Arrays.asList(before));
        list.add(null);
        return list;
    }
}
