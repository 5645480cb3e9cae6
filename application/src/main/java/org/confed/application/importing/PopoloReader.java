package org.confed.application.importing;

import static org.confed.application.format.PopoloTerms.EXTENSION;
import static org.confed.application.format.PopoloTerms.MEMBER_ROLE;
import static org.confed.application.format.PopoloTerms.PARTICIPATION;
import static org.confed.application.format.PopoloTerms.PRESIDENCY_ROLE;
import static org.confed.application.format.PopoloTerms.SOURCE_URN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import org.confed.application.json.JsonWords;
import org.confed.domain.model.BodyKind;

/**
 * A Popolo document read back into confed records, as far as Popolo carries confed's facts (see the export's
 * mapping, {@code Exporter#popolo}). Reading is by object, so a document of any size takes the memory of one object.
 */
final class PopoloReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BODY_KINDS = Arrays.stream(BodyKind.values()).map(BodyKind::code).collect(Collectors.joining(", "));

    private PopoloReader() {
    }

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
            case "posts":
                readPost(item, line, sink);
                break;
            default:
                break;
        }
    }

    private static void readPerson(ObjectNode item, long line, RecordSink sink) {
        ObjectNode person = record("person");
        copyId(item, "id", person, "id");
        copy(item, "name", person, "name");
        copy(item, "honorific_prefix", person, "honorific");
        finish(item, person, line, sink);
    }

    private static void readOrganization(ObjectNode item, long line, RecordSink sink) {
        String classification = text(item, "classification");
        boolean body = Arrays.stream(BodyKind.values()).anyMatch(kind -> kind.code().equals(classification));
        if (!"state".equals(classification) && !body) {
            sink.unreadable(line, "organization.classification", (classification == null ? "is absent"
                    : JsonWords.quote(classification) + " is not known") + ": confed reads organizations classified as state or"
                    + " as a kind of body (" + BODY_KINDS + ")");
            return;
        }
        ObjectNode organization = record(body ? "confederation" : "state");
        if (body) {
            organization.put("kind", classification);
        }
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
        if (body) {
            copy(item, "founding_date", organization, "founded");
        }
        finish(item, organization, line, sink);
    }

    private static void readMembership(ObjectNode item, long line, RecordSink sink) {
        String id = text(item, "id");
        if (id != null && id.startsWith(PARTICIPATION + "/")) {
            return; // a participant by post: the event's own participants say it, in confed's form
        }
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
            String post = text(item, "post_id");
            if (post != null && isPostRecord(post)) {
                record.put("post", idPart(post));
            }
        } else {
            sink.unreadable(line, "membership.role", "confed reads memberships with the role " + MEMBER_ROLE + " (a state in a"
                    + " confederation), " + PRESIDENCY_ROLE + " (a presidency term), or an office held by a person_id");
            return;
        }
        copy(item, "start_date", record, "start");
        copy(item, "end_date", record, "end");
        finish(item, record, line, sink);
    }

    // A post of confed's own (post/ID); the others (post/confederation/AES/presidency, post/state/MLI/office) stand for
    // what presidencies and office terms already say.
    private static void readPost(ObjectNode item, long line, RecordSink sink) {
        String id = text(item, "id");
        if (id == null || !isPostRecord(id)) {
            return;
        }
        ObjectNode post = record("post");
        post.put("id", idPart(id));
        copy(item, "label", post, "label");
        String organization = text(item, "organization_id");
        if (organization != null && organization.startsWith("confederation/")) {
            post.put("confederation", idPart(organization));
        } else if (organization != null && organization.startsWith("state/")) {
            post.put("state", idPart(organization));
        }
        finish(item, post, line, sink);
    }

    private static boolean isPostRecord(String id) {
        return id.startsWith("post/") && id.indexOf('/', "post/".length()) < 0;
    }

    private static void readEvent(ObjectNode item, long line, RecordSink sink) {
        ObjectNode meeting = record("meeting");
        copyId(item, "id", meeting, "id");
        copyId(item, "organization_id", meeting, "confederation");
        copy(item, "classification", meeting, "kind");
        copy(item, "start_date", meeting, "date");
        copy(item, "end_date", meeting, "end_date");
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
        finish(item, meeting, line, sink);
    }

    // The sources, then what the extension holds in confed's own form (an interval date) over what Popolo's fields gave.
    private static void finish(ObjectNode item, ObjectNode record, long line, RecordSink sink) {
        sources(item, record, line, sink);
        JsonNode extension = item.get(EXTENSION);
        if (extension != null && extension.isObject()) {
            record.setAll((ObjectNode) extension);
        } else if (extension != null && !extension.isNull()) {
            sink.unreadable(line, record.get("type").asText() + "." + EXTENSION, "must be an object of confed fields, not "
                    + JsonWords.describe(extension));
            return;
        }
        sink.record(line, record, null, RecordOrigin.COMPLETE);
    }

    // Sources as links: each a citation of the source its note names (with the quote, locator and fields its extension
    // holds), and a source stub written only where none is stored. A link given twice is one citation.
    private static void sources(ObjectNode item, ObjectNode record, long line, RecordSink sink) {
        JsonNode links = item.get("sources");
        if (links == null || !links.isArray() || links.size() == 0) {
            return;
        }
        ArrayNode citations = record.putArray("sources");
        Set<JsonNode> seen = new HashSet<>();
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
            JsonNode details = link.get(EXTENSION);
            JsonNode citation;
            if (details != null && details.isObject() && details.size() > 0) {
                citation = ((ObjectNode) details.deepCopy()).put("source", id);
            } else {
                citation = NODES.textNode(id);
            }
            if (seen.add(citation)) {
                citations.add(citation);
            }
            ObjectNode source = record("source");
            source.put("id", id);
            if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
                source.put("url", url);
            }
            sink.record(line, source, null, RecordOrigin.LINKED);
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
