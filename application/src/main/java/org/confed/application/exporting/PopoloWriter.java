package org.confed.application.exporting;

import static org.confed.application.format.PopoloTerms.CONFED_SCHEME;
import static org.confed.application.format.PopoloTerms.MEMBER_ROLE;
import static org.confed.application.format.PopoloTerms.PRESIDENCY_ROLE;
import static org.confed.application.format.PopoloTerms.SOURCE_URN;
import static org.confed.application.format.PopoloTerms.STATE_SCHEME;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.confed.application.json.Json;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.SourceId;
import org.confed.domain.model.State;
import org.confed.domain.port.RecordView;

/**
 * The registry as a Popolo document: the mapping, and what it cannot carry, are described on
 * {@link Exporter#popolo}. Written one object at a time, so a registry of any size takes the memory of one page.
 */
final class PopoloWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PopoloWriter() {
    }

    static void write(RecordView registry, OutputStream out) throws IOException {
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
}
