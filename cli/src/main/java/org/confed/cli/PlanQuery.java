package org.confed.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confed.application.asking.AnswerJson;
import org.confed.application.asking.PlanAnswer;
import org.confed.application.asking.Questions;
import org.confed.application.json.Json;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.port.Page;
import org.confed.domain.port.RecordView;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.Uncertainty;
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

    @Mixin
    RecordedOption recorded;

    PlanQuery(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        LocalDate day = at.day(env.clock());
        RecordView records = recorded.view(store);
        Questions questions = new Questions(records);
        if (which.id != null) {
            ActionPlan plan = questions.plan(which.id).map(Versioned::record)
                    .orElseThrow(() -> new InvalidInputException("confed: there " + (recorded.recorded == null ? "is" : "was")
                            + " no action plan with id " + which.id + recorded.asRecorded()));
            one(questions.plan(plan, day));
        } else {
            confederation(store, recorded, records, which.confederation);
            all(plansOf(questions, day), day);
        }
        return ExitCode.OK;
    }

    private void one(PlanAnswer answer) throws Exception {
        if (json()) {
            print(AnswerJson.plan(answer, true));
            return;
        }
        ActionPlan plan = answer.plan();
        env.out().println("Plan " + plan.id() + " (" + plan.confederation() + ", " + plan.pillar() + ")");
        env.out().println(plan.title());
        env.out().println("Status on " + answer.at() + recorded.asRecorded() + ": " + answer.status()
                .map(event -> event.status().code() + " (since " + event.date() + ")").orElse("none recorded yet"));
        printUncertain(answer.uncertain());
        TextTable table = TextTable.withHeader("date", "status", "meeting", "note");
        answer.history().forEach(event -> table.row(event.date(), event.status().code(), event.meeting(), event.note()));
        if (!table.isEmpty()) {
            env.out().println();
            table.print(env.out());
        }
    }

    private void all(List<PlanAnswer> plans, LocalDate day) throws Exception {
        if (json()) {
            ObjectNode answer = Json.mapper().createObjectNode()
                    .put("confederation", which.confederation.value()).put("at", day.toString());
            ArrayNode items = answer.putArray("items");
            plans.forEach(plan -> items.add(AnswerJson.plan(plan, false)));
            print(answer);
            return;
        }
        env.out().println("Action plans of " + which.confederation + " on " + day + recorded.asRecorded() + ": "
                + plans.size());
        TextTable table = TextTable.withHeader("plan", "pillar", "status", "since");
        List<Uncertainty> uncertain = new ArrayList<>();
        for (PlanAnswer plan : plans) {
            Optional<PlanEvent> status = plan.status();
            // An uncertain status is marked where it stands, and why after the table.
            String mark = plan.uncertain().isEmpty() ? "" : " (uncertain)";
            table.row(plan.plan().id(), plan.plan().pillar(),
                    status.map(event -> event.status().code() + mark).orElse(mark.isEmpty() ? null : "-" + mark),
                    status.map(PlanEvent::date).orElse(null));
            uncertain.addAll(plan.uncertain());
        }
        if (!table.isEmpty()) {
            table.print(env.out());
        }
        printUncertain(uncertain);
    }

    private List<PlanAnswer> plansOf(Questions questions, LocalDate day) {
        Questions.PlanFilter filter = new Questions.PlanFilter(Optional.of(which.confederation), Optional.empty(),
                Optional.empty(), day);
        List<PlanAnswer> plans = new ArrayList<>();
        PlanId after = null;
        while (true) {
            Page<PlanAnswer> page = questions.plans(filter, after, PAGE);
            plans.addAll(page.items());
            if (!page.more()) {
                return plans;
            }
            after = page.items().get(page.items().size() - 1).plan().id();
        }
    }
}
