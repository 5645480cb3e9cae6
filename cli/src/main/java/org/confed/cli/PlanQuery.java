package org.confed.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confed.application.format.Json;
import org.confed.application.format.Answers;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.PlanHistory;
import org.confed.persistence.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code confed query plan}: where an action plan stood on a day, or every plan of a confederation. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = {"Where an action plan stood on a day, with its history (--id),",
                "or the status of every plan of a confederation on that day (--confederation)."})
final class PlanQuery extends AnswerCommand {
    private static final int PAGE = 500;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--id", paramLabel = "ID", converter = Arguments.Plan.class, description = "The plan's id.")
        PlanId id;

        @Option(names = "--confederation", paramLabel = "CODE", converter = Arguments.Confederation.class,
                description = "Every plan of this confederation.")
        ConfederationCode confederation;
    }

    @Mixin
    DayOption at;

    PlanQuery(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        LocalDate day = at.day(env.clock());
        if (which.id != null) {
            ActionPlan plan = store.find(ActionPlan.class, RecordKey.of("action_plan", which.id)).map(Versioned::record)
                    .orElseThrow(() -> new InvalidInputException("confed: there is no action plan with id " + which.id));
            one(plan, store.planEvents(plan.id()), day);
        } else {
            confederation(store, which.confederation);
            all(plansOf(store, which.confederation), store, day);
        }
        return ExitCode.OK;
    }

    private void one(ActionPlan plan, List<PlanEvent> events, LocalDate day) throws Exception {
        if (json()) {
            print(Answers.plan(plan, events, day, true));
            return;
        }
        PlanHistory history = PlanHistory.of(events);
        env.out().println("Plan " + plan.id() + " (" + plan.confederation() + ", " + plan.pillar() + ")");
        env.out().println(plan.title());
        env.out().println("Status on " + day + ": " + history.statusOn(day)
                .map(event -> event.status().code() + " (since " + event.date() + ")").orElse("none recorded yet"));
        TextTable table = TextTable.withHeader("date", "status", "meeting", "note");
        history.events().forEach(event -> table.row(event.date(), event.status().code(), event.meeting(), event.note()));
        if (!table.isEmpty()) {
            env.out().println();
            table.print(env.out());
        }
    }

    private void all(List<ActionPlan> plans, Store store, LocalDate day) throws Exception {
        if (json()) {
            ObjectNode answer = Json.mapper().createObjectNode()
                    .put("confederation", which.confederation.value()).put("at", day.toString());
            ArrayNode items = answer.putArray("items");
            for (ActionPlan plan : plans) {
                items.add(Answers.plan(plan, store.planEvents(plan.id()), day, false));
            }
            print(answer);
            return;
        }
        env.out().println("Action plans of " + which.confederation + " on " + day + ": " + plans.size());
        TextTable table = TextTable.withHeader("plan", "pillar", "status", "since");
        for (ActionPlan plan : plans) {
            Optional<PlanEvent> status = PlanHistory.of(store.planEvents(plan.id())).statusOn(day);
            table.row(plan.id(), plan.pillar(), status.map(event -> event.status().code()).orElse(null),
                    status.map(PlanEvent::date).orElse(null));
        }
        if (!table.isEmpty()) {
            table.print(env.out());
        }
    }

    private static List<ActionPlan> plansOf(Store store, ConfederationCode confederation) {
        List<ActionPlan> plans = new ArrayList<>();
        RecordKey after = null;
        while (true) {
            List<Versioned<ActionPlan>> page = store.list(ActionPlan.class, after, PAGE);
            for (Versioned<ActionPlan> stored : page) {
                if (stored.record().confederation().equals(confederation)) {
                    plans.add(stored.record());
                }
            }
            if (page.size() < PAGE) {
                return plans;
            }
            after = page.get(page.size() - 1).record().key();
        }
    }
}
