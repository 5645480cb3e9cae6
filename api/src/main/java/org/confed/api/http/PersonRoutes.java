package org.confed.api.http;

import io.javalin.http.Context;
import org.confed.application.asking.AnswerJson;
import org.confed.application.asking.PersonAnswer;
import org.confed.application.asking.Questions;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.port.Registry;

/** A person's page: the person, with their office terms, the presidency terms they held and the meetings they attended. */
final class PersonRoutes {
    private final Questions questions;

    PersonRoutes(Registry registry) {
        this.questions = new Questions(registry);
    }

    /** Replaces the generic read of one person. */
    Route page() {
        RecordCollection persons = RecordCollection.of(Person.class);
        return Route.get(persons.itemPath()).id("getPerson").tag("persons")
                .summary("One person, with office_terms, presidencies and meetings; the ETag is the person's version")
                .param(CommonParams.key(persons)).header("ETag")
                .answers(200, JsonSchemas.ref("PersonView")).problems(404)
                .handle(ctx -> page(ctx, persons));
    }

    private void page(Context ctx, RecordCollection persons) {
        String id = ctx.pathParam(persons.keyField().name());
        PersonAnswer answer = RecordRoutes.pathKey(id, PersonId::of).flatMap(questions::person)
                .orElseThrow(() -> RecordRoutes.notFound(persons, id));
        ctx.header("ETag", Replies.etag(answer.person()));
        Replies.json(ctx, 200, AnswerJson.person(answer));
    }
}
