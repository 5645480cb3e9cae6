package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.confed.application.asking.Questions;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.port.Period;
import org.confed.domain.port.PeriodCount;
import org.confed.domain.port.Registry;
import org.confed.domain.query.TimelinePage;
import org.confed.domain.query.TimelineQuery;

/** Every dated fact of the registry, oldest first, a page at a time; and how many meetings each period holds. */
final class TimelineRoutes {
    /** The most periods one count answers for: about five years of days, or any span of years. */
    static final int MAX_PERIODS = 2000;

    private final Registry registry;
    private final ApiConfig config;

    TimelineRoutes(Registry registry, ApiConfig config) {
        this.registry = registry;
        this.config = config;
    }

    Route timeline() {
        return Route.get("/api/timeline").id("timeline").tag("timeline")
                .summary("Dated facts, oldest first, a page at a time: foundings, memberships, presidency terms, office "
                        + "terms, meetings, plan events, instruments")
                .param(CommonParams.confederationInQuery("Only facts about this confederation."))
                .param(CommonParams.from("Only facts")).param(CommonParams.to("Only facts"))
                .param(Param.query("meetings", "false leaves meetings out (count them with /api/timeline/counts); "
                        + "true when absent.", JsonSchemas.object().put("type", "boolean")))
                .param(CommonParams.limit(config)).param(CommonParams.cursor())
                .asRecorded().answers(200, JsonSchemas.ref("Timeline")).problems(400)
                .handle(this::timeline);
    }

    Route counts() {
        return Route.get("/api/timeline/counts").id("meetingCounts").tag("timeline")
                .summary("How many meetings began in each day, month or year of a span (periods without one left out), "
                        + "for a timeline too dense to draw meeting by meeting; at most " + MAX_PERIODS + " periods")
                .param(CommonParams.confederationInQuery("Only this confederation's meetings."))
                .param(Param.query("from", "The span's first day (YYYY, YYYY-MM or YYYY-MM-DD; from its first day). "
                        + "Required.", JsonSchemas.partialDate("A date of day, month or year precision.")))
                .param(Param.query("to", "The span's last day (YYYY, YYYY-MM or YYYY-MM-DD; to its last day). Required.",
                        JsonSchemas.partialDate("A date of day, month or year precision.")))
                .param(Param.query("period", "What meetings are counted by; month when absent.",
                        JsonSchemas.enumOf("A period.", List.of(Period.values()).stream().map(Period::code).toList())))
                .asRecorded().answers(200, JsonSchemas.ref("MeetingCounts")).problems(400)
                .handle(this::counts);
    }

    private void timeline(Context ctx) {
        ConfederationCode confederation = Params.parsed(ctx, "confederation", ConfederationCode::of).orElse(null);
        LocalDate from = Params.from(ctx, "from").orElse(null);
        LocalDate to = Params.to(ctx, "to").orElse(null);
        boolean meetings = Params.text(ctx, "meetings").map(TimelineRoutes::yesOrNo).orElse(true);
        TimelineQuery query = new TimelineQuery(confederation, from, to, meetings,
                Params.text(ctx, "cursor").map(TimelineCursors::decode).orElse(null), CommonParams.limit(ctx, config));
        TimelinePage page = questions(ctx).timeline(query);
        List<ObjectNode> items = page.items().stream().map(Views::timelineEntry).toList();
        Replies.json(ctx, 200, Views.page(items, page.next() == null ? null : TimelineCursors.encode(page.next())));
    }

    private void counts(Context ctx) {
        ConfederationCode confederation = Params.parsed(ctx, "confederation", ConfederationCode::of).orElse(null);
        LocalDate from = Params.from(ctx, "from")
                .orElseThrow(() -> ProblemException.badParameter("from", "is required: the span's first day"));
        LocalDate to = Params.to(ctx, "to")
                .orElseThrow(() -> ProblemException.badParameter("to", "is required: the span's last day"));
        Period period = Params.text(ctx, "period").map(TimelineRoutes::period).orElse(Period.MONTH);
        if (to.isBefore(from)) {
            throw ProblemException.badParameter("to", "comes before from (" + from + ")");
        }
        long periods = period.count(from, to);
        if (periods > MAX_PERIODS) {
            throw ProblemException.badParameter("period", "from " + from + " to " + to + " spans " + periods + " "
                    + period.code() + "s, more than " + MAX_PERIODS + ": count by a longer period or narrow from and to");
        }
        List<PeriodCount> counts = questions(ctx).meetingCounts(confederation, from, to, period);
        ObjectNode answer = Views.object();
        if (confederation != null) {
            answer.put("confederation", confederation.value());
        }
        answer.put("period", period.code()).put("from", from.toString()).put("to", to.toString())
                .put("total", counts.stream().mapToLong(PeriodCount::meetings).sum());
        ArrayNode items = answer.putArray("items");
        counts.forEach(count -> items.addObject().put("start", count.start().toString()).put("meetings", count.meetings()));
        Replies.json(ctx, 200, answer);
    }

    private static boolean yesOrNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badParameter("meetings", "\"" + Params.shorten(text) + "\" is neither true nor false");
        };
    }

    private static Period period(String text) {
        for (Period period : Period.values()) {
            if (period.code().equals(text)) {
                return period;
            }
        }
        throw ProblemException.badParameter("period", "\"" + Params.shorten(text) + "\" is not one of day, month, year");
    }

    /** The questions of the registry as the request asks it: as it stands, or as recorded at an instant. */
    private Questions questions(Context ctx) {
        return new Questions(AsRecorded.view(ctx, registry));
    }
}
