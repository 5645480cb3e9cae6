package org.confed.application.asking;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Person;
import org.confed.domain.model.RecordKey;
import org.confed.domain.query.Uncertainty;
import org.confed.domain.query.ForecastTerm;
import org.confed.domain.query.PresidencyTerm;
import org.confed.domain.query.TimelineEntry;

/**
 * The JSON shape of every answer, the same whether the HTTP API or {@code confed ... --format json} gives it: the
 * records as the format writes them, with what the answer adds ({@code planned_end}, {@code status}, ...).
 */
public final class AnswerJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final RecordJson CODEC = RecordJson.codec();

    private AnswerJson() {
    }

    /**
     * {@code {"confederation", "at", "items": [memberships]}}.
     *
     * @param answer the members on a day
     * @return its JSON
     */
    public static ObjectNode members(MembersAnswer answer) {
        ObjectNode node = NODES.objectNode().put("confederation", answer.confederation().code().value())
                .put("at", answer.at().toString());
        node.set("items", records(answer.members()));
        return certainty(node, answer.uncertain());
    }

    /**
     * The term as the format writes it, with {@code planned_end} and {@code ends_on} where known, and the holder as a
     * person record when {@code expandHolder} (just {@code {"id"}} when none is stored).
     *
     * @param answer       the term
     * @param expandHolder whether to put the holder's record in place of the id
     * @return its JSON
     */
    public static ObjectNode presidency(PresidencyAnswer answer, boolean expandHolder) {
        PresidencyTerm term = answer.term();
        ObjectNode node = CODEC.toJson(term.term());
        if (expandHolder && term.term().holder() != null) {
            node.set("holder", answer.holder().<ObjectNode>map(CODEC::toJson)
                    .orElseGet(() -> NODES.objectNode().put("id", term.term().holder().value())));
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
     * The term covering a day, as {@link #presidency} writes it, with {@code certain} and, when it is not,
     * {@code uncertain}.
     *
     * @param answer the term covering a day
     * @return its JSON
     */
    public static ObjectNode presidencyOn(PresidencyAnswer answer) {
        return certainty(presidency(answer, true), answer.uncertain());
    }

    /**
     * {@code {"confederation", "items": [terms]}}, holders expanded.
     *
     * @param confederation the confederation's code
     * @param terms         the terms
     * @return their JSON
     */
    public static ObjectNode presidencies(String confederation, List<PresidencyAnswer> terms) {
        ObjectNode node = NODES.objectNode().put("confederation", confederation);
        ArrayNode items = node.putArray("items");
        terms.forEach(term -> items.add(presidency(term, true)));
        return node;
    }

    /**
     * {@code {"confederation", "rotation", "items": [{"confederation", "state", "start", "end"}]}}.
     *
     * @param answer the forecast
     * @return its JSON
     */
    public static ObjectNode forecast(ForecastAnswer answer) {
        ObjectNode node = NODES.objectNode().put("confederation", answer.confederation().code().value());
        node.set("rotation", CODEC.toJson(answer.confederation()).get("rotation"));
        ArrayNode items = node.putArray("items");
        answer.terms().forEach(term -> items.add(forecastTerm(term)));
        return node;
    }

    private static ObjectNode forecastTerm(ForecastTerm term) {
        return NODES.objectNode().put("confederation", term.confederation().value()).put("state", term.state().value())
                .put("start", term.firstDay().toString()).put("end", term.lastDay().toString());
    }

    /**
     * The plan as the format writes it, with {@code at}, {@code status} and {@code status_date}, and its
     * {@code history} when asked for.
     *
     * @param answer      the plan on a day
     * @param withHistory whether to add every event
     * @return its JSON
     */
    public static ObjectNode plan(PlanAnswer answer, boolean withHistory) {
        ObjectNode node = CODEC.toJson(answer.plan());
        node.put("at", answer.at().toString());
        answer.status().ifPresent(event -> {
            node.put("status", event.status().code());
            node.put("status_date", event.date().toString());
        });
        if (withHistory) {
            node.set("history", records(answer.history()));
        }
        return certainty(node, answer.uncertain());
    }

    /**
     * The person as the format writes it, with {@code office_terms}, {@code presidencies} (holders not expanded) and
     * {@code meetings}.
     *
     * @param answer the person's page
     * @return its JSON
     */
    public static ObjectNode person(PersonAnswer answer) {
        ObjectNode node = CODEC.toJson(answer.person().record());
        node.set("office_terms", records(answer.officeTerms()));
        ArrayNode presidencies = node.putArray("presidencies");
        answer.presidencies().forEach(term -> presidencies.add(presidency(new PresidencyAnswer(term, Optional.empty(),
                List.of()), false)));
        node.set("meetings", records(answer.meetings().items()));
        return node;
    }

    /**
     * {@code {"post", "at", "items": [office terms, each with its "holder" person expanded]}}, with {@code certain}.
     *
     * @param answer who held a post on a day
     * @return its JSON
     */
    public static ObjectNode holder(HolderAnswer answer) {
        ObjectNode node = NODES.objectNode().put("post", answer.post().id().value()).put("at", answer.at().toString());
        ArrayNode items = node.putArray("items");
        for (OfficeTerm term : answer.terms()) {
            ObjectNode item = CODEC.toJson(term);
            Person person = answer.persons().get(term.person());
            item.set("holder", person != null ? CODEC.toJson(person) : NODES.objectNode().put("id", term.person().value()));
            items.add(item);
        }
        return certainty(node, answer.uncertain());
    }

    /**
     * An answer's certainty: {@code "certain": true}, or {@code false} with {@code "uncertain"}: a list of
     * {@code {"record": {"type", "key"}, "field", "because": "span"|"dispute", "value"}}.
     *
     * @param node      the answer's JSON, added to
     * @param uncertain what could change the answer
     * @return the same node
     */
    public static ObjectNode certainty(ObjectNode node, List<Uncertainty> uncertain) {
        node.put("certain", uncertain.isEmpty());
        if (!uncertain.isEmpty()) {
            ArrayNode items = node.putArray("uncertain");
            for (Uncertainty item : uncertain) {
                ObjectNode entry = items.addObject();
                entry.set("record", key(item.record()));
                entry.put("field", item.field());
                entry.put("because", item.because().code());
                entry.set("value", CODEC.fieldValue(item.record().type(), item.field(), item.value()));
            }
        }
        return node;
    }

    /**
     * A record's key: {@code {"type", "key": [parts]}}.
     *
     * @param key the key
     * @return its JSON
     */
    public static ObjectNode key(RecordKey key) {
        ObjectNode node = NODES.objectNode().put("type", key.typeName());
        ArrayNode parts = node.putArray("key");
        key.parts().forEach(parts::add);
        return node;
    }

    /**
     * One timeline entry: {@code date}, {@code event}, {@code record} ({@code type}, {@code key}), the
     * {@code confederation} when it concerns one, and a {@code summary}.
     *
     * @param entry the entry
     * @return its JSON; the caller may add where the record can be read ({@code record.href})
     */
    public static ObjectNode timelineEntry(TimelineEntry entry) {
        ObjectNode node = NODES.objectNode();
        node.put("date", entry.date().toString());
        node.put("event", entry.event());
        ObjectNode record = node.putObject("record");
        record.put("type", entry.record().typeName());
        ArrayNode key = record.putArray("key");
        entry.record().parts().forEach(key::add);
        if (entry.confederation() != null) {
            node.put("confederation", entry.confederation().value());
        }
        node.put("summary", entry.summary());
        return node;
    }

    /**
     * Records as the format writes them.
     *
     * @param records the records
     * @return a JSON array of them, in order
     */
    public static ArrayNode records(List<? extends ConfedRecord> records) {
        ArrayNode array = NODES.arrayNode();
        records.forEach(record -> array.add(CODEC.toJson(record)));
        return array;
    }
}
