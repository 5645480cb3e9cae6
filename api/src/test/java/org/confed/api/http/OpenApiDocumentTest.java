package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The served document describes exactly the routes Javalin has, and its schemas come from the record types. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {
    private RunningApi api;
    private JsonNode document;

    @BeforeAll
    void start() throws java.io.IOException {
        api = RunningApi.withAesFacts();
        RunningApi.Answer served = api.get("/openapi.json");
        document = served.json();
        // Kept for the linters run from outside the build (.ci/run runs Redocly's on it).
        java.nio.file.Path target = java.nio.file.Path.of(System.getProperty("basedir", "."), "target");
        java.nio.file.Files.createDirectories(target);
        java.nio.file.Files.write(target.resolve("openapi.json"), served.body());
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void the_document_lists_exactly_the_registered_routes() {
        Set<String> registered = new TreeSet<>();
        for (ParsedEndpoint parsed : api.app.unsafe.internalRouter.allHttpHandlers()) {
            if (parsed.endpoint.method.isHttpMethod()) {
                registered.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
            }
        }
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertEquals(registered, documented);
    }

    @Test
    void every_route_of_the_design_is_there() {
        Set<String> documented = new HashSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        List<String> design = new ArrayList<>(List.of("GET /api/health", "GET /api/confederations/{code}/members",
                "GET /api/confederations/{code}/presidency", "GET /api/confederations/{code}/presidencies",
                "GET /api/confederations/{code}/presidencies/forecast", "GET /api/meetings", "GET /api/persons/{id}",
                "GET /api/action-plans", "GET /api/action-plans/{id}", "POST /api/action-plans/{id}/events",
                "GET /api/timeline", "POST /api/import", "GET /api/export", "GET /openapi.json"));
        for (String collection : List.of("sources/{id}", "states/{code}", "confederations/{code}", "persons/{id}",
                "meetings/{id}", "action-plans/{id}")) {
            design.add("GET /api/" + collection.substring(0, collection.indexOf('/')));
            design.add("GET /api/" + collection);
            design.add("PUT /api/" + collection);
        }

        assertTrue(documented.containsAll(design), "missing: " + design.stream().filter(route -> !documented.contains(route)).toList());
    }

    @Test
    void every_get_has_its_head_twin() {
        document.get("paths").forEach(path -> assertEquals(path.has("get"), path.has("head"), path.toString()));
    }

    @Test
    void it_is_openapi_3_0_with_unique_operation_ids() {
        assertEquals("3.0.3", document.get("openapi").asText());
        Set<String> ids = new HashSet<>();
        operations().forEach(operation -> assertTrue(ids.add(operation.get("operationId").asText()), operation.toString()));
    }

    @Test
    void every_path_parameter_is_declared_and_every_write_needs_the_bearer_token() {
        Pattern braces = Pattern.compile("\\{([a-z_]+)}");
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            Set<String> declared = new HashSet<>();
            entry.getValue().path("parameters").forEach(parameter -> {
                if (parameter.get("in").asText().equals("path")) {
                    declared.add(parameter.get("name").asText());
                }
            });
            Set<String> inPath = new HashSet<>();
            Matcher matcher = braces.matcher(path.getKey());
            while (matcher.find()) {
                inPath.add(matcher.group(1));
            }
            assertEquals(inPath, declared, path.getKey());
            boolean write = !entry.getKey().equals("get") && !entry.getKey().equals("head");
            // Every operation says what it needs: the bearer token, or nothing (an empty list).
            assertTrue(entry.getValue().path("security").isArray(), entry.getKey() + " " + path.getKey());
            assertEquals(write, !entry.getValue().get("security").isEmpty(), entry.getKey() + " " + path.getKey());
        }));
    }

    @Test
    void every_reference_resolves() {
        JsonNode schemas = document.get("components").get("schemas");
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);

        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/schemas/"), ref);
            assertTrue(schemas.has(ref.substring("#/components/schemas/".length())), ref);
        }
    }

    @Test
    void record_schemas_come_from_the_domain_annotations() {
        JsonNode schemas = document.get("components").get("schemas");
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            assertTrue(schemas.has(JsonSchemas.componentName(schema)), schema.name());
        }
        JsonNode person = schemas.get("Person");
        assertEquals(List.of("id", "name"), texts(person.get("required")));
        assertEquals(false, person.get("additionalProperties").asBoolean());
        assertEquals("^(?:[a-z0-9]+(-[a-z0-9]+)*)$", person.get("properties").get("id").get("pattern").asText());
        assertEquals(300, person.get("properties").get("name").get("maxLength").asInt());
        JsonNode citation = person.get("properties").get("sources").get("items").get("oneOf");
        assertEquals("source", citation.get(0).get("x-references").asText(), "a citation may be its source's id alone");
        assertEquals("#/components/schemas/Citation", citation.get(1).get("$ref").asText());
        assertEquals(List.of("source"), texts(schemas.get("Citation").get("required")));
        JsonNode meeting = schemas.get("Meeting").get("properties");
        assertEquals(List.of("summit", "audience", "ministerial", "committee", "other"), texts(meeting.get("kind").get("enum")));
        assertEquals("#/components/schemas/Participant", meeting.get("participants").get("items").get("$ref").asText());
        // a participant is a person, a post, or both: neither is required alone, and nothing else is taken
        assertEquals(List.of(), texts(schemas.get("Participant").get("required")));
        assertTrue(schemas.get("Participant").get("properties").has("person"));
        assertEquals("post", schemas.get("Participant").get("properties").get("post").get("x-references").asText());
        assertEquals(false, schemas.get("Participant").get("additionalProperties").asBoolean());
        assertTrue(schemas.get("Membership").get("properties").get("start").get("pattern").asText().contains("[0-9]{4}"));
        assertEquals("P1Y", schemas.get("Confederation").get("properties").get("presidency_term").get("example").asText());
    }

    @Test
    void every_error_answer_is_a_problem() {
        operations().stream().filter(operation -> !operation.get("operationId").asText().endsWith("Head"))
                .forEach(operation -> operation.get("responses").properties().forEach(response -> {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5") || response.getKey().equals("default")) {
                assertTrue(response.getValue().get("content").has(Problem.MEDIA_TYPE), operation.get("operationId").asText());
            }
        }));
    }

    private List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        document.get("paths").forEach(path -> path.forEach(operations::add));
        return operations;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (name.equals("$ref")) {
                    refs.add(node.get(name).asText());
                } else {
                    collectRefs(node.get(name), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, refs));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
