package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.confed.application.asking.Questions;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.MeetingKind;
import org.confed.domain.model.PersonId;
import org.confed.domain.port.MeetingQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.Registry;
import org.confed.domain.schema.RecordSchemas;

/** Meeting search: by confederation, dates, participant, kind and words, accents and case aside. */
final class MeetingRoutes {
    private static final String CURSOR_KIND = "meeting-search";

    private final Registry registry;
    private final ApiConfig config;

    MeetingRoutes(Registry registry, ApiConfig config) {
        this.registry = registry;
        this.config = config;
    }

    /** Replaces the generic list of meetings: without parameters it lists them all, by date. */
    Route search() {
        return Route.get(RecordCollection.of(Meeting.class).path()).id("searchMeetings").tag("meetings")
                .summary("Meetings by confederation, dates, participant, kind and words (q: title, place, topics and "
                        + "participants' names, accents and case aside), by date then id, a page at a time")
                .param(CommonParams.confederationInQuery("Only this confederation's meetings."))
                .param(CommonParams.from("Only meetings")).param(CommonParams.to("Only meetings"))
                .param(Param.query("person", "Only meetings this person took part in (a person id).",
                        JsonSchemas.formed(RecordSchemas.named("person").orElseThrow().keyFields().get(0).pattern())))
                .param(Param.query("kind", "Only meetings of this kind.", JsonSchemas.enumOf("A meeting kind.",
                        List.of(MeetingKind.values()).stream().map(MeetingKind::code).toList())))
                .param(Param.query("q", "Words that must all appear, each as the start of a word; goita finds Goïta. At most "
                        + MeetingQuery.MAX_WORDS + " words of at most " + MeetingQuery.MAX_WORD_LENGTH + " characters, "
                        + MeetingQuery.MAX_TEXT_LENGTH + " characters in all; past them, 400.",
                        JsonSchemas.string("Words.").put("maxLength", MeetingQuery.MAX_TEXT_LENGTH)))
                .param(CommonParams.limit(config)).param(CommonParams.cursor())
                .asRecorded().answers(200, JsonSchemas.ref("MeetingPage")).problems(400)
                .handle(this::search);
    }

    private void search(Context ctx) {
        ConfederationCode confederation = Params.parsed(ctx, "confederation", ConfederationCode::of).orElse(null);
        LocalDate from = Params.from(ctx, "from").orElse(null);
        LocalDate to = Params.to(ctx, "to").orElse(null);
        PersonId person = Params.parsed(ctx, "person", PersonId::of).orElse(null);
        MeetingKind kind = Params.parsed(ctx, "kind", MeetingKind::parse).orElse(null);
        String words = Params.parsed(ctx, "q", MeetingQuery::checkedText).orElse(null);
        int limit = CommonParams.limit(ctx, config);
        MeetingId after = null;
        LocalDate afterDate = null;
        String cursor = Params.text(ctx, "cursor").orElse(null);
        if (cursor != null) {
            List<String> position = Cursors.decode(cursor, CURSOR_KIND, 2);
            try {
                afterDate = LocalDate.parse(position.get(0));
                after = MeetingId.of(position.get(1));
            } catch (RuntimeException e) {
                throw ProblemException.badParameter("cursor", "is not a cursor this list gave out");
            }
        }
        Page<Meeting> page = questions(ctx).meetings(
                new MeetingQuery(confederation, from, to, person, kind, words, after, afterDate, limit));
        List<ObjectNode> items = page.items().stream().map(RecordJson.codec()::toJson).toList();
        String next = null;
        if (page.more() && !page.items().isEmpty()) {
            Meeting last = page.items().get(page.items().size() - 1);
            next = Cursors.encode(CURSOR_KIND, List.of(last.date().firstDay().toString(), last.id().value()));
        }
        Replies.json(ctx, 200, Views.page(items, next));
    }

    /** The questions of the registry as the request asks it: as it stands, or as recorded at an instant. */
    private Questions questions(Context ctx) {
        return new Questions(AsRecorded.view(ctx, registry));
    }
}
