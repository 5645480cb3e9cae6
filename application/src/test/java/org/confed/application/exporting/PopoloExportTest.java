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
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Participant;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.Source;
import org.confed.domain.model.SourceId;
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
        assertEquals(3 + 4 + (3 + 3 + 2) + (1 + 3) + 3, checked);
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

        JsonNode goita = document.get("persons").get(0);
        assertEquals("person/assimi-goita", goita.get("id").asText());
        assertEquals("Général d'Armée", goita.get("honorific_prefix").asText());
        assertEquals("urn:confed:source:apa-2024-11-06-koulouba", goita.get("sources").get(0).get("url").asText());
        JsonNode presidency = document.get("memberships").get(6);
        assertEquals("presidency", presidency.get("role").asText());
        assertEquals("person/assimi-goita", presidency.get("person_id").asText());
        assertEquals("state/MLI", presidency.get("on_behalf_of_id").asText());
        assertEquals("post/confederation/AES/presidency", presidency.get("post_id").asText());
        JsonNode summit = document.get("events").get(0);
        assertEquals("summit", summit.get("classification").asText());
        assertEquals("Assimi Goïta", summit.get("attendees").get(0).get("name").asText());
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
                + " classified as state or confederation", "x.popolo.json:5: person.name: is required"), problems(report));
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
            } else if (record instanceof Confederation body) {
                kept = new Confederation(body.code(), body.name(), body.names(), body.founded(), null, null, null, null, null,
                        body.sources());
            } else if (record instanceof RotatingPresidency term) {
                kept = new RotatingPresidency(term.confederation(), term.state(), term.holder(), term.start(), term.end(), null,
                        term.sources());
            } else if (record instanceof Meeting meeting) {
                kept = new Meeting(meeting.id(), meeting.confederation(), meeting.kind(), meeting.date(), meeting.place(),
                        meeting.title(), meeting.participants().stream().map(p -> new Participant(p.person(), null)).toList(),
                        List.of(), meeting.sources());
            } else if (record instanceof ActionPlan || record instanceof PlanEvent) {
                continue;
            } else {
                kept = record;
            }
            carried.add(kept);
            org.confed.domain.schema.References.of(kept).stream().filter(reference -> reference.target().type() == Source.class)
                    .forEach(reference -> linked.add(SourceId.of(reference.target().id())));
        }
        for (SourceId id : linked) {
            Source full = sources.get(id);
            carried.add(new Source(id, null, null, null, full.url(), null, null, null));
        }
        return carried;
    }
}
