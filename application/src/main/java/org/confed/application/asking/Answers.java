package org.confed.application.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confed.application.format.RecordCodec;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Registry;
import org.confed.domain.port.RecordRepository;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.ForecastException;
import org.confed.domain.query.ForecastTerm;
import org.confed.domain.query.PlanHistory;
import org.confed.domain.query.PresidencyHistory;
import org.confed.domain.query.PresidencyTerm;

/**
 * Answers as JSON: records in the interchange format ({@link RecordCodec}) with what the question adds around
 * them. The HTTP routes and {@code confed query} both print these, so a script sees one shape either way.
 */
public final class Answers {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Answers() {
    }

    /** {@code {"confederation", "at", "items": [membership...]}}: the memberships in force on {@code at}. */
    public static ObjectNode members(Registry registry, Confederation confederation, LocalDate at) {
        ObjectNode answer = NODES.objectNode().put("confederation", confederation.code().value()).put("at", at.toString());
        answer.set("items", records(registry.membersOn(confederation.code(), at)));
        return answer;
    }

    /**
     * A presidency term as it played out: the recorded term ({@code end} as recorded, if it was), its holder
     * expanded to the person when {@code expandHolder}, {@code planned_end} (start + term length − 1 day) when the
     * term length is known, and {@code ends_on}, the actual last day, unless the term is still open.
     */
    public static ObjectNode term(PresidencyTerm term, RecordRepository records, boolean expandHolder) {
        ObjectNode node = RecordCodec.toJson(term.term());
        PersonId holder = term.term().holder();
        if (expandHolder && holder != null) {
            Optional<Versioned<Person>> person = records.find(Person.class, RecordKey.of("person", holder));
            node.set("holder", person.<ObjectNode>map(stored -> RecordCodec.toJson(stored.record()))
                    .orElseGet(() -> NODES.objectNode().put("id", holder.value())));
        }
        if (term.plannedEnd() != null) {
            node.put("planned_end", term.plannedEnd().toString());
        }
        if (term.lastDay() != null) {
            node.put("ends_on", term.lastDay().toString());
        }
        return node;
    }

    /**
     * The next {@code count} terms after the last recorded one, from the confederation's rotation and term length.
     *
     * @throws ForecastException when the confederation lacks what a forecast needs
     * @throws DateTimeException when its term length carries the forecast past the end of the calendar (P999999999Y)
     */
    public static List<ForecastTerm> forecastTerms(Registry registry, Confederation confederation, int count) {
        return PresidencyHistory.of(Optional.ofNullable(confederation.presidencyTerm()),
                registry.presidencies(confederation.code())).forecast(confederation,
                registry.memberships(confederation.code()), count);
    }

    /** {@code {"confederation", "rotation", "items": [{"confederation", "state", "start", "end"}...]}}. */
    public static ObjectNode forecast(Confederation confederation, List<ForecastTerm> terms) {
        ObjectNode answer = NODES.objectNode().put("confederation", confederation.code().value());
        answer.set("rotation", RecordCodec.toJson(confederation).get("rotation"));
        ArrayNode items = answer.putArray("items");
        terms.forEach(term -> items.add(forecast(term)));
        return answer;
    }

    public static ObjectNode forecast(ForecastTerm term) {
        return NODES.objectNode().put("confederation", term.confederation().value()).put("state", term.state().value())
                .put("start", term.firstDay().toString()).put("end", term.lastDay().toString());
    }

    /**
     * An action plan with its status on {@code at}: {@code status} and {@code status_date} from the latest event on
     * or before that day (left out when there is none), and, when {@code withHistory}, every event oldest first.
     */
    public static ObjectNode plan(ActionPlan plan, List<PlanEvent> events, LocalDate at, boolean withHistory) {
        PlanHistory history = PlanHistory.of(events);
        ObjectNode node = RecordCodec.toJson(plan);
        node.put("at", at.toString());
        history.statusOn(at).ifPresent(event -> {
            node.put("status", event.status().code());
            node.put("status_date", event.date().toString());
        });
        if (withHistory) {
            node.set("history", records(history.events()));
        }
        return node;
    }

    public static ArrayNode records(List<? extends ConfedRecord> records) {
        ArrayNode array = NODES.arrayNode();
        records.forEach(record -> array.add(RecordCodec.toJson(record)));
        return array;
    }
}
