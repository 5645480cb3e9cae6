package org.confed.api.http;

import java.util.List;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;

/**
 * A record type addressed by URL: every type whose key is one field. Its collection is the schema's plural with
 * dashes ({@code action_plans} → {@code /api/action-plans}), and a record sits under its key
 * ({@code /api/persons/{id}}).
 *
 * @param schema   the record type
 * @param segment  the collection's path segment
 * @param keyField the one key field, also the path parameter's name
 */
record RecordCollection(RecordSchema<?> schema, String segment, FieldSchema keyField) {

    private static final List<RecordCollection> ALL = RecordSchemas.all().stream().filter(RecordSchema::hasSimpleKey)
            .map(schema -> new RecordCollection(schema, schema.plural().replace('_', '-'), schema.keyFields().get(0)))
            .toList();

    /** Every type with a one-field key, in {@link RecordSchemas#all()} order. */
    static List<RecordCollection> all() {
        return ALL;
    }

    static RecordCollection of(Class<? extends ConfedRecord> type) {
        return all().stream().filter(collection -> collection.schema().javaType() == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no one-field key"));
    }

    /** {@code /api/persons}. */
    String path() {
        return "/api/" + segment;
    }

    /** {@code /api/persons/{id}}. */
    String itemPath() {
        return path() + "/{" + keyField.name() + "}";
    }

    /** The key of the record {@code text} names in this collection. */
    RecordKey key(String text) {
        return new RecordKey(schema.javaType(), List.of(text));
    }

    /** The JSON schema component of the record type. */
    String component() {
        return JsonSchemas.componentName(schema);
    }

    @SuppressWarnings("unchecked")
    Class<ConfedRecord> type() {
        return (Class<ConfedRecord>) schema.javaType();
    }
}
