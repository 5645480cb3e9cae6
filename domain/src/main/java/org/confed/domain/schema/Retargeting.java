package org.confed.domain.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.confed.domain.model.ConfedRecord;

/**
 * Points a record's references at another record of the same type: what a merge of two records of one person does to
 * every record naming the one that goes. It reads the references as {@link References} does, nested objects, lists
 * and disputed values included, and rebuilds only what changes.
 */
public final class Retargeting {
    private Retargeting() {
    }

    /**
     * The same record with every reference to {@code fromId} (of type {@code target}) naming {@code intoId} instead,
     * checked as every record is. Its key changes too when a key field held {@code fromId}.
     *
     * @param <R>    the record type
     * @param record a record
     * @param target the type referred to ({@code Person.class})
     * @param fromId the id referred to now ({@code PersonId a-goita})
     * @param intoId the id to refer to instead, of the same class
     * @return the record retargeted, or {@code record} itself when it does not refer to {@code fromId}
     * @throws org.confed.domain.model.InvalidFieldException when the new record breaks a rule of its own (a list that
     *                                                       would name the survivor twice)
     */
    public static <R extends ConfedRecord> R retargeted(R record, Class<? extends ConfedRecord> target, Object fromId,
                                                        Object intoId) {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(intoId, "intoId");
        if (fromId.getClass() != intoId.getClass()) {
            throw new IllegalArgumentException("ids of two kinds: " + fromId.getClass() + " and " + intoId.getClass());
        }
        RecordSchema<R> schema = RecordSchemas.of(record);
        return schema.javaType().cast(object(record, schema.fields(), schema, new Move(target, fromId, intoId)));
    }

    private record Move(Class<? extends ConfedRecord> target, Object from, Object into) {
        Object apply(Class<?> references, Object value) {
            return references == target && from.equals(value) ? into : value;
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
