package org.confed.application.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.confed.application.json.InvalidRecordException;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.port.Actor;
import org.confed.domain.port.Registry;
import org.confed.domain.port.Written;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;

/**
 * Writing one record at a time, as a person does through the API or the page: a record named by its key (the URL's),
 * and a status change appended to a plan. Each write checks the rules across records once, inside the store's write
 * ({@link Registry#put}).
 */
public final class Recording {
    private final Registry registry;

    /**
     * Writes into a registry.
     *
     * @param registry where records go
     */
    public Recording(Registry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Reads a record of one type from a JSON body whose key is named elsewhere (a URL): the key field may be left out
     * of the body, and must agree with the given key when present.
     *
     * @param schema  the record's type
     * @param body    the record's fields
     * @param keyText the key named elsewhere
     * @return the record
     * @throws InvalidRecordException naming each field at fault, or {@link KeyMismatchException} when the body names
     *                                another key
     */
    public ConfedRecord read(RecordSchema<?> schema, JsonNode body, String keyText) {
        FieldSchema keyField = schema.keyFields().get(0);
        fillKey(body, schema.name() + "." + keyField.name(), keyField.name(), keyText);
        ConfedRecord record = RecordJson.codec().fromJson(body, schema);
        if (!record.key().id().equals(keyText)) {
            throw new KeyMismatchException(schema.name() + "." + keyField.name(), record.key().id(), keyText);
        }
        return record;
    }

    /**
     * Creates or replaces one record. A person it names that was merged into another is written as the survivor
     * ({@link MergedIds}).
     *
     * @param record          the record
     * @param expectedVersion the version it must replace (0: it must be new), or {@code null} for whatever is stored
     * @param actor           who writes
     * @return the record as stored, and whether it was inserted, updated or left unchanged
     * @throws MergedRecordException when the record is itself a person merged into another
     */
    public Written<ConfedRecord> put(ConfedRecord record, Long expectedVersion, Actor actor) {
        MergedIds merged = new MergedIds(registry);
        ConfedRecord resolved = merged.resolve(record)
                .orElseThrow(() -> new MergedRecordException(record.key(), merged.survivorOf(record.key()).orElseThrow()));
        return registry.put(resolved, expectedVersion, actor);
    }

    /**
     * Appends a status change to a plan, read from a JSON body in which {@code plan} may be left out.
     *
     * @param plan  the plan
     * @param body  the event's fields
     * @param actor who writes
     * @return the event as stored, and whether it was new
     * @throws InvalidRecordException naming each field at fault, or {@link KeyMismatchException} when the body names
     *                                another plan
     */
    public Written<PlanEvent> appendEvent(ActionPlan plan, JsonNode body, Actor actor) {
        fillKey(body, "plan_event.plan", "plan", plan.id().value());
        RecordSchema<PlanEvent> schema = RecordSchemas.of(PlanEvent.class);
        PlanEvent event = schema.cast(RecordJson.codec().fromJson(body, schema));
        return registry.put(event, null, actor);
    }

    private static void fillKey(JsonNode body, String where, String field, String keyText) {
        if (!(body instanceof ObjectNode object)) {
            return; // the codec says what is wrong with a body that is not an object
        }
        JsonNode given = object.get(field);
        if (given == null || given.isNull()) {
            object.put(field, keyText);
        } else if (!given.isTextual() || !given.asText().equals(keyText)) {
            throw new KeyMismatchException(where, given.isTextual() ? given.asText() : given.toString(), keyText);
        }
    }
}
