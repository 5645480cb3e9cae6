package org.confed.application.exporting;

import static org.confed.application.importing.Imports.aes;
import static org.confed.application.importing.Imports.bytes;
import static org.confed.application.importing.Imports.contents;
import static org.confed.application.importing.Imports.export;
import static org.confed.application.importing.Imports.inStoreOrder;
import static org.confed.application.importing.Imports.problems;
import static org.confed.application.importing.Imports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfiguration;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfigurationBuilder;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import org.confed.application.importing.ImportOptions;
import org.confed.application.importing.ImportReport;
import org.confed.application.importing.ImportSource;
import org.confed.application.importing.Importer;
import org.confed.application.importing.Imports;
import org.confed.application.json.Json;
import org.confed.application.json.RecordJson;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.BodyKind;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Instrument;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.Post;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.Source;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.State;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.WriteOutcome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class PopoloExportTest {
    private static final String SCHEMAS = "http://www.popoloproject.com/schemas/";

    @TempDir
    Path spill;

    /** {@code <repo root>/../shared/popolo-schemas}; the repo root holds .git or the parent pom. */
    private static Path schemaDirectory() throws IOException {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve(".git")) && !isParentPom(directory.resolve("pom.xml"))) {
            directory = directory.getParent();
        }
        Path schemas = directory == null ? null : directory.resolveSibling("shared").resolve("popolo-schemas");
        boolean found = schemas != null && Files.isDirectory(schemas);
        if (!found && "true".equals(System.getenv("CI"))) {
            fail("the Popolo schemas are missing: expected them in " + schemas + " (shared/popolo-schemas beside the repository)");
        }
        Assumptions.assumeTrue(found, "the Popolo schemas are not in " + schemas + " (shared/popolo-schemas beside the repository):"
                + " skipping the check against them");
        return schemas;
    }

    private static boolean isParentPom(Path pom) throws IOException {
        return Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>");
    }

    private static JsonSchemaFactory schemas(Path directory) throws IOException {
        LoadingConfigurationBuilder loading = LoadingConfiguration.newBuilder();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".json")).sorted().toList()) {
                loading.preloadSchema(Json.mapper().readTree(file.toFile()));
            }
        }
        return JsonSchemaFactory.newBuilder().setLoadingConfiguration(loading.freeze()).freeze();
    }

    @Test
    void every_exported_object_is_valid_against_the_popolo_schemas() throws Exception {
        JsonSchemaFactory factory = schemas(schemaDirectory());
        JsonNode document = Json.mapper().readTree(export(out -> new Exporter(aes()).popolo(out)));
        Map<String, String> schemaOf = Map.of("persons", "person", "organizations", "organization", "memberships", "membership",
                "posts", "post", "events", "event");

        List<String> invalid = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> collection : schemaOf.entrySet()) {
            JsonSchema schema = factory.getJsonSchema(SCHEMAS + collection.getValue() + ".json#");
            assertTrue(document.get(collection.getKey()).size() > 0, collection.getKey());
            for (JsonNode item : document.get(collection.getKey())) {
                ProcessingReport report = schema.validate(item);
                checked++;
                if (!report.isSuccess()) {
                    invalid.add(item + " -> " + report);
                }
            }
        }

        assertEquals(List.of(), invalid);
        // persons; states and bodies; memberships, office terms, presidencies, the three chiefs at Koulouba by their
        // posts; posts, presidency posts, an office's post; meetings
        assertEquals(3 + (3 + 2) + (6 + 2 + 2 + 3) + (3 + 2 + 1) + 3, checked);
    }

    @Test
    void the_schema_check_does_catch_an_invalid_object() throws Exception {
        JsonSchema person = schemas(schemaDirectory()).getJsonSchema(SCHEMAS + "person.json#");

        ProcessingReport report = person.validate(Json.mapper().readTree(
                "{\"id\":\"person/x\",\"birth_date\":\"06/07/2024\",\"sources\":[{\"note\":\"no url\"}]}"));

        assertFalse(report.isSuccess());
    }

    @Test
    void the_document_maps_confed_records_onto_popolo_terms() throws Exception {
        JsonNode document = Json.mapper().readTree(export(out -> new Exporter(aes()).popolo(out)));

        JsonNode goita = item(document, "persons", "person/assimi-goita");
        assertEquals("Général d’Armée", goita.get("honorific_prefix").asText());
        assertEquals("urn:confed:source:apa-2024-11-06-koulouba", goita.get("sources").get(0).get("url").asText());
        JsonNode presidency = item(document, "memberships", "presidency/AES/2024-07-06");
        assertEquals("presidency", presidency.get("role").asText());
        assertEquals("person/assimi-goita", presidency.get("person_id").asText());
        assertEquals("state/MLI", presidency.get("on_behalf_of_id").asText());
        assertEquals("post/confederation/AES/presidency", presidency.get("post_id").asText());
        JsonNode summit = item(document, "events", "meeting/aes-2024-11-06-koulouba");
        assertEquals("audience", summit.get("classification").asText());
        assertEquals("Assimi Goïta", summit.get("attendees").get(0).get("name").asText());
        assertEquals("community", item(document, "organizations", "confederation/ECOWAS").get("classification").asText());
    }

    @Test
    void posts_become_popolo_posts_held_through_the_office_terms_that_name_them() throws Exception {
        JsonNode document = Json.mapper().readTree(export(out -> new Exporter(aes()).popolo(out)));

        JsonNode post = item(document, "posts", "post/ner-chief-of-defence-staff");
        JsonNode term = item(document, "memberships", "office_term/moussa-saloua-barmou/Chef d’état-major général des armées/../2024-11-06");

        assertEquals("Chef d’état-major général des armées du Niger", post.get("label").asText());
        assertEquals("state/NER", post.get("organization_id").asText());
        assertEquals("post/ner-chief-of-defence-staff", term.get("post_id").asText());
    }

    @Test
    void an_interval_date_is_written_as_what_is_known_and_kept_whole_in_the_extension() throws Exception {
        InMemoryRegistry registry = aes();
        registry.write(List.of(RecordWrite.upsert(new Meeting(MeetingId.of("aes-2024-autumn"), AesFacts.AES, MeetingKind.OTHER,
                AesFacts.date("2024-10-15/2024-11-06"), AesFacts.date("2024-11"), null, null, null, null, null, null))), Imports.TESTER);
        JsonNode document = Json.mapper().readTree(export(out -> new Exporter(registry).popolo(out)));

        JsonNode ecowas = item(document, "memberships", "membership/ECOWAS/MLI/../2024-01-28");
        JsonNode autumn = item(document, "events", "meeting/aes-2024-autumn");

        assertFalse(ecowas.has("start_date"), "on or before 2024-01-28 has no day, month or year: " + ecowas);
        assertEquals("2025-01-28", ecowas.get("end_date").asText());
        assertEquals("../2024-01-28", ecowas.get("confed").get("start").asText());
        assertEquals("2024", autumn.get("start_date").asText());
        assertEquals("2024-10-15/2024-11-06", autumn.get("confed").get("date").asText());
        assertEquals("2024-11", autumn.get("end_date").asText());
    }

    @Test
    void two_citations_of_one_source_are_two_links_each_with_its_quote() throws Exception {
        JsonNode document = Json.mapper().readTree(export(out -> new Exporter(aes()).popolo(out)));

        JsonNode links = item(document, "memberships", "presidency/AES/2024-07-06").get("sources");

        assertEquals(5, links.size());
        assertEquals("apa-2024-11-06-koulouba", links.get(3).get("note").asText());
        assertEquals(AesFacts.QUOTE_DESIGNATED, links.get(3).get("confed").get("quote").asText());
        assertEquals(AesFacts.QUOTE_PRESIDENT, links.get(4).get("confed").get("quote").asText());
        assertEquals("holder", links.get(4).get("confed").get("fields").get(0).asText());
        assertFalse(links.get(0).has("confed"), "a citation of the source alone is a plain link");
    }

    private static JsonNode item(JsonNode document, String collection, String id) {
        for (JsonNode item : document.get(collection)) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + collection);
    }

    @Test
    void a_chief_known_only_by_post_attends_as_a_membership_of_the_post_for_the_day() throws Exception {
        JsonNode document = Json.mapper().readTree(export(out -> new Exporter(aes()).popolo(out)));

        JsonNode burkina = item(document, "memberships", "participation/aes-2024-11-06-koulouba/bfa-chief-of-defence-staff");
        assertEquals("post/bfa-chief-of-defence-staff", burkina.get("post_id").asText());
        assertFalse(burkina.has("person_id"), "no source names him");
        assertEquals("2024-11-06", burkina.get("start_date").asText());
        assertEquals("meeting/aes-2024-11-06-koulouba", burkina.get("confed").get("meeting").asText());
        JsonNode niger = item(document, "memberships", "participation/aes-2024-11-06-koulouba/ner-chief-of-defence-staff");
        assertEquals("person/moussa-saloua-barmou", niger.get("person_id").asText());
    }

    @Test
    void popolo_reads_back_into_the_facts_it_carries_and_a_rerun_changes_nothing() {
        byte[] popolo = export(out -> new Exporter(aes()).popolo(out));
        InMemoryRegistry copy = new InMemoryRegistry();

        ImportReport report = run(copy, spill, bytes("aes.popolo.json", popolo));
        ImportReport again = run(copy, spill, bytes("aes.json", popolo));

        assertEquals(List.of(), problems(report));
        assertEquals(inStoreOrder(carriedByPopolo(AesFacts.all())), contents(copy));
        assertFalse(again.written().changedAnything());
        assertEquals(0, again.written().total(WriteOutcome.UPDATED));
    }

    @Test
    void reading_popolo_over_a_store_keeps_its_richer_sources() {
        InMemoryRegistry store = aes();
        byte[] popolo = export(out -> new Exporter(store).popolo(out));

        ImportReport report = run(store, spill, bytes("aes.popolo.json", popolo));

        assertEquals(List.of(), problems(report));
        assertEquals(0, report.written().count(Source.class, WriteOutcome.UPDATED) + report.written().count(Source.class, WriteOutcome.UNCHANGED));
        assertEquals(inStoreOrder(AesFacts.sources()), contents(store).stream().filter(Source.class::isInstance).toList());
    }

    @Test
    void a_popolo_object_confed_cannot_place_is_a_problem_at_its_line() {
        String document = "{\n\"organizations\": [\n  {\"id\": \"org/x\", \"name\": \"X\", \"classification\": \"party\"}\n],\n"
                + "\"persons\": [{\"id\": \"person/x\"}]}\n";

        ImportReport report = run(new InMemoryRegistry(), spill, Imports.text("x.popolo.json", document));

        assertEquals(List.of("x.popolo.json:3: organization.classification: \"party\" is not known: confed reads organizations"
                + " classified as state or as a kind of body (confederation, alliance, community, organization)",
                "x.popolo.json:5: person.name: is required"), problems(report));
    }

    /** What survives Popolo, as {@link Exporter#popolo} documents it. */
    private static List<ConfedRecord> carriedByPopolo(List<ConfedRecord> records) {
        List<ConfedRecord> carried = new ArrayList<>();
        Set<SourceId> linked = new LinkedHashSet<>();
        Map<SourceId, Source> sources = new LinkedHashMap<>();
        for (ConfedRecord record : records) {
            ConfedRecord kept;
            if (record instanceof Source source) {
                sources.put(source.id(), source);
                continue;
            } else if (record instanceof State state) {
                kept = new State(state.code(), state.name(), state.names(), state.sources(), null);
            } else if (record instanceof Person person) {
                kept = new Person(person.id(), person.name(), person.honorific(), person.sources(), null);
            } else if (record instanceof Post post) {
                kept = new Post(post.id(), post.label(), post.state(), post.confederation(), post.sources(), null);
            } else if (record instanceof Confederation body) {
                kept = new Confederation(body.code(), body.name(), body.kind() != null ? body.kind() : BodyKind.CONFEDERATION,
                        body.names(), body.founded(), null, null, null, null, null, body.sources(), null);
            } else if (record instanceof Membership membership) {
                kept = new Membership(membership.confederation(), membership.state(), membership.start(), membership.end(), null,
                        null, null, membership.sources(), null);
            } else if (record instanceof OfficeTerm term) {
                kept = new OfficeTerm(term.person(), term.office(), term.state(), term.post(), term.start(), term.end(),
                        term.sources(), null);
            } else if (record instanceof RotatingPresidency term) {
                kept = new RotatingPresidency(term.confederation(), term.state(), term.holder(), term.start(), term.end(), null, null,
                        term.sources(), null);
            } else if (record instanceof Meeting meeting) {
                kept = new Meeting(meeting.id(), meeting.confederation(), meeting.kind(), meeting.date(), meeting.endDate(),
                        meeting.place(), meeting.title(), meeting.participants(), List.of(), meeting.sources(), null);
            } else if (record instanceof Instrument || record instanceof ActionPlan || record instanceof PlanEvent) {
                continue;
            } else {
                throw new AssertionError("a record type this test does not know: " + record.key());
            }
            carried.add(kept);
            org.confed.domain.schema.References.of(kept).stream().filter(reference -> reference.target().type() == Source.class)
                    .forEach(reference -> linked.add(SourceId.of(reference.target().id())));
        }
        for (SourceId id : linked) {
            Source full = sources.get(id);
            carried.add(new Source(id, null, null, null, full.url(), null, null, null, null));
        }
        return carried;
    }
}
