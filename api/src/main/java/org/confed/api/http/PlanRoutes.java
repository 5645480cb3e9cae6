package org.confed.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.confed.application.asking.AnswerJson;
import org.confed.application.asking.PlanAnswer;
import org.confed.application.asking.Questions;
import org.confed.application.recording.Recording;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.PillarCode;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.PlanStatus;
import org.confed.domain.port.Page;
import org.confed.domain.port.Registry;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.Written;
import org.confed.domain.schema.RecordSchemas;

/** Action plans with their status on a day and their history, and the route that appends a status change. */
final class PlanRoutes {
    private final Registry registry;
    private final Recording recording;
    private final ApiConfig config;
    private final RecordCollection plans = RecordCollection.of(ActionPlan.class);

    PlanRoutes(Registry registry, ApiConfig config) {
        this.registry = registry;
        this.recording = new Recording(registry);
        this.config = config;
    }

    /** Replaces the generic list of plans. */
    Route list() {
        return Route.get(plans.path()).id("listActionPlans").tag("action plans")
                .summary("Action plans with their status on a day, filtered by confederation, pillar and that status, in id order")
                .param(CommonParams.confederationInQuery("Only this confederation's plans."))
                .param(Param.query("pillar", "Only plans under this pillar.",
                        JsonSchemas.formed(RecordSchemas.of(ActionPlan.class).field("pillar").orElseThrow().pattern())))
                .param(Param.query("status", "Only plans with this status on the day.", JsonSchemas.enumOf("A plan status.",
                        List.of(PlanStatus.values()).stream().map(PlanStatus::code).toList())))
                .param(CommonParams.at("Status")).param(CommonParams.limit(config)).param(CommonParams.cursor())
                .asRecorded().answers(200, JsonSchemas.ref("ActionPlanPage")).problems(400)
                .handle(this::list);
    }

    /** Replaces the generic read of one plan. */
    Route page() {
        return Route.get(plans.itemPath()).id("getActionPlan").tag("action plans")
                .summary("One action plan with its status on a day and its whole history; the ETag is the plan's version")
                .param(CommonParams.key(plans)).param(CommonParams.at("Status")).header("ETag")
                .asRecorded().answers(200, JsonSchemas.ref("ActionPlanView")).problems(400, 404)
                .handle(this::page);
    }

    Route appendEvent() {
        return Route.post(plans.itemPath() + "/events").id("appendPlanEvent").tag("action plans")
                .summary("Append a status change (a plan_event; plan may be left out); 409 when the move is not allowed")
                .write().param(CommonParams.key(plans))
                .body(Replies.JSON, JsonSchemas.ref("PlanEventBody")).header("Location")
                .answers(201, JsonSchemas.ref("ActionPlanView")).orAlso(200).problems(400, 404, 409, 413, 415, 422)
                .handle(this::append);
    }

    private void list(Context ctx) {
        Questions.PlanFilter filter = new Questions.PlanFilter(Params.parsed(ctx, "confederation", ConfederationCode::of),
                Params.parsed(ctx, "pillar", PillarCode::of), Params.parsed(ctx, "status", PlanStatus::parse),
                CommonParams.at(ctx, config));
        int limit = CommonParams.limit(ctx, config);
        PlanId after = Params.text(ctx, "cursor")
                .map(cursor -> PlanId.of(Cursors.decode(cursor, plans.schema().name(), 1).get(0)))
                .orElse(null);
        Page<PlanAnswer> found = questions(ctx).plans(filter, after, limit);
        List<ObjectNode> items = found.items().stream().map(plan -> AnswerJson.plan(plan, false)).toList();
        String next = found.more()
                ? Cursors.encode(plans.schema().name(), List.of(found.items().get(found.items().size() - 1).plan().id().value()))
                : null;
        Replies.json(ctx, 200, Views.page(items, next));
    }

    private void page(Context ctx) {
        Versioned<ActionPlan> stored = plan(ctx);
        ctx.header("ETag", Replies.etag(stored));
        Replies.json(ctx, 200, AnswerJson.plan(questions(ctx).plan(stored.record(), CommonParams.at(ctx, config)), true));
    }

    private void append(Context ctx) throws Exception {
        ActionPlan plan = plan(ctx).record();
        JsonNode body = JsonBodies.read(ctx, config.maxBodyBytes());
        Written<PlanEvent> written = recording.appendEvent(plan, body, Guard.actor(ctx));
        ctx.header("Location", plans.path() + "/" + Urls.segment(plan.id().value()));
        LocalDate today = CommonParams.today(config);
        PlanEvent event = written.stored().record();
        LocalDate at = event.date().firstDay().isAfter(today) ? event.date().firstDay() : today;
        Replies.json(ctx, written.outcome() == WriteOutcome.INSERTED ? 201 : 200,
                AnswerJson.plan(questions(ctx).plan(plan, at), true));
    }

    private Versioned<ActionPlan> plan(Context ctx) {
        String id = ctx.pathParam(plans.keyField().name());
        return RecordRoutes.pathKey(id, PlanId::of).flatMap(questions(ctx)::plan)
                .orElseThrow(() -> RecordRoutes.notFound(plans, id));
    }

    /** The questions of the registry as the request asks it: as it stands, or as recorded at an instant. */
    private Questions questions(Context ctx) {
        return new Questions(AsRecorded.view(ctx, registry));
    }
}
