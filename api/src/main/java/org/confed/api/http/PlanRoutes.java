package org.confed.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.confed.api.format.RecordCodec;
import org.confed.api.view.Answers;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.PillarCode;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanStatus;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Registry;
import org.confed.domain.port.Versioned;
import org.confed.domain.schema.RecordSchemas;

/** Action plans with their status on a day and their history, and the route that appends a status change. */
final class PlanRoutes {
    private final Registry registry;
    private final ApiConfig config;
    private final RecordCollection plans = RecordCollection.of(ActionPlan.class);

    PlanRoutes(Registry registry, ApiConfig config) {
        this.registry = registry;
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
                .answers(200, JsonSchemas.ref("ActionPlanPage")).problems(400)
                .handle(this::list);
    }

    /** Replaces the generic read of one plan. */
    Route page() {
        return Route.get(plans.itemPath()).id("getActionPlan").tag("action plans")
                .summary("One action plan with its status on a day and its whole history; the ETag is the plan's version")
                .param(CommonParams.key(plans)).param(CommonParams.at("Status")).header("ETag")
                .answers(200, JsonSchemas.ref("ActionPlanView")).problems(400, 404)
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
        Optional<ConfederationCode> confederation = Params.parsed(ctx, "confederation", ConfederationCode::of);
        Optional<PillarCode> pillar = Params.parsed(ctx, "pillar", PillarCode::of);
        Optional<PlanStatus> status = Params.parsed(ctx, "status", PlanStatus::parse);
        LocalDate at = CommonParams.at(ctx, config);
        int limit = CommonParams.limit(ctx, config);
        RecordKey after = Params.text(ctx, "cursor")
                .map(cursor -> new RecordKey(plans.schema().name(), Cursors.decode(cursor, plans.schema().name(), 1)))
                .orElse(null);
        Predicate<ActionPlan> keep = plan -> confederation.map(plan.confederation()::equals).orElse(true)
                && pillar.map(plan.pillar()::equals).orElse(true)
                && status.map(wanted -> registry.planStatusOn(plan.id(), at).map(event -> event.status() == wanted)
                        .orElse(false)).orElse(true);
        List<Versioned<ActionPlan>> found = Listing.page(registry, ActionPlan.class, after, limit, keep);
        List<ObjectNode> items = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, found.size()); i++) {
            ActionPlan plan = found.get(i).record();
            items.add(Answers.plan(plan, registry.planEvents(plan.id()), at, false));
        }
        String next = found.size() > limit
                ? Cursors.encode(plans.schema().name(), found.get(limit - 1).record().key().parts())
                : null;
        Replies.json(ctx, 200, Views.page(items, next));
    }

    private void page(Context ctx) {
        Versioned<ConfedRecord> stored = RecordRoutes.find(registry, ctx, plans);
        ActionPlan plan = (ActionPlan) stored.record();
        LocalDate at = CommonParams.at(ctx, config);
        ctx.header("ETag", Replies.etag(stored));
        Replies.json(ctx, 200, Answers.plan(plan, registry.planEvents(plan.id()), at, true));
    }

    private void append(Context ctx) throws Exception {
        Versioned<ConfedRecord> stored = RecordRoutes.find(registry, ctx, plans);
        ActionPlan plan = (ActionPlan) stored.record();
        JsonNode body = JsonBodies.read(ctx, config.maxBodyBytes());
        RecordRoutes.fillKey(body, "plan_event", "plan", plan.id().value());
        PlanEvent event = (PlanEvent) RecordCodec.fromJson(body, "plan_event");
        Optional<Versioned<PlanEvent>> before = registry.find(PlanEvent.class, event.key());
        // Based on what was read just now: a concurrent change of the same event is a 409, not a silent overwrite.
        registry.put(event, before.map(Versioned::version).orElse(0L), Guard.actor(ctx));
        ctx.header("Location", plans.path() + "/" + Urls.segment(plan.id().value()));
        LocalDate today = CommonParams.today(config);
        LocalDate at = event.date().firstDay().isAfter(today) ? event.date().firstDay() : today;
        ObjectNode answer = Answers.plan(plan, registry.planEvents(plan.id()), at, true);
        Replies.json(ctx, before.isEmpty() ? 201 : 200, answer);
    }
}
