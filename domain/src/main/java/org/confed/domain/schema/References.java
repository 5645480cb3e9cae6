package org.confed.domain.schema;

import java.util.ArrayList;
import java.util.List;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;

/**
 * Reads the references a record makes, as its schema declares them ({@link org.confed.domain.meta.References}):
 * the same reading {@code org.confed.domain.rules.Consistency} checks when it reports a reference to nothing.
 */
public final class References {
    private References() {
    }

    /**
     * One reference of a record: the field it sits in and the key it points at.
     *
     * @param field  the field, as {@code type.field}, nested parts included ({@code meeting.participants.person})
     * @param target the key of the record pointed at
     */
    public record Reference(String field, RecordKey target) {
    }

    /**
     * Every reference a record makes, including those inside nested objects and lists.
     *
     * @param record a record
     * @return its references in field order, one per identifier it holds
     * @throws NullPointerException when {@code record} is {@code null}
     */
    public static List<Reference> of(ConfedRecord record) {
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
        } else if (field.references() != null) {
            into.add(new Reference(where, RecordKey.of(field.references(), value)));
        }
    }
}
