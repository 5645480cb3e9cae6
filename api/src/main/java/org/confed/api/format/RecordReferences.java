package org.confed.api.format;

import java.util.ArrayList;
import java.util.List;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.ValueKind;

/**
 * The references a record makes, read from its public schema (the domain keeps its own helper internal): what
 * the import checks against its own keys and the store's, one record at a time.
 */
final class RecordReferences {
    private RecordReferences() {
    }

    /**
     * One reference: where it sits and what it points at.
     *
     * @param field  the field as {@code type.field}, nested parts included ({@code meeting.participants.person})
     * @param target the key of the record pointed at
     */
    record Reference(String field, RecordKey target) {
    }

    /** Every reference of {@code record}, in field order. */
    static List<Reference> of(ConfedRecord record) {
        RecordSchema<?> schema = RecordSchemas.of(record);
        List<Reference> references = new ArrayList<>();
        collect(schema.name(), schema.fields(), record, references);
        return references;
    }

    private static void collect(String prefix, List<FieldSchema> fields, Object value, List<Reference> into) {
        for (FieldSchema field : fields) {
            Object fieldValue = field.valueOf(value);
            if (fieldValue == null) {
                continue;
            }
            String where = prefix + "." + field.name();
            if (field.kind() == ValueKind.LIST) {
                for (Object item : (List<?>) fieldValue) {
                    add(where, field.element(), item, into);
                }
            } else {
                add(where, field, fieldValue, into);
            }
        }
    }

    private static void add(String where, FieldSchema field, Object value, List<Reference> into) {
        if (field.kind() == ValueKind.OBJECT) {
            collect(where, field.parts(), value, into);
        } else {
            field.target().ifPresent(type -> into.add(new Reference(where, RecordKey.of(type, value))));
        }
    }
}
