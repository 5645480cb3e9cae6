package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.confed.application.asking.AnswerJson;
import org.confed.application.format.RecordNames;
import org.confed.application.history.ChangeJson;
import org.confed.application.history.History;
import org.confed.application.history.Recorded;
import org.confed.application.recording.NoSuchRecordException;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import org.confed.domain.port.ChangeEntry;
import org.confed.domain.port.ChangeQuery;
import org.confed.domain.port.Page;
import org.confed.domain.port.Registry;

/** The change log, newest first, and the history of one record: who changed what, and when. */
final class HistoryRoutes {
    private static final String CURSOR_KIND = "changes";

    private final History history;
    private final ApiConfig config;

    HistoryRoutes(Registry registry, ApiConfig config) {
        this.history = new History(registry);
        this.config = config;
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.get("/api/changes").id("listChanges").tag("history")
                .summary("The change log, newest first: who wrote which record, when, and what it held")
                .param(Param.query("since", "Only changes committed at or after this instant (ISO 8601 with its offset) or "
                        + "the start of this day in UTC.", AsRecorded.instant("2026-12-01")))
                .param(Param.query("record", "Only changes of this record, named TYPE:KEY (person:assimi-goita, "
                        + "membership:AES:MLI:2023-09-16).", JsonSchemas.string("A record's name.")))
                .param(Param.query("actor", "Only changes written by this actor (a token's name, or cli).",
                        JsonSchemas.string("An actor.")))
                .param(CommonParams.limit(config)).param(CommonParams.cursor())
                .answers(200, JsonSchemas.ref("ChangePage")).problems(400)
                .handle(this::changes));
        for (RecordCollection collection : RecordCollection.all()) {
            routes.add(Route.get(collection.itemPath() + "/history").id("history" + JsonSchemas.camel(collection.schema().name()))
                    .tag("history").summary("Every version of one " + collection.schema().name().replace('_', ' ')
                            + ", oldest first, with who wrote it and when; retractions and merges included")
                    .param(CommonParams.key(collection))
                    .answers(200, JsonSchemas.ref("History")).problems(404)
                    .handle(ctx -> of(ctx, collection.key(ctx.pathParam(collection.keyField().name())))));
        }
        routes.add(Route.get(RecordByName.PATH + "/history").id("historyOfRecord").tag("history")
                .summary("Every version of any record, named TYPE:KEY, oldest first: for records with a key of several "
                        + "fields (memberships, terms, plan events)")
                .param(RecordByName.param())
                .answers(200, JsonSchemas.ref("History")).problems(404)
                .handle(ctx -> of(ctx, RecordByName.key(ctx))));
        return routes;
    }

    private void changes(Context ctx) {
        Instant since = Params.parsed(ctx, "since", text -> Recorded.since("since", text)).orElse(null);
        RecordKey record = Params.parsed(ctx, "record", RecordNames::parse).orElse(null);
        Actor actor = Params.parsed(ctx, "actor", Actor::new).orElse(null);
        Long before = Params.text(ctx, "cursor").map(cursor -> {
            try {
                return Long.parseLong(Cursors.decode(cursor, CURSOR_KIND, 1).get(0));
            } catch (NumberFormatException e) {
                throw ProblemException.badParameter("cursor", "is not a cursor this list gave out");
            }
        }).orElse(null);
        int limit = CommonParams.limit(ctx, config);
        Page<ChangeEntry> page = history.changes(new ChangeQuery(since, record, actor, before, limit));
        List<ObjectNode> items = page.items().stream().map(ChangeJson::entry).toList();
        String next = page.more() && !page.items().isEmpty()
                ? Cursors.encode(CURSOR_KIND, List.of(String.valueOf(page.items().get(page.items().size() - 1).sequence())))
                : null;
        Replies.json(ctx, 200, Views.page(items, next));
    }

    private void of(Context ctx, RecordKey key) {
        List<ChangeEntry> entries;
        try {
            entries = history.of(key);
        } catch (NoSuchRecordException e) {
            throw ProblemException.notFound("Nothing was ever written of " + Params.shorten(key.text()) + ".");
        }
        ObjectNode answer = Views.object();
        answer.set("record", AnswerJson.key(key));
        answer.set("items", ChangeJson.entries(entries));
        Replies.json(ctx, 200, answer);
    }
}
