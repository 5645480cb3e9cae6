package org.confed.application.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.State;
import org.confed.domain.port.Registry;

/**
 * The registry as a Popolo document, and back: the mapping, and what it cannot carry, are described on
 * {@link Exporter#popolo}. Reading is by object, so a document of any size takes the memory of one object.
 */
final class Popolo {
    static final List<String> COLLECTIONS = List.of("persons", "organizations", "memberships", "posts", "events");

    static final String MEMBER_ROLE = "member";
    static final String PRESIDENCY_ROLE = "presidency";
    static final String CONFED_SCHEME = "confed";
    static final String STATE_SCHEME = "ISO 3166-1 alpha-3";
    static final String SOURCE_URN = "urn:confed:source:";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Popolo() {
    }

    // --- writing

    static void write(Registry registry, OutputStream out) throws IOException {
        Lookups lookups = new Lookups(registry);
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();

            json.writeArrayFieldStart("persons");
            for (Person person : Pages.of(registry, Person.class)) {
                ObjectNode node = NODES.objectNode();
                node.put("id", id("person", person.id().value()));
                node.put("name", person.name());
                putIfPresent(node, "honorific_prefix", person.honorific());
                node.set("identifiers", identifiers(person.id().value(), CONFED_SCHEME));
                putLinks(node, person.sources(), lookups);
                json.writeTree(node);
            }
            json.writeEndArray();

            json.writeArrayFieldStart("organizations");
            for (State state : Pages.of(registry, State.class)) {
                ObjectNode node = NODES.objectNode();
                node.put("id", id("state", state.code().value()));
                node.put("name", state.name());
                node.put("classification", "state");
                node.set("identifiers", identifiers(state.code().value(), STATE_SCHEME));
                putOtherNames(node, state.names());
                putLinks(node, state.sources(), lookups);
                json.writeTree(node);
            }
            for (Confederation body : Pages.of(registry, Confederation.class)) {
                ObjectNode node = NODES.objectNode();
                node.put("id", id("confederation", body.code().value()));
                node.put("name", body.name());
                node.put("classification", "confederation");
                node.set("identifiers", identifiers(body.code().value(), CONFED_SCHEME));
                putOtherNames(node, body.names());
                putIfPresent(node, "founding_date", body.founded());
                putLinks(node, body.sources(), lookups);
                json.writeTree(node);
            }
            json.writeEndArray();

            TreeSet<List<String>> offices = new TreeSet<>((a, b) -> (a.get(0) + "\u0000" + a.get(1)).compareTo(b.get(0) + "\u0000" + b.get(1)));
            json.writeArrayFieldStart("memberships");
            for (Membership membership : Pages.of(registry, Membership.class)) {
                ObjectNode node = NODES.objectNode();
                node.put("id", id("membership", membership.confederation().value(), membership.state().value(),
                        membership.start().toString()));
                node.put("role", MEMBER_ROLE);
                node.set("member", organization(id("state", membership.state().value())));
                node.put("organization_id", id("confederation", membership.confederation().value()));
                node.put("start_date", membership.start().toString());
                putIfPresent(node, "end_date", membership.end());
                putLinks(node, membership.sources(), lookups);
                json.writeTree(node);
            }
            for (OfficeTerm term : Pages.of(registry, OfficeTerm.class)) {
                String state = term.state() == null ? "" : term.state().value();
                offices.add(List.of(state, term.office()));
                ObjectNode node = NODES.objectNode();
                node.put("id", id("office_term", term.person().value(), term.office(), term.start().toString()));
                node.put("role", term.office());
                node.put("person_id", id("person", term.person().value()));
                if (term.state() != null) {
                    node.put("organization_id", id("state", state));
                }
                node.put("post_id", officePost(state, term.office()));
                node.put("start_date", term.start().toString());
                putIfPresent(node, "end_date", term.end());
                putLinks(node, term.sources(), lookups);
                json.writeTree(node);
            }
            for (RotatingPresidency term : Pages.of(registry, RotatingPresidency.class)) {
                ObjectNode node = NODES.objectNode();
                node.put("id", id("presidency", term.confederation().value(), term.start().toString()));
                node.put("role", PRESIDENCY_ROLE);
                String state = id("state", term.state().value());
                if (term.holder() != null) {
                    node.put("person_id", id("person", term.holder().value()));
                } else {
                    node.set("member", organization(state));
                }
                node.put("on_behalf_of_id", state);
                node.put("organization_id", id("confederation", term.confederation().value()));
                node.put("post_id", presidencyPost(term.confederation().value()));
                node.put("start_date", term.start().toString());
                putIfPresent(node, "end_date", term.end());
                putLinks(node, term.sources(), lookups);
                json.writeTree(node);
            }
            json.writeEndArray();

            json.writeArrayFieldStart("posts");
            for (Confederation body : Pages.of(registry, Confederation.class)) {
                ObjectNode node = NODES.objectNode();
                node.put("id", presidencyPost(body.code().value()));
                node.put("label", "Presidency of " + body.name());
                node.put("role", PRESIDENCY_ROLE);
                node.put("organization_id", id("confederation", body.code().value()));
                json.writeTree(node);
            }
            for (List<String> office : offices) {
                ObjectNode node = NODES.objectNode();
                node.put("id", officePost(office.get(0), office.get(1)));
                node.put("label", office.get(1));
                node.put("role", office.get(1));
                if (!office.get(0).isEmpty()) {
                    node.put("organization_id", id("state", office.get(0)));
                }
                json.writeTree(node);
            }
            json.writeEndArray();

            json.writeArrayFieldStart("events");
            for (Meeting meeting : Pages.of(registry, Meeting.class)) {
                ObjectNode node = NODES.objectNode();
                node.put("id", id("meeting", meeting.id().value()));
                putIfPresent(node, "name", meeting.title());
                node.put("classification", meeting.kind().code());
                node.put("start_date", meeting.date().toString());
                putIfPresent(node, "location", meeting.place());
                if (meeting.confederation() != null) {
                    node.put("organization_id", id("confederation", meeting.confederation().value()));
                }
                if (!meeting.participants().isEmpty()) {
                    ArrayNode attendees = node.putArray("attendees");
                    for (Participant participant : meeting.participants()) {
                        ObjectNode attendee = attendees.addObject();
                        attendee.put("id", id("person", participant.person().value()));
                        String name = lookups.personName(participant.person());
                        if (name != null) {
                            attendee.put("name", name);
                        }
                    }
                }
                putLinks(node, meeting.sources(), lookups);
                json.writeTree(node);
            }
            json.writeEndArray();

            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static String id(String type, String... parts) {
        return type + "/" + String.join("/", parts);
    }

    private static String presidencyPost(String confederation) {
        return "post/confederation/" + confederation + "/" + PRESIDENCY_ROLE;
    }

    private static String officePost(String state, String office) {
        return state.isEmpty() ? "post/office/" + office : "post/state/" + state + "/" + office;
    }

    private static ObjectNode organization(String id) {
        ObjectNode member = NODES.objectNode();
        member.put("@type", "Organization");
        member.put("id", id);
        return member;
    }

    private static ArrayNode identifiers(String identifier, String scheme) {
        ArrayNode list = NODES.arrayNode();
        list.addObject().put("identifier", identifier).put("scheme", scheme);
        return list;
    }

    private static void putOtherNames(ObjectNode node, Map<String, String> names) {
        if (names.isEmpty()) {
            return;
        }
        ArrayNode list = node.putArray("other_names");
        names.forEach((language, name) -> list.addObject().put("name", name).put("note", language));
    }

    private static void putLinks(ObjectNode node, List<SourceId> sources, Lookups lookups) {
        if (sources.isEmpty()) {
            return;
        }
        ArrayNode links = node.putArray("sources");
        for (SourceId source : sources) {
            String url = lookups.sourceUrl(source);
            links.addObject().put("url", url != null ? url : SOURCE_URN + source.value()).put("note", source.value());
        }
    }

    private static void putIfPresent(ObjectNode node, String name, Object value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    // --- reading

    /** Turns one Popolo object of {@code collection} into confed records, handed to {@code sink} at {@code line}. */
    static void read(String collection, ObjectNode item, long line, RecordSink sink) {
        switch (collection) {
            case "persons":
                readPerson(item, line, sink);
                break;
            case "organizations":
                readOrganization(item, line, sink);
                break;
            case "memberships":
                readMembership(item, line, sink);
                break;
            case "events":
                readEvent(item, line, sink);
                break;
            default:
                break; // posts are derived from the memberships that hold them
        }
    }

    private static void readPerson(ObjectNode item, long line, RecordSink sink) {
        ObjectNode person = record("person");
        copyId(item, "id", person, "id");
        copy(item, "name", person, "name");
        copy(item, "honorific_prefix", person, "honorific");
        sources(item, person, line, sink);
        sink.record(line, person, null, 0);
    }

    private static void readOrganization(ObjectNode item, long line, RecordSink sink) {
        String classification = text(item, "classification");
        if (!"state".equals(classification) && !"confederation".equals(classification)) {
            sink.unreadable(line, "organization.classification", (classification == null ? "is absent"
                    : RecordCodec.quote(classification) + " is not known") + ": confed reads organizations classified as state or confederation");
            return;
        }
        ObjectNode organization = record(classification);
        copyId(item, "id", organization, "code");
        copy(item, "name", organization, "name");
        JsonNode otherNames = item.get("other_names");
        if (otherNames != null && otherNames.isArray() && otherNames.size() > 0) {
            ObjectNode names = organization.putObject("names");
            for (JsonNode other : otherNames) {
                if (other.path("note").isTextual() && other.path("name").isTextual()) {
                    names.put(other.get("note").asText(), other.get("name").asText());
                }
            }
        }
        if (classification.equals("confederation")) {
            copy(item, "founding_date", organization, "founded");
        }
        sources(item, organization, line, sink);
        sink.record(line, organization, null, 0);
    }

    private static void readMembership(ObjectNode item, long line, RecordSink sink) {
        String role = text(item, "role");
        ObjectNode record;
        if (MEMBER_ROLE.equals(role)) {
            record = record("membership");
            copyId(item, "organization_id", record, "confederation");
            JsonNode member = item.get("member");
            if (member != null && member.path("id").isTextual()) {
                record.put("state", idPart(member.get("id").asText()));
            }
        } else if (PRESIDENCY_ROLE.equals(role)) {
            record = record("presidency");
            copyId(item, "organization_id", record, "confederation");
            if (item.path("on_behalf_of_id").isTextual()) {
                copyId(item, "on_behalf_of_id", record, "state");
            } else if (item.path("member").path("id").isTextual()) {
                record.put("state", idPart(item.get("member").get("id").asText()));
            }
            copyId(item, "person_id", record, "holder");
        } else if (item.path("person_id").isTextual() && role != null) {
            record = record("office_term");
            copyId(item, "person_id", record, "person");
            record.put("office", role);
            copyId(item, "organization_id", record, "state");
        } else {
            sink.unreadable(line, "membership.role", "confed reads memberships with the role " + MEMBER_ROLE + " (a state in a"
                    + " confederation), " + PRESIDENCY_ROLE + " (a presidency term), or an office held by a person_id");
            return;
        }
        copy(item, "start_date", record, "start");
        copy(item, "end_date", record, "end");
        sources(item, record, line, sink);
        sink.record(line, record, null, 0);
    }

    private static void readEvent(ObjectNode item, long line, RecordSink sink) {
        ObjectNode meeting = record("meeting");
        copyId(item, "id", meeting, "id");
        copyId(item, "organization_id", meeting, "confederation");
        copy(item, "classification", meeting, "kind");
        copy(item, "start_date", meeting, "date");
        copy(item, "location", meeting, "place");
        copy(item, "name", meeting, "title");
        JsonNode attendees = item.get("attendees");
        if (attendees != null && attendees.isArray() && attendees.size() > 0) {
            ArrayNode participants = meeting.putArray("participants");
            for (JsonNode attendee : attendees) {
                ObjectNode participant = participants.addObject();
                if (attendee.path("id").isTextual()) {
                    participant.put("person", idPart(attendee.get("id").asText()));
                }
            }
        }
        sources(item, meeting, line, sink);
        sink.record(line, meeting, null, 0);
    }

    // Sources as links: each becomes a reference, and a source stub written only where none is stored.
    private static void sources(ObjectNode item, ObjectNode record, long line, RecordSink sink) {
        JsonNode links = item.get("sources");
        if (links == null || !links.isArray() || links.size() == 0) {
            return;
        }
        ArrayNode ids = record.putArray("sources");
        Iterator<JsonNode> each = links.elements();
        while (each.hasNext()) {
            JsonNode link = each.next();
            String url = link.path("url").isTextual() ? link.get("url").asText() : null;
            String id = link.path("note").isTextual() ? link.get("note").asText()
                    : url != null && url.startsWith(SOURCE_URN) ? url.substring(SOURCE_URN.length()) : null;
            if (id == null) {
                sink.unreadable(line, record.get("type").asText() + ".sources", "a link without a source id in its note: " + url);
                continue;
            }
            ids.add(id);
            ObjectNode source = record("source");
            source.put("id", id);
            if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
                source.put("url", url);
            }
            sink.record(line, source, null, RecordSink.IF_ABSENT);
        }
    }

    private static ObjectNode record(String type) {
        ObjectNode node = NODES.objectNode();
        node.put("type", type);
        return node;
    }

    private static String text(ObjectNode item, String name) {
        JsonNode value = item.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static void copy(ObjectNode from, String name, ObjectNode to, String field) {
        JsonNode value = from.get(name);
        if (value != null && !value.isNull()) {
            to.set(field, value);
        }
    }

    private static void copyId(ObjectNode from, String name, ObjectNode to, String field) {
        JsonNode value = from.get(name);
        if (value != null && value.isTextual()) {
            to.put(field, idPart(value.asText()));
        } else if (value != null && !value.isNull()) {
            to.set(field, value);
        }
    }

    // The key in a prefixed id: state/MLI -> MLI. Keys never hold a slash.
    private static String idPart(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
