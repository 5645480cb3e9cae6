package org.confed.api.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.confed.application.asking.AnswerJson;
import org.confed.application.asking.PresidencyAnswer;
import org.confed.application.asking.Questions;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.port.Registry;
import org.confed.domain.query.PresidencyTerm;

/** A confederation's questions: its members on a day, its presidency on a day, all its terms, the next ones. */
final class ConfederationRoutes {
    static final int DEFAULT_FORECAST = 3;
    static final int MAX_FORECAST = 50;

    private final Registry registry;
    private final ApiConfig config;

    ConfederationRoutes(Registry registry, ApiConfig config) {
        this.registry = registry;
        this.config = config;
    }

    List<Route> routes() {
        String base = "/api/confederations/{code}";
        return List.of(
                Route.get(base + "/members").id("membersOn").tag("confederations")
                        .summary("The member states on a day: their memberships, by state code")
                        .param(CommonParams.confederationInPath()).param(CommonParams.at("Members"))
                        .asRecorded().answers(200, JsonSchemas.ref("Members")).problems(400, 404)
                        .handle(this::members),
                Route.get(base + "/presidency").id("presidencyOn").tag("confederations")
                        .summary("The presidency term covering a day, its holder expanded; 404 when none covers it")
                        .param(CommonParams.confederationInPath()).param(CommonParams.at("The term"))
                        .asRecorded().answers(200, JsonSchemas.ref("PresidencyTerm")).problems(400, 404)
                        .handle(this::presidency),
                Route.get(base + "/presidencies").id("presidencies").tag("confederations")
                        .summary("Every presidency term, oldest first, with planned and actual ends")
                        .param(CommonParams.confederationInPath())
                        .asRecorded().answers(200, JsonSchemas.ref("PresidencyTerms")).problems(404)
                        .handle(this::presidencies),
                Route.get(base + "/presidencies/forecast").id("forecastPresidencies").tag("confederations")
                        .summary("The next terms, from the rotation and the term length")
                        .param(CommonParams.confederationInPath())
                        .param(Param.query("count", "How many terms, " + DEFAULT_FORECAST + " when absent; moved into 1.."
                                + MAX_FORECAST + ".", JsonSchemas.object().put("type", "integer")))
                        .asRecorded().answers(200, JsonSchemas.ref("Forecast")).problems(400, 404, 422)
                        .handle(this::forecast));
    }

    private Confederation confederation(Context ctx) {
        ConfederationCode code = CommonParams.confederation(ctx);
        return questions(ctx).confederation(code).orElseThrow(() ->
                ProblemException.notFound("There is no confederation with code \"" + code + "\"."));
    }

    private void members(Context ctx) {
        Confederation body = confederation(ctx);
        Replies.json(ctx, 200, AnswerJson.members(questions(ctx).members(body, CommonParams.at(ctx, config))));
    }

    private void presidency(Context ctx) {
        Confederation body = confederation(ctx);
        LocalDate at = CommonParams.at(ctx, config);
        PresidencyAnswer term = questions(ctx).presidency(body, at).orElseThrow(() ->
                ProblemException.notFound("No presidency term of " + body.code() + " covers " + at + "."));
        Replies.json(ctx, 200, AnswerJson.presidencyOn(term));
    }

    private void presidencies(Context ctx) {
        Confederation body = confederation(ctx);
        Replies.json(ctx, 200, AnswerJson.presidencies(body.code().value(), questions(ctx).presidencies(body)));
    }

    private void forecast(Context ctx) {
        Confederation body = confederation(ctx);
        int count = Params.clamped(ctx, "count", DEFAULT_FORECAST, 1, MAX_FORECAST);
        // Facts that cannot support a forecast throw ForecastException, which answers 422 forecast-unavailable.
        Replies.json(ctx, 200, AnswerJson.forecast(questions(ctx).forecast(body, count)));
    }

    /** The questions of the registry as the request asks it: as it stands, or as recorded at an instant. */
    private Questions questions(Context ctx) {
        return new Questions(AsRecorded.view(ctx, registry));
    }
}
