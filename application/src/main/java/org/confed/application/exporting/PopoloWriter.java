package org.confed.application.exporting;

import static org.confed.application.format.PopoloTerms.CONFED_SCHEME;
import static org.confed.application.format.PopoloTerms.EXTENSION;
import static org.confed.application.format.PopoloTerms.PARTICIPATION;
import static org.confed.application.format.PopoloTerms.MEMBER_ROLE;
import static org.confed.application.format.PopoloTerms.PRESIDENCY_ROLE;
import static org.confed.application.format.PopoloTerms.SOURCE_URN;
import static org.confed.application.format.PopoloTerms.STATE_SCHEME;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.confed.application.json.Json;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.BodyKind;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.Citation;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.Post;
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
    private static final RecordJson CODEC = RecordJson.codec();

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
                node.put("classification", (body.kind() != null ? body.kind() : BodyKind.CONFEDERATION).code());
                node.set("identifiers", identifiers(body.code().value(), CONFED_SCHEME));
                putOtherNames(node, body.names());
                putDate(node, "founding_date", "founded", body.founded());
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
                putDate(node, "start_date", "start", membership.start());
                putDate(node, "end_date", "end", membership.end());
                putLinks(node, membership.sources(), lookups);
                json.writeTree(node);
            }
            for (OfficeTerm term : Pages.of(registry, OfficeTerm.class)) {
                String state = term.state() == null ? "" : term.state().value();
                if (term.post() == null) {
                    offices.add(List.of(state, term.office()));
                }
                ObjectNode node = NODES.objectNode();
                node.put("id", id("office_term", term.person().value(), term.office(), term.start().toString()));
                node.put("role", term.office());
                node.put("person_id", id("person", term.person().value()));
                if (term.state() != null) {
                    node.put("organization_id", id("state", state));
                }
                node.put("post_id", term.post() != null ? id("post", term.post().value()) : officePost(state, term.office()));
                putDate(node, "start_date", "start", term.start());
                putDate(node, "end_date", "end", term.end());
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
                putDate(node, "start_date", "start", term.start());
                putDate(node, "end_date", "end", term.end());
                putLinks(node, term.sources(), lookups);
                json.writeTree(node);
            }
            // a participant by post is a membership of the post for the meeting's days, its holder named or not
            for (Meeting meeting : Pages.of(registry, Meeting.class)) {
                for (Participant participant : meeting.participants()) {
                    if (participant.post() == null) {
                        continue;
                    }
                    ObjectNode node = NODES.objectNode();
                    node.put("id", id(PARTICIPATION, meeting.id().value(), participant.post().value()));
                    putIfPresent(node, "role", participant.capacity());
                    if (participant.person() != null) {
                        node.put("person_id", id("person", participant.person().value()));
                    }
                    node.put("post_id", id("post", participant.post().value()));
                    putDate(node, "start_date", "date", meeting.date());
                    putDate(node, "end_date", "end_date", meeting.endDate() != null ? meeting.endDate() : meeting.date());
                    extension(node).put("meeting", id("meeting", meeting.id().value()));
                    json.writeTree(node);
                }
            }
            json.writeEndArray();

            json.writeArrayFieldStart("posts");
            for (Post post : Pages.of(registry, Post.class)) {
                ObjectNode node = NODES.objectNode();
                node.put("id", id("post", post.id().value()));
                node.put("label", post.label());
                if (post.confederation() != null) {
                    node.put("organization_id", id("confederation", post.confederation().value()));
                    if (post.state() != null) {
                        extension(node).put("state", post.state().value()); // Popolo's post sits in one organization
                    }
                } else if (post.state() != null) {
                    node.put("organization_id", id("state", post.state().value()));
                }
                putLinks(node, post.sources(), lookups);
                json.writeTree(node);
            }
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
                putDate(node, "start_date", "date", meeting.date());
                putDate(node, "end_date", "end_date", meeting.endDate());
                putIfPresent(node, "location", meeting.place());
                if (meeting.confederation() != null) {
                    node.put("organization_id", id("confederation", meeting.confederation().value()));
                }
                if (!meeting.participants().isEmpty()) {
                    ArrayNode attendees = node.putArray("attendees");
                    for (Participant participant : meeting.participants()) {
                        if (participant.person() == null) {
                            continue; // a post whose holder the sources do not name: no Popolo person to attend
                        }
                        ObjectNode attendee = attendees.addObject();
                        attendee.put("id", id("person", participant.person().value()));
                        String name = lookups.personName(participant.person());
                        if (name != null) {
                            attendee.put("name", name);
                        }
                    }
                }
                if (meeting.participants().stream().anyMatch(p -> p.post() != null || p.capacity() != null)) {
                    // attendees hold persons alone: posts and capacities come back whole from here
                    extension(node).set("participants", CODEC.fieldValue(Meeting.class, "participants",
                            meeting.participants()));
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

    // Each citation a link to its source; a quote, locator or fields go under the link's extension, so two citations
    // of one source stay two and come back whole.
    private static void putLinks(ObjectNode node, List<Citation> citations, Lookups lookups) {
        if (citations.isEmpty()) {
            return;
        }
        ArrayNode links = node.putArray("sources");
        JsonNode written = CODEC.fieldValue(Person.class, "sources", citations);
        for (int i = 0; i < citations.size(); i++) {
            SourceId source = citations.get(i).source();
            String url = lookups.sourceUrl(source);
            ObjectNode link = links.addObject().put("url", url != null ? url : SOURCE_URN + source.value()).put("note", source.value());
            if (written.get(i).isObject()) {
                ObjectNode details = ((ObjectNode) written.get(i)).deepCopy();
                details.remove("source");
                link.set(EXTENSION, details);
            }
        }
    }

    // A date Popolo's pattern can hold is written as it is; an interval as the day, month or year it lies within, if
    // any (else not at all), and whole under the extension.
    private static void putDate(ObjectNode node, String popoloField, String confedField, PartialDate date) {
        if (date == null) {
            return;
        }
        if (date instanceof CalendarDate) {
            node.put(popoloField, date.toString());
            return;
        }
        knownWithin(date).ifPresent(known -> node.put(popoloField, known.toString()));
        extension(node).put(confedField, date.toString());
    }

    /** The finest day, month or year that holds the whole span of a date, if a bounded one does. */
    static Optional<CalendarDate> knownWithin(PartialDate date) {
        LocalDate first = date.firstDay();
        LocalDate last = date.lastDay();
        if (first.equals(LocalDate.MIN) || last.equals(LocalDate.MAX) || first.getYear() != last.getYear()) {
            return Optional.empty();
        }
        if (first.equals(last)) {
            return Optional.of(CalendarDate.ofDay(first));
        }
        if (first.getMonth() == last.getMonth()) {
            return Optional.of(CalendarDate.ofMonth(YearMonth.from(first)));
        }
        return Optional.of(CalendarDate.ofYear(first.getYear()));
    }

    private static ObjectNode extension(ObjectNode node) {
        JsonNode existing = node.get(EXTENSION);
        return existing instanceof ObjectNode object ? object : node.putObject(EXTENSION);
    }

    private static void putIfPresent(ObjectNode node, String name, Object value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }
}
