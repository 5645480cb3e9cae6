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
        collect(schema.name(), schema.fields(), record, null, schema, references);
        return references;
    }

    // A shorthand part (a citation's source) is named by its object's field, as version 1 files name it (meeting.sources).
    private static void collect(String prefix, List<FieldSchema> fields, Object value, String shorthand, RecordSchema<?> root,
                                List<Reference> into) {
        for (FieldSchema field : fields) {
            Object fieldValue = field.valueOf(value);
            if (fieldValue == null) {
                continue;
            }
            String where = field.name().equals(shorthand) ? prefix : prefix + "." + field.name();
            if (field.kind() == ValueKind.LIST) {
                int index = 0;
                for (Object item : (List<?>) fieldValue) {
                    index++;
                    // disputes are told apart by their place, as a message names them
                    String at = field.element().kind() == ValueKind.OBJECT && field.element().shorthand() == null
                            && hasValueOf(field.element()) ? where + "[" + index + "]" : where;
                    add(at, field.element(), item, root, into);
                }
            } else if (field.kind() == ValueKind.VALUE_OF) {
                disputedReferences(where, fields, value, field, root, fieldValue, into);
            } else {
                add(where, field, fieldValue, root, into);
            }
        }
    }

    private static boolean hasValueOf(FieldSchema object) {
        return object.parts().stream().anyMatch(part -> part.kind() == ValueKind.VALUE_OF);
    }

    // Another value for a field refers where the field does: a disputed holder is a person that must exist.
    private static void disputedReferences(String where, List<FieldSchema> siblings, Object owner, FieldSchema valueField,
                                           RecordSchema<?> root, Object value, List<Reference> into) {
        Object named = siblings.stream().filter(sibling -> sibling.name().equals(valueField.valueOf())).findFirst()
                .map(sibling -> sibling.valueOf(owner)).orElse(null);
        FieldSchema disputed = named == null ? null : root.field(named.toString()).orElse(null);
        if (disputed == null || disputed.references() == null) {
            return;
        }
        if (value instanceof List<?> items) {
            items.forEach(item -> into.add(new Reference(where, RecordKey.of(disputed.references(), item))));
        } else {
            into.add(new Reference(where, RecordKey.of(disputed.references(), value)));
        }
    }

    private static void add(String where, FieldSchema field, Object value, RecordSchema<?> root, List<Reference> into) {
        if (field.kind() == ValueKind.OBJECT) {
            collect(where, field.parts(), value, field.shorthand(), root, into);
        } else if (field.references() != null) {
            into.add(new Reference(where, RecordKey.of(field.references(), value)));
        }
    }
}
