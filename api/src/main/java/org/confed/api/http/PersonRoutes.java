package org.confed.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.confed.application.asking.AnswerJson;
import org.confed.application.asking.PersonAnswer;
import org.confed.application.asking.Questions;
import org.confed.application.json.RecordJson;
import org.confed.application.recording.NoSuchRecordException;
import org.confed.application.recording.PersonMerge;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Registry;

/**
 * A person's page: the person, with their office terms, the presidency terms they held and the meetings they attended;
 * and the merge of two records of one person.
 */
final class PersonRoutes {
    private final Registry registry;
    private final ApiConfig config;
    private final RecordCollection persons = RecordCollection.of(Person.class);

    PersonRoutes(Registry registry, ApiConfig config) {
        this.registry = registry;
        this.config = config;
    }

    /** Replaces the generic read of one person. */
    Route page() {
        return Route.get(persons.itemPath()).id("getPerson").tag("persons")
                .summary("One person, with office_terms, presidencies and meetings; the ETag is the person's version. "
                        + "A person merged into another answers 308 to the survivor")
                .param(CommonParams.key(persons))
                .param(Param.query("limit", "Meetings on the page, " + config.defaultPageSize() + " when absent; values "
                        + "outside 1.." + config.maxPageSize() + " are moved to the nearest bound.",
                        JsonSchemas.object().put("type", "integer")))
                .param(Param.query("cursor", "The meetings_next_cursor of the previous page; absent for the first.",
                        JsonSchemas.string("An opaque cursor.")))
                .asRecorded().header("ETag")
                .answers(200, JsonSchemas.ref("PersonView")).problems(308, 400, 404)
                .handle(this::page);
    }

    Route merge() {
        return Route.post(persons.itemPath() + "/merge").id("mergePersons").tag("persons")
                .summary("Merge another record of this person into it: every reference to \"from\" then names this one, "
                        + "whose aliases gain the other's name; refused (409) when it would break a rule")
                .write().param(CommonParams.key(persons))
                .body(Replies.JSON, JsonSchemas.ref("MergeBody"))
                .answers(200, JsonSchemas.ref("Merge")).problems(400, 404, 409, 413, 415)
                .handle(this::merge);
    }

    private void page(Context ctx) {
        String id = ctx.pathParam(persons.keyField().name());
        RecordView view = AsRecorded.view(ctx, registry);
        MeetingQuery meetings = MeetingCursors.query(ctx, CommonParams.limit(ctx, config));
        PersonAnswer answer = RecordRoutes.pathKey(id, PersonId::of).flatMap(person -> new Questions(view).person(person, meetings))
                .orElseThrow(() -> RecordRoutes.notFoundOrMoved(ctx, view, persons, id));
        ctx.header("ETag", Replies.etag(answer.person()));
        ObjectNode page = AnswerJson.person(answer);
        MeetingCursors.next(answer.meetings()).ifPresent(next -> page.put("meetings_next_cursor", next));
        Replies.json(ctx, 200, page);
    }

    private void merge(Context ctx) throws Exception {
        String id = ctx.pathParam(persons.keyField().name());
        PersonId into = RecordRoutes.pathKey(id, PersonId::of).orElseThrow(() -> RecordRoutes.notFound(persons, id));
        JsonNode body = JsonBodies.read(ctx, config.maxBodyBytes());
        JsonNode fromNode = body.get("from");
        if (fromNode == null || !fromNode.isTextual()) {
            throw ProblemException.badParameter("from", "is required: the id of the person to merge into " + id);
        }
        PersonId from;
        try {
            from = PersonId.of(fromNode.asText());
        } catch (InvalidFieldException e) {
            throw ProblemException.badParameter("from", e.problem());
        }
        PersonMerge.Merged merged;
        try {
            merged = new PersonMerge(registry).merge(into, from, Guard.actor(ctx));
        } catch (NoSuchRecordException e) {
            throw ProblemException.notFound("There is no " + Params.shorten(e.key().text()) + ".");
        }
        ObjectNode answer = Views.object();
        answer.set("survivor", RecordJson.codec().toJson(merged.survivor()));
        answer.set("merged", RecordJson.codec().toJson(merged.merged()));
        answer.putArray("moved").addAll(merged.moved().stream().map(AnswerJson::key).toList());
        Replies.json(ctx, 200, answer);
    }
}
