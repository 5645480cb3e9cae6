package org.confed.domain.schema;

import java.util.ArrayList;
import java.util.List;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;

/**
 * Points a record's references at another record of the same type: what a merge of two records of one person does to
 * every record naming the one that goes. It reads the references as {@link References} does, nested objects, lists
 * and disputed values included, and rebuilds only what changes.
 */
public final class Retargeting {
    private Retargeting() {
    }

    /**
     * The same record with every reference to {@code from} naming {@code into} instead, checked as every record is.
     * Its key changes too when a key field referred to {@code from}.
     *
     * @param <R>    the record type
     * @param record a record
     * @param from   the key of the record referred to now ({@code person:a-goita})
     * @param into   the record to refer to instead, of the same type
     * @return the record retargeted, or {@code record} itself when it does not refer to {@code from}
     * @throws org.confed.domain.model.InvalidFieldException when the new record breaks a rule of its own (a list that
     *                                                       would name the survivor twice)
     * @throws IllegalArgumentException                      when {@code into} is of another type, or its key is not one
     *                                                       field
     */
    public static <R extends ConfedRecord> R retargeted(R record, RecordKey from, ConfedRecord into) {
        if (from.type() != into.getClass()) {
            throw new IllegalArgumentException("records of two types: " + from + " and " + into.key());
        }
        RecordSchema<?> target = RecordSchemas.of(into);
        if (!target.hasSimpleKey()) {
            throw new IllegalArgumentException(target.name() + " is not named by one field");
        }
        RecordSchema<R> schema = RecordSchemas.of(record);
        Move move = new Move(from, target.keyFields().get(0).valueOf(into));
        return schema.javaType().cast(object(record, schema.fields(), schema, move));
    }

    private record Move(RecordKey from, Object into) {
        Object apply(Class<? extends ConfedRecord> references, Object value) {
            return references == from.type() && RecordKey.of(references, value).equals(from) ? into : value;
        }
    }

    private static Object object(Object owner, List<FieldSchema> fields, RecordSchema<?> root, Move move) {
        Object[] values = new Object[fields.size()];
        boolean changed = false;
        for (int i = 0; i < fields.size(); i++) {
            FieldSchema field = fields.get(i);
            Object value = field.valueOf(owner);
            values[i] = value == null ? null : switch (field.kind()) {
                case LIST -> list((List<?>) value, field.element(), root, move);
                case OBJECT -> object(value, field.parts(), root, move);
                case VALUE_OF -> disputed(value, disputedField(owner, fields, field, root), move);
                default -> move.apply(field.references(), value);
            };
            changed |= values[i] != value;
        }
        return changed ? Records.construct(owner.getClass(), values) : owner;
    }

    private static Object list(List<?> items, FieldSchema element, RecordSchema<?> root, Move move) {
        List<Object> moved = new ArrayList<>(items.size());
        boolean changed = false;
        for (Object item : items) {
            Object after = element.kind() == ValueKind.OBJECT ? object(item, element.parts(), root, move)
                    : move.apply(element.references(), item);
            moved.add(after);
            changed |= after != item;
        }
        return changed ? moved : items;
    }

    // Another value for a field refers where the field does: a disputed holder is a person too.
    private static FieldSchema disputedField(Object owner, List<FieldSchema> siblings, FieldSchema valueField,
                                             RecordSchema<?> root) {
        Object named = siblings.stream().filter(sibling -> sibling.name().equals(valueField.valueOf())).findFirst()
                .map(sibling -> sibling.valueOf(owner)).orElse(null);
        return named == null ? null : root.field(named.toString()).orElse(null);
    }

    private static Object disputed(Object value, FieldSchema disputed, Move move) {
        if (disputed == null || disputed.references() == null) {
            return value;
        }
        if (value instanceof List<?> items) {
            List<Object> moved = items.stream().map(item -> move.apply(disputed.references(), item)).toList();
            return moved.equals(items) ? items : moved;
        }
        return move.apply(disputed.references(), value);
    }
}
