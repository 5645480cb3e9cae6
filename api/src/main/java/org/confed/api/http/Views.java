package org.confed.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confed.api.format.RecordCodec;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.RecordRepository;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.ForecastTerm;
import org.confed.domain.query.PlanHistory;
import org.confed.domain.query.PresidencyTerm;
import org.confed.domain.query.TimelineEntry;

/**
 * The JSON shapes of answers that are more than one record: records in the interchange format
 * ({@link RecordCodec}) with what the question adds around them.
 */
final class Views {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Views() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** {@code {"items": [...], "next_cursor": "..."}}, the cursor left out on the last page. */
    static ObjectNode page(List<? extends ObjectNode> items, String nextCursor) {
        ObjectNode page = NODES.objectNode();
        page.putArray("items").addAll(items);
        if (nextCursor != null) {
            page.put("next_cursor", nextCursor);
        }
        return page;
    }

    static ArrayNode records(List<? extends ConfedRecord> records) {
        ArrayNode array = NODES.arrayNode();
        records.forEach(record -> array.add(RecordCodec.toJson(record)));
        return array;
    }

    /**
     * A presidency term as it played out: the recorded term ({@code end} as recorded, if it was), its holder
     * expanded to the person when {@code expandHolder}, {@code planned_end} (start + term length − 1 day) when the
     * term length is known, and {@code ends_on}, the actual last day, unless the term is still open.
     */
    static ObjectNode term(PresidencyTerm term, RecordRepository records, boolean expandHolder) {
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

    static ObjectNode forecast(ForecastTerm term) {
        return NODES.objectNode().put("confederation", term.confederation().value()).put("state", term.state().value())
                .put("start", term.firstDay().toString()).put("end", term.lastDay().toString());
    }

    /**
     * An action plan with its status on {@code at}: {@code status} and {@code status_date} from the latest event on
     * or before that day (left out when there is none), and, when {@code withHistory}, every event oldest first.
     */
    static ObjectNode plan(ActionPlan plan, List<PlanEvent> events, LocalDate at, boolean withHistory) {
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

    /** A dated fact: the record it comes from by type and key, and its URL when the record has one. */
    static ObjectNode timelineEntry(TimelineEntry entry) {
        ObjectNode node = NODES.objectNode();
        node.put("date", entry.date().toString());
        node.put("event", entry.event());
        ObjectNode record = node.putObject("record");
        record.put("type", entry.record().type());
        ArrayNode key = record.putArray("key");
        entry.record().parts().forEach(key::add);
        RecordCollection.all().stream()
                .filter(collection -> collection.schema().name().equals(entry.record().type()))
                .findFirst()
                .ifPresent(collection -> record.put("href", collection.path() + "/" + Urls.segment(entry.record().id())));
        if (entry.confederation() != null) {
            node.put("confederation", entry.confederation().value());
        }
        node.put("summary", entry.summary());
        return node;
    }
}
