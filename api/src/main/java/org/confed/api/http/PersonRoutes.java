package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confed.api.format.RecordCodec;
import org.confed.api.view.Answers;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.Person;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.Registry;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.PresidencyTerm;

/** A person's page: the person, with their office terms, the presidency terms they held and the meetings they attended. */
final class PersonRoutes {
    private static final int MEETING_BATCH = 500;

    private final Registry registry;

    PersonRoutes(Registry registry) {
        this.registry = registry;
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
        Versioned<ConfedRecord> stored = RecordRoutes.find(registry, ctx, persons);
        Person person = (Person) stored.record();
        ObjectNode node = RecordCodec.toJson(person);
        node.set("office_terms", Answers.records(registry.officeTermsOf(person.id())));
        ArrayNode presidencies = node.putArray("presidencies");
        for (PresidencyTerm term : termsHeldBy(person)) {
            presidencies.add(Answers.term(term, registry, false));
        }
        node.set("meetings", Answers.records(meetingsOf(person)));
        ctx.header("ETag", Replies.etag(stored));
        Replies.json(ctx, 200, node);
    }

    // The terms as they played out (with actual and planned ends) need the confederation's other terms.
    private List<PresidencyTerm> termsHeldBy(Person person) {
        Map<ConfederationCode, List<PresidencyTerm>> byConfederation = new LinkedHashMap<>();
        List<PresidencyTerm> held = new ArrayList<>();
        for (RotatingPresidency term : registry.presidenciesHeldBy(person.id())) {
            byConfederation.computeIfAbsent(term.confederation(), registry::presidencyTerms).stream()
                    .filter(played -> played.term().key().equals(term.key()))
                    .findFirst()
                    .ifPresent(held::add);
        }
        return held;
    }

    private List<Meeting> meetingsOf(Person person) {
        List<Meeting> meetings = new ArrayList<>();
        MeetingId after = null;
        LocalDate afterDate = null;
        while (true) {
            Page<Meeting> page = registry.searchMeetings(
                    new MeetingQuery(null, null, null, person.id(), null, null, after, afterDate, MEETING_BATCH));
            meetings.addAll(page.items());
            if (!page.more() || page.items().isEmpty()) {
                return meetings;
            }
            Meeting last = page.items().get(page.items().size() - 1);
            after = last.id();
            afterDate = last.date().firstDay();
        }
    }
}
