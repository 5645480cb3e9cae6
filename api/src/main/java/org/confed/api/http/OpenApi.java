package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.Meeting;
import org.confed.domain.schema.RecordSchemas;

/**
 * The OpenAPI 3.0 document, written from the same route table that registers the routes, and from the record
 * types' schemas ({@link JsonSchemas}). 3.0, not 3.1: the validator that checks every answer against it in the tests
 * (Atlassian's swagger-request-validator 2.44) ignores {@code type} in a 3.1 document, so a 3.1 document could lie
 * about types unseen.
 */
final class OpenApi {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Problems any request may meet before a route sees it, whatever its method and path: Jetty refuses a request
     * line or headers too long for its buffers. Listed on every operation, so each names at least one 4xx it can
     * really answer with.
     */
    static final List<Integer> ANY_ROUTE_PROBLEMS = List.of(414, 431);

    /** What the {@code default} answer stands for: failures of the server, not of the request. */
    static final String DEFAULT_PROBLEMS = "A problem of the server rather than of the request: 500, or 503 when the "
            + "store cannot be reached.";

    /**
     * The project has not chosen a licence; the document says so rather than invent one, and links a page that
     * explains what having none means. Replace both once a licence is chosen.
     */
    static final String LICENCE = "No licence granted yet: all rights reserved";
    static final String LICENCE_URL = "https://choosealicense.com/no-permission/";

    private OpenApi() {
    }

    static ObjectNode document(List<Route> routes, LoadLimits limits) {
        ObjectNode document = NODES.objectNode();
        document.put("openapi", "3.0.3");
        ObjectNode info = document.putObject("info");
        info.put("title", "confed");
        info.put("version", version());
        info.put("description", "A sourced, time-aware record of how a confederation of states governs itself. "
                + "Reads are public; writes need Authorization: Bearer TOKEN. Records use the interchange format "
                + "(snake_case fields, dates of day, month or year precision as written). Every error is an RFC 9457 "
                + "problem (application/problem+json) whose errors list names each bad field.");
        info.putObject("license").put("name", LICENCE).put("url", LICENCE_URL);
        // Relative: the document is served by the server it describes, wherever that listens.
        document.putArray("servers").addObject().put("url", "/")
                .put("description", "The server this document was read from.");
        ObjectNode paths = document.putObject("paths");
        for (Route route : routes) {
            ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            ObjectNode operation = operation(route);
            shedding(operation, route, limits);
            path.set(route.method().name().toLowerCase(Locale.ROOT), operation);
            if (route.method().name().equals("GET")) {
                path.set("head", head(operation));
            }
        }
        ObjectNode components = document.putObject("components");
        components.set("schemas", schemas());
        ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
        bearer.put("type", "http").put("scheme", "bearer")
                .put("description", "A token given to the server by CONFED_API_TOKEN or its token file.");
        return document;
    }

    private static String version() {
        String version = OpenApi.class.getPackage().getImplementationVersion();
        return version != null ? version : "2.0.0-SNAPSHOT";
    }

    private static ObjectNode operation(Route route) {
        ObjectNode operation = NODES.objectNode();
        operation.put("operationId", route.operationId());
        operation.put("summary", route.summary());
        operation.putArray("tags").add(route.tag());
        if (!route.parameters().isEmpty()) {
            ArrayNode parameters = operation.putArray("parameters");
            for (Param param : route.parameters()) {
                ObjectNode node = parameters.addObject();
                node.put("name", param.name()).put("in", param.in()).put("required", param.required())
                        .put("description", param.description());
                node.set("schema", param.schema());
            }
        }
        if (route.requestType() != null) {
            ObjectNode body = operation.putObject("requestBody");
            body.put("required", true);
            body.putObject("content").putObject(route.requestType()).set("schema", route.requestSchema());
        }
        ObjectNode responses = operation.putObject("responses");
        for (int status : route.statuses()) {
            ObjectNode success = responses.putObject(String.valueOf(status));
            success.put("description", status == 201 ? "Created" : "OK");
            ObjectNode contents = success.putObject("content");
            for (Route.Content answer : route.responses()) {
                ObjectNode content = contents.putObject(answer.mediaType());
                if (answer.schema() != null) {
                    content.set("schema", answer.schema());
                }
            }
            if (!route.responseHeaders().isEmpty()) {
                ObjectNode headers = success.putObject("headers");
                for (String header : route.responseHeaders()) {
                    headers.putObject(header).put("description", header.equals("ETag")
                            ? "The record's version, quoted (\"3\"); send it back in If-Match to update it."
                            : "Where the record can be read.").putObject("schema").put("type", "string");
                }
            }
        }
        java.util.SortedSet<Integer> problems = new java.util.TreeSet<>(route.problems());
        problems.addAll(ANY_ROUTE_PROBLEMS);
        for (int status : problems) {
            responses.set(String.valueOf(status), problemResponse(StatusPhrases.of(status)));
        }
        responses.set("default", problemResponse(DEFAULT_PROBLEMS));
        // An empty list says that no credentials are needed; leaving security out would say nothing.
        ArrayNode security = operation.putArray("security");
        if (route.write()) {
            security.addObject().putArray("bearer");
        }
        return operation;
    }

    /** The refusals of an expensive route beyond its limits (LoadShedding), each with Retry-After. */
    private static void shedding(ObjectNode operation, Route route, LoadLimits limits) {
        if (java.util.Arrays.stream(ExpensiveRoute.values()).noneMatch(expensive -> expensive.covers(route.method(), route.path()))) {
            return;
        }
        ObjectNode responses = (ObjectNode) operation.get("responses");
        if (limits.clientRate() > 0) {
            responses.set("429", retryAfter(problemResponse("Too many expensive requests from this address a second.")));
        }
        responses.set("503", retryAfter(problemResponse("As many such requests are served as the server takes at once, "
                + "or the store is unreachable.")));
    }

    private static ObjectNode retryAfter(ObjectNode response) {
        response.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait before trying again.")
                .putObject("schema").put("type", "integer");
        return response;
    }

    /** The GET operation's twin: the same status and headers, no body. */
    private static ObjectNode head(ObjectNode get) {
        ObjectNode head = get.deepCopy();
        head.put("operationId", get.get("operationId").asText() + "Head");
        head.put("summary", "The headers GET would answer with, without the body");
        head.get("responses").properties().forEach(response -> ((ObjectNode) response.getValue()).remove("content"));
        return head;
    }

    private static ObjectNode problemResponse(String description) {
        ObjectNode response = NODES.objectNode().put("description", description);
        response.putObject("content").putObject(Problem.MEDIA_TYPE).set("schema", JsonSchemas.ref("Problem"));
        return response;
    }

    private static ObjectNode schemas() {
        Map<String, ObjectNode> records = JsonSchemas.recordComponents();
        ObjectNode schemas = NODES.objectNode();
        records.forEach((name, schema) -> add(schemas, name, schema));
        for (RecordCollection collection : RecordCollection.all()) {
            add(schemas, collection.component() + "Body", JsonSchemas.optional(records.get(collection.component()),
                    collection.keyField().name(), "A " + collection.schema().name().replace('_', ' ') + " as a PUT "
                            + "body: " + collection.keyField().name() + " may be left out, the URL names it."));
        }
        add(schemas, "PlanEventBody", JsonSchemas.optional(records.get("PlanEvent"), "plan",
                "A plan_event as a POST body: plan may be left out, the URL names it."));
        String personComponent = RecordCollection.of(org.confed.domain.model.Person.class).component();
        String planComponent = RecordCollection.of(ActionPlan.class).component();
        ObjectNode date = JsonSchemas.partialDate("A date of day, month or year precision, as written.");

        ObjectNode uncertainKey = JsonSchemas.objectOf("The record an answer rests on.", new String[] {"type", "key"},
                "type", JsonSchemas.string("Its record type."),
                "key", JsonSchemas.arrayOf(JsonSchemas.string("A key part.")));
        ObjectNode anyValue = NODES.objectNode().put("description", "The value in the field's own form.");
        anyValue.putArray("oneOf").add(JsonSchemas.object().put("type", "string"))
                .add(JsonSchemas.arrayOf(NODES.objectNode())).add(JsonSchemas.object());
        add(schemas, "Uncertainty", JsonSchemas.objectOf("One thing that could change an answer: a date known only as a "
                        + "span that contains the day asked about, or another value a source gives.",
                new String[] {"record", "field", "because", "value"},
                "record", uncertainKey,
                "field", JsonSchemas.string("The field, as the record's JSON names it."),
                "because", JsonSchemas.enumOf("span: the field's date is a span around the day; dispute: a source "
                        + "gives another value.", List.of("span", "dispute")),
                "value", anyValue));
        ObjectNode certain = JsonSchemas.object().put("type", "boolean").put("description", "Whether the answer is the "
                + "same on every day of every span involved and under each dispute taken alone.");
        ObjectNode uncertain = JsonSchemas.arrayOf(JsonSchemas.ref("Uncertainty"))
                .put("description", "What could change the answer; present only when certain is false.");

        ObjectNode holder = NODES.objectNode();
        holder.putArray("oneOf").add(JsonSchemas.ref(personComponent))
                .add(JsonSchemas.formedOrText(RecordCollection.of(org.confed.domain.model.Person.class).keyField()));
        holder.put("description", "The person who presides: the whole person, or their id on a person's own page.");
        add(schemas, "PresidencyTerm", JsonSchemas.widened(records.get("Presidency"),
                "A presidency term as it played out. end is the end as recorded; ends_on the actual last day (absent "
                        + "while open); planned_end the start plus the term length, less a day.",
                "holder", holder,
                "planned_end", JsonSchemas.day("The start plus the confederation's presidency_term, less one day."),
                "ends_on", JsonSchemas.day("The last day the term actually covers, inclusive; absent while open."),
                "certain", certain, "uncertain", uncertain));
        add(schemas, "PresidencyTerms", JsonSchemas.objectOf("A confederation's presidency terms, oldest first.",
                new String[] {"confederation", "items"},
                "confederation", JsonSchemas.string("The confederation's code."),
                "items", JsonSchemas.arrayOf(JsonSchemas.ref("PresidencyTerm"))));
        add(schemas, "Members", JsonSchemas.objectOf("The memberships covering a day, by state code.",
                new String[] {"confederation", "at", "items"},
                "confederation", JsonSchemas.string("The confederation's code."),
                "at", JsonSchemas.day("The day asked about."),
                "items", JsonSchemas.arrayOf(JsonSchemas.ref("Membership")),
                "certain", certain, "uncertain", uncertain));
        add(schemas, "Holder", JsonSchemas.objectOf("Who held a post on a day: the office terms covering it.",
                new String[] {"post", "at", "items", "certain"},
                "post", JsonSchemas.string("The post's id."),
                "at", JsonSchemas.day("The day asked about."),
                "items", JsonSchemas.arrayOf(JsonSchemas.widened(records.get("OfficeTerm"),
                        "An office term, its holder expanded.", "holder", JsonSchemas.ref(personComponent))),
                "certain", certain, "uncertain", uncertain));
        add(schemas, "ForecastTerm", JsonSchemas.objectOf("A term the rotation predicts; nobody holds it yet.",
                new String[] {"confederation", "state", "start", "end"},
                "confederation", JsonSchemas.string("The confederation's code."),
                "state", JsonSchemas.string("The state whose turn it will be."),
                "start", JsonSchemas.day("Its first day."),
                "end", JsonSchemas.day("Its last day, inclusive.")));
        add(schemas, "Forecast", JsonSchemas.objectOf("The next presidency terms.",
                new String[] {"confederation", "items"},
                "confederation", JsonSchemas.string("The confederation's code."),
                "rotation", JsonSchemas.arrayOf(JsonSchemas.string("A state code.")),
                "items", JsonSchemas.arrayOf(JsonSchemas.ref("ForecastTerm"))));
        add(schemas, "PersonView", JsonSchemas.widened(records.get(personComponent),
                "A person with their office terms, the presidency terms they held, and the meetings they attended.",
                "office_terms", JsonSchemas.arrayOf(JsonSchemas.ref("OfficeTerm")),
                "presidencies", JsonSchemas.arrayOf(JsonSchemas.ref("PresidencyTerm")),
                "meetings", JsonSchemas.arrayOf(JsonSchemas.ref(RecordCollection.of(Meeting.class).component())),
                "meetings_next_cursor", JsonSchemas.string("Absent when meetings holds them all; else pass it as cursor "
                        + "to this route, or to /api/meetings?person=..., for the next page of meetings.")));
        add(schemas, "ActionPlanView", JsonSchemas.widened(records.get(planComponent),
                "An action plan with its status on a day (absent before its first event) and, on its own page, its history.",
                "at", JsonSchemas.day("The day the status is given for."),
                "status", ((ObjectNode) records.get("PlanEvent").get("properties").get("status").deepCopy())
                        .put("description", "The status on that day."),
                "status_date", date,
                "history", JsonSchemas.arrayOf(JsonSchemas.ref("PlanEvent")),
                "certain", certain, "uncertain", uncertain));
        for (RecordCollection collection : RecordCollection.all()) {
            String item = collection.schema().javaType() == ActionPlan.class ? "ActionPlanView" : collection.component();
            add(schemas, collection.component() + "Page", JsonSchemas.objectOf("A page of " + collection.segment()
                            + "; next_cursor is absent on the last page.", new String[] {"items"},
                    "items", JsonSchemas.arrayOf(JsonSchemas.ref(item)),
                    "next_cursor", JsonSchemas.string("Pass it as cursor to get the next page.")));
        }
        ObjectNode recordRef = JsonSchemas.objectOf("The record a fact comes from.", new String[] {"type", "key"},
                "type", JsonSchemas.string("Its record type."),
                "key", JsonSchemas.arrayOf(JsonSchemas.string("A key part.")),
                "href", JsonSchemas.string("Its URL, for a record with a one-field key."));
        add(schemas, "TimelineEntry", JsonSchemas.objectOf("One dated fact.", new String[] {"date", "event", "record", "summary"},
                "date", date,
                "event", JsonSchemas.string("What kind of fact, as type.field: membership.start, presidency.end, meeting.date, ..."),
                "record", recordRef,
                "confederation", JsonSchemas.string("The confederation it concerns; absent for an office term."),
                "summary", JsonSchemas.string("The fact in a short English sentence.")));
        add(schemas, "Timeline", JsonSchemas.objectOf("A page of dated facts, oldest first; next_cursor is absent on "
                        + "the last page.", new String[] {"items"},
                "items", JsonSchemas.arrayOf(JsonSchemas.ref("TimelineEntry")),
                "next_cursor", JsonSchemas.string("Pass it as cursor to get the next page.")));
        add(schemas, "MeetingCounts", TimelineSchemas.meetingCounts());
        ObjectNode finding = JsonSchemas.objectOf("One thing asserted without enough support.",
                new String[] {"record", "finding", "detail"},
                "record", uncertainKey,
                "field", JsonSchemas.string("The field, as the record's JSON names it; absent for the whole record."),
                "finding", JsonSchemas.enumOf("What was found.", java.util.Arrays.stream(
                        org.confed.application.auditing.FindingKind.values())
                        .map(org.confed.application.auditing.FindingKind::code).toList()),
                "detail", JsonSchemas.string("The finding in a short English sentence."));
        add(schemas, "Audit", JsonSchemas.objectOf("The audit's findings, by record type, then key; none when "
                + "everything is supported.", new String[] {"items"}, "items", JsonSchemas.arrayOf(finding)));
        HistorySchemas.all(personComponent).forEach((name, schema) -> add(schemas, name, schema));
        add(schemas, "Health", JsonSchemas.objectOf("The server answers.", new String[] {"status"},
                "status", JsonSchemas.enumOf("Always ok.", List.of("ok"))));
        add(schemas, "FieldError", JsonSchemas.objectOf("One bad field, parameter or header.", new String[] {"field", "message"},
                "field", JsonSchemas.string("As type.field for a record field (membership.start), else the parameter or header name."),
                "message", JsonSchemas.string("What is wrong.")));
        add(schemas, "Problem", JsonSchemas.objectOf("An RFC 9457 problem.", new String[] {"type", "title", "status", "detail", "errors"},
                "type", JsonSchemas.string("A URI naming the kind of problem; about:blank for plain HTTP failures."),
                "title", JsonSchemas.string("The kind of problem, in a few words."),
                "status", JsonSchemas.object().put("type", "integer"),
                "detail", JsonSchemas.string("What went wrong this time."),
                "errors", JsonSchemas.arrayOf(JsonSchemas.ref("FieldError"))));
        ArrayNode anyRecord = NODES.arrayNode();
        records.keySet().stream().filter(name -> RecordSchemas.all().stream()
                .anyMatch(schema -> JsonSchemas.componentName(schema).equals(name)))
                .forEach(name -> anyRecord.add(JsonSchemas.ref(name)));
        ObjectNode record = JsonSchemas.object().put("description", "Any record, told apart by its type.");
        record.remove("type");
        record.set("anyOf", anyRecord);
        add(schemas, "AnyRecord", record);
        add(schemas, "Records", JsonSchemas.objectOf("Every record, as the json export and import write them.",
                new String[] {"records"}, "records", JsonSchemas.arrayOf(JsonSchemas.ref("AnyRecord"))));
        add(schemas, "PopoloDocument", JsonSchemas.objectOf("The registry in the Popolo data specification: persons, "
                        + "organizations (states and confederations), memberships, posts and events (meetings).",
                new String[] {"persons", "organizations", "memberships"},
                "persons", JsonSchemas.arrayOf(JsonSchemas.object()),
                "organizations", JsonSchemas.arrayOf(JsonSchemas.object()),
                "memberships", JsonSchemas.arrayOf(JsonSchemas.object()),
                "posts", JsonSchemas.arrayOf(JsonSchemas.object()),
                "events", JsonSchemas.arrayOf(JsonSchemas.object())));
        return schemas;
    }

    // Two shapes under one name would leave the document describing only the last one written.
    private static void add(ObjectNode schemas, String name, ObjectNode schema) {
        if (schemas.has(name)) {
            throw new IllegalStateException("two schemas named " + name);
        }
        schemas.set(name, schema);
    }
}
