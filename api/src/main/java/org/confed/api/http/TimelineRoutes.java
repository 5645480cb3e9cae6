package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.confed.application.asking.Questions;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.port.Registry;
import org.confed.domain.query.Timeline;
import org.confed.domain.query.TimelineEntry;

/** Every dated fact of the registry, oldest first. */
final class TimelineRoutes {
    private final Registry registry;

    TimelineRoutes(Registry registry) {
        this.registry = registry;
    }

    Route timeline() {
        return Route.get("/api/timeline").id("timeline").tag("timeline")
                .summary("Every dated fact, oldest first: foundings, memberships, presidency terms, office terms, meetings, plan events")
                .param(CommonParams.confederationInQuery("Only facts about this confederation."))
                .param(CommonParams.from("Only facts")).param(CommonParams.to("Only facts"))
                .asRecorded().answers(200, JsonSchemas.ref("Timeline")).problems(400)
                .handle(this::timeline);
    }

    private void timeline(Context ctx) {
        ConfederationCode confederation = Params.parsed(ctx, "confederation", ConfederationCode::of).orElse(null);
        LocalDate from = Params.from(ctx, "from").orElse(null);
        LocalDate to = Params.to(ctx, "to").orElse(null);
        List<TimelineEntry> entries = questions(ctx).timeline(confederation, from, to);
        ObjectNode answer = Views.object();
        answer.putArray("items").addAll(entries.stream().map(Views::timelineEntry).toList());
        Replies.json(ctx, 200, answer);
    }

    /** The questions of the registry as the request asks it: as it stands, or as recorded at an instant. */
    private Questions questions(Context ctx) {
        return new Questions(AsRecorded.view(ctx, registry));
    }
}
