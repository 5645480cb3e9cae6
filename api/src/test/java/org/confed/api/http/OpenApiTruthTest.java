package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.confed.application.exporting.ExportFormat;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Dispute;
import org.confed.domain.model.Source;
import org.confed.domain.port.Registry;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.ValueKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The OpenAPI document tells the truth, as judged by a validator that is not ours (Atlassian's
 * swagger-request-validator): every route of the route table is called over real HTTP on servers holding the AES
 * demo facts, and each exchange, errors included, is checked against the served {@code /openapi.json}.
 *
 * <p>Each probe says whether its request is one the document accepts. For one it accepts, the validator must find
 * nothing wrong with the request; for one it refuses, it must find something, and the server must refuse it too.
 * Every answer must match what the document says of that status. The probes come from the route table and the
 * record collections, with a few written for routes of their own; a route without a success and a refusal among its
 * exchanges fails {@link #every_route_is_exercised_with_a_success_and_a_refusal_and_every_get_with_head}, so a route
 * added later must be given probes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTruthTest {
    private static final String BEARER = "Bearer " + RunningApi.TOKEN;
    /** Larger than Jetty's 8 KiB buffers for a request line and for headers. */
    private static final String OVERSIZED = "x".repeat(20 * 1024);
    /** Keys tried for new records, the first that fits the key's pattern and names nothing yet. */
    private static final List<String> FRESH_KEYS = List.of("truth-probe", "TCD", "ZZ");
    /** Keys tried for references to nothing: never created by a probe. */
    private static final List<String> NOTHING_KEYS = List.of("no-such-record", "SEN", "ZY");
    /** Documented statuses no probe provokes, and why. Everything else documented must be met. */
    private static final Map<String, String> NOT_PROVOKED = Map.of(
            "PUT /api/[a-z-]+/\\{[a-z]+} 409", "two writers racing on one record: ConcurrentUpdatesTest provokes it");

    private final Map<String, RunningApi> servers = new LinkedHashMap<>();
    private List<Route> routes;
    private JsonNode document;
    private OpenApiInteractionValidator validator;
    private final List<Exchange> exchanges = new ArrayList<>();
    /** A body the document accepts, for each write route that takes one, by signature. */
    private final Map<String, String> bodies = new LinkedHashMap<>();

    @BeforeAll
    void exercise_every_route() throws Exception {
        RunningApi api = RunningApi.start(RunningApi.aesRegistry(), RunningApi.config(), file -> {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("confed.mv.db"));
                zip.write("a backup".getBytes(StandardCharsets.UTF_8));
            }
        });
        servers.put("api", api);
        servers.put("without backups", RunningApi.withAesFacts());
        servers.put("without tokens", RunningApi.start(RunningApi.aesRegistry(),
                RunningApi.config().withTokens(Tokens.none())));
        servers.put("store down", RunningApi.start(unreachableStore(), RunningApi.config(), file -> {
            throw new StoreUnavailableException("no space left on the device", null);
        }));
        routes = ConfedApi.routes(api.registry, RunningApi.config(), () -> new byte[0]);
        String text = api.get("/openapi.json").text();
        document = api.get("/openapi.json").json();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(text).build();

        for (Probe probe : probes(api)) {
            exchanges.add(exchange(probe));
            if (probe.method().equals("GET")) {
                exchanges.add(exchange(probe.asHead()));
            }
        }
    }

    @AfterAll
    void stop() {
        servers.values().forEach(RunningApi::close);
    }

    @TestFactory
    Stream<DynamicTest> every_exchange_of_every_route_matches_the_document() {
        Map<String, List<Exchange>> byOperation = new TreeMap<>();
        for (Exchange exchange : exchanges) {
            byOperation.computeIfAbsent(exchange.operation(), key -> new ArrayList<>()).add(exchange);
        }
        return byOperation.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            List<String> wrong = new ArrayList<>();
            for (Exchange exchange : entry.getValue()) {
                wrong.addAll(exchange.mismatches());
            }
            assertEquals(List.of(), wrong, entry.getKey());
        }));
    }

    @Test
    void every_route_is_exercised_with_a_success_and_a_refusal_and_every_get_with_head() {
        List<String> missing = new ArrayList<>();
        for (Route route : routes) {
            List<String> methods = new ArrayList<>(List.of(route.method().name()));
            if (route.method().name().equals("GET")) {
                methods.add("HEAD");
            }
            for (String method : methods) {
                String operation = method + " " + route.path();
                List<Exchange> mine = exchanges.stream().filter(exchange -> exchange.operation().equals(operation)).toList();
                if (mine.stream().noneMatch(exchange -> exchange.status() / 100 == 2)) {
                    missing.add(operation + " has no successful exchange: give it a probe");
                }
                if (mine.stream().noneMatch(exchange -> exchange.status() / 100 == 4)) {
                    missing.add(operation + " has no refused exchange: give it a probe");
                }
            }
        }
        assertEquals(List.of(), missing);
        System.out.println("OpenAPI truth: " + exchanges.size() + " exchanges over " + routes.size() + " routes, "
                + "statuses " + exchanges.stream().map(Exchange::status).collect(java.util.stream.Collectors
                .groupingBy(status -> status, TreeMap::new, java.util.stream.Collectors.counting())));
    }

    @Test
    void every_status_the_document_names_is_met_by_some_exchange() {
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().get("responses").fieldNames().forEachRemaining(status -> {
                    if (status.matches("[0-9]{3}")) {
                        documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + status);
                    }
                })));
        Set<String> met = new TreeSet<>();
        exchanges.forEach(exchange -> met.add(exchange.operation() + " " + exchange.status()));

        List<String> unmet = documented.stream().filter(entry -> !met.contains(entry))
                .filter(entry -> NOT_PROVOKED.keySet().stream().noneMatch(entry::matches))
                .toList();

        assertEquals(List.of(), unmet, "documented but never answered; provoke them or take them out of the "
                + "document (not provoked on purpose: " + NOT_PROVOKED + ")");
        Set<String> answered = new TreeSet<>(met);
        answered.removeAll(documented);
        // What is left was matched by the default answer: only failures of the server may be.
        answered.forEach(entry -> assertTrue(entry.endsWith(" 500") || entry.endsWith(" 503"), entry));
    }

    @Test
    void the_validator_sees_the_lies_the_document_used_to_tell() {
        // A check that cannot fail proves nothing: the same validator, shown the old lies, must object.
        RunningApi api = servers.get("api");
        RunningApi.Answer person = api.get("/api/persons/assimi-goita");
        RunningApi.Answer export = api.get("/api/export?format=ndjson");
        ObjectNode lying = document.deepCopy();
        ((ObjectNode) lying.at("/paths/~1api~1persons~1{id}/get/responses/200/content/application~1json"))
                .set("schema", JsonSchemas.ref("PersonPage"));
        ObjectNode exportContent = (ObjectNode) lying.at("/paths/~1api~1export/get/responses/200/content");
        exportContent.removeAll();
        exportContent.putObject("application/octet-stream");
        OpenApiInteractionValidator liar = OpenApiInteractionValidator.createForInlineApiSpecification(lying.toString()).build();

        assertTrue(liar.validateResponse("/api/persons/assimi-goita", Request.Method.GET, response(person)).hasErrors(),
                "a person answered where the document says a page of persons");
        assertTrue(liar.validateResponse("/api/export", Request.Method.GET, response(export)).hasErrors(),
                "NDJSON answered where the document says application/octet-stream");
        assertFalse(validator.validateResponse("/api/persons/assimi-goita", Request.Method.GET, response(person)).hasErrors());
        assertFalse(validator.validateResponse("/api/export", Request.Method.GET, response(export)).hasErrors());
    }

    // --- the probes

    private List<Probe> probes(RunningApi api) {
        List<Probe> probes = new ArrayList<>(questionProbes());
        JsonNode exported = api.get("/api/export?format=json").json().get("records");
        for (RecordCollection collection : RecordCollection.all()) {
            probes.addAll(collectionProbes(api, collection, exported));
        }
        probes.addAll(planEventProbes());
        probes.addAll(transferProbes());
        probes.addAll(historyProbes());
        for (Route route : routes) {
            probes.addAll(anyRouteProbes(route, bodies.get(route.signature())));
        }
        return probes;
    }

    /** A list, a read, and writes of every kind for one collection, built from its stored records. */
    private List<Probe> collectionProbes(RunningApi api, RecordCollection collection, JsonNode exported) {
        String key = collection.keyField().name();
        ObjectNode stored = null;
        for (JsonNode record : exported) {
            if (record.get("type").asText().equals(collection.schema().name())) {
                stored = (ObjectNode) record;
                break;
            }
        }
        assertTrue(stored != null, "the demo facts hold no " + collection.schema().name() + " to probe with");
        String item = collection.path() + "/" + Urls.segment(stored.get(key).asText());
        String etag = api.get(item).header("ETag");
        String fresh = freshKey(api, collection, FRESH_KEYS);
        ObjectNode created = stored.deepCopy().put(key, fresh);
        String freshItem = collection.path() + "/" + fresh;
        ObjectNode unknownField = stored.deepCopy().put("approved_by", "root");
        ObjectNode otherKey = stored.deepCopy().put(key, fresh);

        bodies.put("PUT " + collection.itemPath(), stored.toString());
        List<Probe> probes = new ArrayList<>();
        String list = collection.path();
        probes.add(Probe.get(list + "?limit=1", 200, true));
        String next = api.get(list + "?limit=1").json().path("next_cursor").asText(null);
        if (next != null) {
            probes.add(Probe.get(list + "?limit=1&cursor=" + next, 200, true));
        }
        probes.add(Probe.get(list + "?cursor=not-a-cursor", 400, true));
        probes.add(Probe.get(item, 200, true));
        probes.add(Probe.get(collection.path() + "/" + fresh, 404, true));
        probes.add(Probe.write("PUT", item, stored.toString(), 200, true, "If-Match", etag));
        probes.add(Probe.write("PUT", freshItem, created.toString(), 201, true, "If-None-Match", "*"));
        probes.add(Probe.write("PUT", freshItem, created.toString(), 412, true, "If-None-Match", "*"));
        probes.add(Probe.write("PUT", item, stored.toString(), 412, true, "If-Match", "\"999999\""));
        probes.add(Probe.write("PUT", item, unknownField.toString(), 400, false));
        probes.add(Probe.write("PUT", item, otherKey.toString(), 400, true));
        probes.add(Probe.write("PUT", item, stored.toString().replaceFirst("}$", "\n" + " ".repeat(1100 * 1024) + "}"),
                413, true));
        probes.add(new Probe("api", "PUT", item, stored.toString(), List.of("Content-Type", "text/plain",
                "Authorization", BEARER), 415, false));
        if (JsonSchemas.refersToOthers(collection.schema())) {
            probes.add(Probe.write("PUT", item, pointingAtNothing(api, collection, stored).toString(), 422, true,
                    "If-Match", etag));
        }
        probes.add(Probe.get(freshItem + "/history", 200, true));
        probes.add(Probe.write("DELETE", freshItem, null, 412, true, "If-Match", "\"999999\""));
        probes.add(Probe.write("DELETE", freshItem, null, 200, true));
        probes.add(Probe.write("DELETE", freshItem, null, 404, true));
        probes.add(Probe.write("DELETE", collection.path() + "/" + Urls.segment(referredKey(collection, exported)), null,
                409, true));
        return probes;
    }

    /** The key of a stored record of the collection that another record refers to, for a retraction refused. */
    private static String referredKey(RecordCollection collection, JsonNode exported) {
        String key = collection.keyField().name();
        for (JsonNode record : exported) {
            if (!record.get("type").asText().equals(collection.schema().name())) {
                continue;
            }
            String quoted = "\"" + record.get(key).asText() + "\"";
            for (JsonNode other : exported) {
                if (other != record && other.toString().contains(quoted)) {
                    return record.get(key).asText();
                }
            }
        }
        return fail("the demo facts hold no " + collection.schema().name() + " another record refers to: give it a probe");
    }

    /** The record with its first reference to another record pointing at one that does not exist. */
    private ObjectNode pointingAtNothing(RunningApi api, RecordCollection collection, ObjectNode stored) {
        for (FieldSchema field : collection.schema().fields()) {
            Optional<Class<? extends ConfedRecord>> target = field.target()
                    .or(() -> field.element() == null ? Optional.empty() : field.element().target());
            Optional<RecordCollection> targets = target.flatMap(type -> RecordCollection.all().stream()
                    .filter(other -> other.schema().javaType().equals(type)).findFirst());
            if (targets.isEmpty()) {
                continue;
            }
            String nothing = freshKey(api, targets.get(), NOTHING_KEYS);
            ObjectNode changed = stored.deepCopy();
            if (field.kind() == ValueKind.LIST) {
                changed.putArray(field.name()).add(nothing);
            } else {
                changed.put(field.name(), nothing);
            }
            return changed;
        }
        // a record whose only references are in its disputes' sources (a source): dispute its key with nothing's word
        Optional<FieldSchema> disputes = collection.schema().fields().stream()
                .filter(field -> field.kind() == ValueKind.LIST && field.element().javaType() == Dispute.class).findFirst();
        if (disputes.isPresent()) {
            String nothing = freshKey(api, RecordCollection.of(Source.class), NOTHING_KEYS);
            String keyField = collection.keyField().name();
            ObjectNode changed = stored.deepCopy();
            ObjectNode dispute = changed.putArray(disputes.get().name()).addObject();
            dispute.put("field", keyField).set("value", stored.get(keyField));
            dispute.putArray("sources").add(nothing);
            return changed;
        }
        return fail(collection.segment() + " refers to other records, but not through a field a probe knows how to "
                + "point at nothing: give it a probe");
    }

    private String freshKey(RunningApi api, RecordCollection collection, List<String> candidates) {
        Pattern form = Pattern.compile(JsonSchemas.formedOrText(collection.keyField()).path("pattern").asText(".*"));
        for (String candidate : candidates) {
            if (form.matcher(candidate).matches() && api.get(collection.path() + "/" + candidate).status() == 404) {
                return candidate;
            }
        }
        return fail("no key of " + candidates + " fits " + collection.keyField().name() + " of " + collection.segment()
                + " and names nothing: add one");
    }

    /** The routes that answer questions about a confederation, meetings and the timeline. */
    private static List<Probe> questionProbes() {
        String aes = "/api/confederations/AES";
        return List.of(
                Probe.get("/api/health", 200, true),
                new Probe("store down", "GET", "/api/health", null, List.of(), 503, true),
                new Probe("store down", "GET", "/api/persons", null, List.of(), 503, true),
                // the expensive routes' 503 (busy: LoadSheddingTest) is also what they answer when the store is down
                new Probe("store down", "GET", "/api/export", null, List.of(), 503, true),
                new Probe("store down", "HEAD", "/api/export", null, List.of(), 503, true),
                new Probe("store down", "GET", "/api/meetings?q=koulouba", null, List.of(), 503, true),
                new Probe("store down", "HEAD", "/api/meetings?q=koulouba", null, List.of(), 503, true),
                new Probe("store down", "GET", "/api/timeline", null, List.of(), 503, true),
                new Probe("store down", "HEAD", "/api/timeline", null, List.of(), 503, true),
                new Probe("store down", "GET", "/api/audit", null, List.of(), 503, true),
                new Probe("store down", "HEAD", "/api/audit", null, List.of(), 503, true),
                Probe.get("/api/audit", 200, true),
                Probe.get("/api/audit?confederation=AES", 200, true),
                Probe.get("/openapi.json", 200, true),
                Probe.get(aes + "/members?at=2024-11-06", 200, true),
                Probe.get("/api/confederations/ZZZ/members", 404, true),
                Probe.get(aes + "/presidency?at=2024-11-06", 200, true),
                Probe.get(aes + "/presidency?at=2020-01-01", 404, true),
                Probe.get(aes + "/presidencies", 200, true),
                Probe.get("/api/posts/ner-chief-of-defence-staff/holder?at=2024-11-06", 200, true),
                Probe.get("/api/posts/mli-chief-of-defence-staff/holder?at=2024-11-06", 404, true),
                Probe.get("/api/posts/ner-chief-of-defence-staff/holder?at=2024-13-01", 400, false),
                Probe.get("/api/confederations/ZZZ/presidencies", 404, true),
                Probe.get(aes + "/presidencies/forecast?count=2", 200, true),
                Probe.get("/api/confederations/ZZZ/presidencies/forecast", 404, true),
                Probe.write("PUT", "/api/confederations/ZZF", "{\"name\":\"Without rotation\"}", 201, true),
                Probe.get("/api/confederations/ZZF/presidencies/forecast", 422, true),
                Probe.get("/api/meetings?q=koulouba", 200, true),
                Probe.get("/api/meetings?confederation=AES&from=2024&to=2025-06&kind=audience&person=assimi-goita", 200, true),
                Probe.get("/api/action-plans?confederation=AES&pillar=defence_security&status=adopted&at=2025-01-01", 200, true),
                Probe.get("/api/action-plans/aes-unified-force?at=2024-11-06", 200, true),
                Probe.get("/api/timeline?confederation=AES&from=2024&to=2024-12", 200, true),
                Probe.get("/api/timeline?confederation=AES&meetings=false&limit=2", 200, true),
                Probe.get("/api/timeline?meetings=perhaps", 400, false),
                Probe.get("/api/timeline/counts?confederation=AES&from=2024&to=2025&period=month", 200, true),
                Probe.get("/api/timeline/counts?from=2024&to=2024-12-31&period=day", 200, true),
                Probe.get("/api/timeline/counts?from=1000&to=2999&period=month", 400, true),
                Probe.get("/api/timeline/counts?from=2024", 400, true),
                Probe.get("/api/timeline/counts?from=2024&to=2025&period=week", 400, false),
                Probe.get("/api/persons/assimi-goita", 200, true));
    }

    private List<Probe> planEventProbes() {
        String events = "/api/action-plans/aes-unified-force/events";
        bodies.put("POST /api/action-plans/{id}/events", "{\"status\":\"in_progress\",\"date\":\"2025-06\"}");
        return List.of(
                Probe.write("POST", events, "{\"status\":\"in_progress\",\"date\":\"2025-06\"}", 201, true),
                Probe.write("POST", events, "{\"status\":\"in_progress\",\"date\":\"2025-06\",\"note\":\"again\"}", 200, true),
                Probe.write("POST", events, "{\"status\":\"drafted\",\"date\":\"2025-07\"}", 409, true),
                Probe.write("POST", events, "{\"status\":\"completed\",\"date\":\"2025-08\",\"plan\":\"aes-unified-force\","
                        + "\"meeting\":\"no-such-meeting\"}", 422, true),
                Probe.write("POST", "/api/action-plans/no-such-plan/events", "{\"status\":\"adopted\",\"date\":\"2025\"}", 404, true),
                Probe.write("POST", events, "{\"status\":\"adopted\",\"date\":\"2025/06\"}", 400, false),
                // The pattern gives a date's form, not the calendar: month 13 is the server's to refuse.
                Probe.write("POST", events, "{\"status\":\"adopted\",\"date\":\"2025-13\"}", 400, true),
                Probe.write("POST", events, "{\"status\":\"adopted\",\"date\":\"2025\",\"approved_by\":\"root\"}", 400, false),
                Probe.write("POST", events, "{\"status\":\"adopted\",\"date\":\"2025\"" + " ".repeat(1100 * 1024) + "}", 413, true),
                new Probe("api", "POST", events, "status=adopted", List.of("Content-Type", "text/plain", "Authorization", BEARER),
                        415, false));
    }

    /** The log, histories, questions as recorded, retractions and a merge. */
    private List<Probe> historyProbes() {
        bodies.put("POST /api/persons/{id}/merge", "{\"from\":\"a-goita\"}");
        return List.of(
                Probe.get("/api/changes?limit=2", 200, true),
                Probe.get("/api/changes?since=2020-01-01&actor=cli&record=person:assimi-goita", 200, true),
                Probe.get("/api/changes?since=yesterday", 400, false),
                Probe.get("/api/changes?record=nobody", 400, true),
                Probe.get("/api/persons/assimi-goita/history", 200, true),
                Probe.get("/api/records/person:assimi-goita/history", 200, true),
                Probe.get("/api/records/person:assimi-goita", 200, true),
                Probe.get("/api/records/nothing-at-all", 404, true),
                Probe.get("/api/persons/nobody-at-all/history", 404, true),
                Probe.get("/api/confederations/AES/presidency?at=2024-11-06&recorded=2999-01-01", 200, true),
                Probe.get("/api/confederations/AES/presidency?at=2024-11-06&recorded=2000-01-01T00:00:00Z", 404, true),
                Probe.get("/api/confederations/AES/presidency?at=2024-11-06&recorded=last-week", 400, false),
                Probe.get("/api/timeline?recorded=2999-01-01", 200, true),
                Probe.write("PUT", "/api/persons/ghost-writer", "{\"name\":\"Ghost Writer\"}", 201, true),
                Probe.write("DELETE", "/api/persons/ghost-writer", null, 412, true, "If-Match", "\"7\""),
                Probe.write("DELETE", "/api/persons/ghost-writer", null, 200, true, "If-Match", "\"1\""),
                Probe.write("DELETE", "/api/persons/ghost-writer", null, 404, true),
                Probe.write("DELETE", "/api/persons/assimi-goita", null, 409, true),
                Probe.write("PUT", "/api/persons/a-goita", "{\"name\":\"A. Goïta\"}", 201, true),
                Probe.write("POST", "/api/persons/assimi-goita/merge", "{\"from\":\"assimi-goita\"}", 400, true),
                Probe.write("POST", "/api/persons/assimi-goita/merge", "{}", 400, false),
                Probe.write("POST", "/api/persons/assimi-goita/merge", "{\"from\":\"a-goita\"" + " ".repeat(1100 * 1024) + "}",
                        413, true),
                new Probe("api", "POST", "/api/persons/assimi-goita/merge", "from=a-goita", List.of("Content-Type",
                        "text/plain", "Authorization", BEARER), 415, false),
                Probe.write("POST", "/api/persons/assimi-goita/merge", "{\"from\":\"nobody-at-all\"}", 404, true),
                Probe.write("POST", "/api/persons/assimi-goita/merge", "{\"from\":\"a-goita\"}", 200, true),
                Probe.get("/api/persons/a-goita", 308, true),
                Probe.write("PUT", "/api/persons/a-goita", "{\"name\":\"A. Goïta\"}", 308, true),
                Probe.get("/api/records/person:a-goita/history", 200, true),
                Probe.get("/api/records/person:nobody-at-all/history", 404, true),
                Probe.get("/api/records/person:assimi-goita?recorded=2999-01-01", 200, true),
                Probe.write("PUT", "/api/persons/ghost-two", "{\"name\":\"Ghost Two\"}", 201, true),
                Probe.write("DELETE", "/api/records/person:ghost-two", null, 412, true, "If-Match", "\"9\""),
                Probe.write("DELETE", "/api/records/person:ghost-two", null, 200, true),
                Probe.write("DELETE", "/api/records/person:ghost-two", null, 404, true),
                Probe.write("DELETE", "/api/records/person:assimi-goita", null, 409, true),
                // two records of one person, each with a term of one office: merged, the terms would overlap
                new Probe("api", "POST", "/api/import", OVERLAPPING_TERMS, List.of("Content-Type", "application/x-ndjson",
                        "Authorization", BEARER), 200, true),
                Probe.write("POST", "/api/persons/truth-one/merge", "{\"from\":\"truth-two\"}", 409, true));
    }

    private static final String OVERLAPPING_TERMS = """
            {"type":"person","id":"truth-one","name":"Truth One"}
            {"type":"person","id":"truth-two","name":"Truth Two"}
            {"type":"office_term","person":"truth-one","office":"Probe office","start":"2020-01-01","end":"2021-12-31"}
            {"type":"office_term","person":"truth-two","office":"Probe office","start":"2021-01-01"}
            """;

    private List<Probe> transferProbes() {
        List<Probe> probes = new ArrayList<>();
        String person = "{\"type\":\"person\",\"id\":\"ali-lamine-zeine\",\"name\":\"Ali Lamine Zeine\"}\n";
        bodies.put("POST /api/import", person);
        List<String> ndjson = List.of("Content-Type", "application/x-ndjson", "Authorization", BEARER);
        probes.add(new Probe("api", "POST", "/api/import", person, ndjson, 200, true));
        probes.add(new Probe("store down", "POST", "/api/import", person, ndjson, 503, true));
        probes.add(new Probe("api", "POST", "/api/import", "{\"type\":\"person\",\"id\":\"Not An Id\",\"name\":\"X\"}\n",
                ndjson, 422, true));
        probes.add(new Probe("api", "POST", "/api/import", person.repeat((int) (RunningApi.IMPORT_CAP / person.length()) + 10),
                ndjson, 413, true));
        for (String format : ExportFormat.codes()) {
            probes.add(Probe.get("/api/export?format=" + format, 200, true));
        }
        probes.add(Probe.get("/api/export?format=xml", 400, false));
        probes.add(new Probe("api", "POST", "/api/backup", null, List.of("Authorization", BEARER), 200, true));
        probes.add(new Probe("without backups", "POST", "/api/backup", null, List.of("Authorization", BEARER), 501, true));
        probes.add(new Probe("store down", "POST", "/api/backup", null, List.of("Authorization", BEARER), 503, true));
        return probes;
    }

    /**
     * What any route may be sent: a request line or headers too long, parameters that break their schema, path
     * values that name nothing; for writes, no token, a wrong one, and a server that takes none.
     */
    private static List<Probe> anyRouteProbes(Route route, String body) {
        List<Probe> probes = new ArrayList<>();
        String path = concrete(route.path());
        String method = route.method().name();
        List<String> auth = route.write() ? List.of("Authorization", BEARER) : List.of();
        if (route.requestType() != null && body == null) {
            fail(route.signature() + " takes a body: give it one the document accepts in the probes");
        }
        List<String> typed = new ArrayList<>(auth);
        if (route.requestType() != null) {
            typed.addAll(List.of("Content-Type", route.requestType()));
        }
        probes.add(new Probe("api", method, path + "?pad=" + OVERSIZED, body, typed, 414, true));
        List<String> huge = new ArrayList<>(typed);
        huge.addAll(List.of("X-Padding", OVERSIZED));
        probes.add(new Probe("api", method, path, body, huge, 431, true));
        for (Param param : route.write() ? List.<Param>of() : route.parameters()) {
            String refused = refusedValue(param.schema());
            if (refused == null) {
                continue;
            }
            String probePath = param.in().equals("path")
                    ? path.replace(PATH_VALUES.get(param.name()), refused)
                    : path + "?" + param.name() + "=" + refused;
            int expected = param.in().equals("path") ? 404 : 400;
            probes.add(new Probe("api", method, probePath, body, typed, expected, false));
        }
        if (route.write()) {
            List<String> typedOnly = new ArrayList<>(typed);
            typedOnly.removeAll(List.of("Authorization", BEARER));
            probes.add(new Probe("api", method, path, body, typedOnly, 401, false));
            List<String> wrong = new ArrayList<>(typedOnly);
            wrong.addAll(List.of("Authorization", "Bearer not-the-token-0123456789"));
            probes.add(new Probe("api", method, path, body, wrong, 401, true));
            probes.add(new Probe("without tokens", method, path, body, typed, 403, true));
        }
        return probes;
    }

    /** Values for the path parameters that name existing records. */
    private static final Map<String, String> PATH_VALUES = Map.of("id", "aes-unified-force", "code", "AES", "record", "action_plan:aes-unified-force");

    private static String concrete(String path) {
        String concrete = path;
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            concrete = concrete.replace("{" + value.getKey() + "}", value.getValue());
        }
        assertFalse(concrete.contains("{"), "no sample value for a parameter of " + path);
        return concrete;
    }

    /** A value the parameter's schema refuses, or {@code null} when it takes any text. */
    private static String refusedValue(JsonNode schema) {
        if (schema.has("pattern") || schema.has("enum") || schema.has("format")) {
            return "%21refused";
        }
        if (schema.path("type").asText().equals("integer")) {
            return "many";
        }
        return null;
    }

    // --- sending and judging

    private Exchange exchange(Probe probe) {
        RunningApi server = servers.get(probe.server());
        RunningApi.Answer answer;
        try {
            answer = probe.expected() == 414 || probe.expected() == 431
                    ? headOnly(server, probe) : server.send(httpRequest(server, probe));
        } catch (RuntimeException | IOException e) {
            throw new AssertionError("no answer to " + probe.method() + " " + probe.path().substring(0,
                    Math.min(200, probe.path().length())) + " (" + probe.server() + "), expected " + probe.expected(), e);
        }
        String path = probe.path().contains("?") ? probe.path().substring(0, probe.path().indexOf('?')) : probe.path();
        String operation = probe.method() + " " + templateOf(path, probe.method());
        Request request = request(probe, path);
        ValidationReport requestReport = validator.validateRequest(request);
        ValidationReport responseReport = validator.validateResponse(path, request.getMethod(), response(answer));
        return new Exchange(probe, operation, answer, requestReport, responseReport);
    }

    private static HttpRequest httpRequest(RunningApi server, Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(probe.path()))
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8));
        if (!probe.headers().isEmpty()) {
            request.headers(probe.headers().toArray(String[]::new));
        }
        return request.build();
    }

    /**
     * A request whose head is too large, sent on a raw socket without its body: Jetty answers it before reading any
     * body and closes the connection, and an HTTP client still writing (or reusing a pooled connection) can lose
     * that answer to a reset. An answer to HEAD has no body, whatever bytes follow the head before the close.
     */
    private static RunningApi.Answer headOnly(RunningApi server, Probe probe) throws IOException {
        StringBuilder head = new StringBuilder(probe.method() + " " + probe.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < probe.headers().size(); i += 2) {
            head.append(probe.headers().get(i)).append(": ").append(probe.headers().get(i + 1)).append("\r\n");
        }
        int length = probe.body() == null ? 0 : probe.body().getBytes(StandardCharsets.UTF_8).length;
        head.append("Content-Length: ").append(length)
                .append("\r\nConnection: close\r\n\r\n");
        String raw = server.raw(head.toString());
        if (!raw.matches("(?s)HTTP/1\\.1 \\d{3} .*")) {
            throw new AssertionError("not an HTTP answer: " + raw.substring(0, Math.min(300, raw.length())));
        }
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon), name -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
        }
        int status = Integer.parseInt(lines[0].substring(9, 12));
        HttpHeaders answerHeaders = HttpHeaders.of(headers, (name, value) -> true);
        RunningApi.Answer answer = new RunningApi.Answer(status, answerHeaders,
                raw.substring(end + 4).getBytes(StandardCharsets.UTF_8));
        RunningApi.assertIsASafeProblem(answer);
        return probe.method().equals("HEAD") ? new RunningApi.Answer(status, answerHeaders, new byte[0]) : answer;
    }

    /** The route template a concrete path belongs to, for this method (or for GET, when HEAD). */
    private String templateOf(String path, String method) {
        String wanted = method.equals("HEAD") ? "GET" : method;
        for (Route route : routes) {
            if (route.method().name().equals(wanted) && path.matches(route.path().replaceAll("\\{[a-z_]+}", "[^/]+"))) {
                return route.path();
            }
        }
        return path;
    }

    private static Request request(Probe probe, String path) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(probe.method(), path);
        if (probe.path().contains("?")) {
            for (String pair : probe.path().substring(probe.path().indexOf('?') + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                builder.withQueryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        for (int i = 0; i < probe.headers().size(); i += 2) {
            builder.withHeader(probe.headers().get(i), probe.headers().get(i + 1));
        }
        if (probe.body() != null) {
            builder.withBody(probe.body());
        }
        return builder.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static SimpleResponse response(RunningApi.Answer answer) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(answer.status());
        answer.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                builder.withHeader(name, values);
            }
        });
        if (answer.body().length > 0) {
            builder.withBody(answer.body());
        }
        return builder.build();
    }

    private static Registry unreachableStore() {
        return (Registry) Proxy.newProxyInstance(Registry.class.getClassLoader(), new Class<?>[] {Registry.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "toString":
                            return "an unreachable store";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == arguments[0];
                        default:
                            break;
                    }
                    throw new StoreUnavailableException("connection refused", null);
                });
    }

    /**
     * A request to send.
     *
     * @param server    which of the running servers gets it
     * @param expected  the status the server must answer: what the probe is about
     * @param conforms  whether the document accepts the request (its parameters, body, media type and credentials)
     */
    private record Probe(String server, String method, String path, String body, List<String> headers, int expected,
                         boolean conforms) {
        static Probe get(String path, int expected, boolean conforms) {
            return new Probe("api", "GET", path, null, List.of(), expected, conforms);
        }

        static Probe write(String method, String path, String json, int expected, boolean conforms, String... more) {
            List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json", "Authorization", BEARER));
            headers.addAll(List.of(more));
            return new Probe("api", method, path, json, headers, expected, conforms);
        }

        Probe asHead() {
            return new Probe(server, "HEAD", path, null, headers, expected, conforms);
        }
    }

    /** A probe, what the server answered, and what the validator said of both. */
    private record Exchange(Probe probe, String operation, RunningApi.Answer answer, ValidationReport requestReport,
                            ValidationReport responseReport) {
        int status() {
            return answer.status();
        }

        List<String> mismatches() {
            List<String> wrong = new ArrayList<>();
            String what = probe.method() + " " + shortened(probe.path()) + " (" + probe.server() + ") -> " + status();
            if (status() != probe.expected()) {
                wrong.add(what + ": expected " + probe.expected() + ": " + shortened(answer.text()));
            }
            if (probe.conforms() && requestReport.hasErrors()) {
                wrong.add(what + ": the document refuses this request: " + messages(requestReport));
            }
            if (!probe.conforms() && !requestReport.hasErrors()) {
                wrong.add(what + ": the server refuses it, but the document accepts this request");
            }
            if (responseReport.hasErrors()) {
                wrong.add(what + ": the answer is not what the document says: " + messages(responseReport));
            }
            return wrong;
        }

        private static String messages(ValidationReport report) {
            return report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .map(message -> message.getKey() + ": " + message.getMessage()).toList().toString();
        }

        private static String shortened(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }
}
