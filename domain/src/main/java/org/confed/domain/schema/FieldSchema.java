package org.confed.domain.schema;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import org.confed.domain.model.ConfedRecord;

/**
 * One field of a record type, as the domain's annotations declare it.
 *
 * @param name        the field's name in the interchange format, snake_case ({@code presidency_term})
 * @param javaType    the component's type
 * @param kind        the shape of its value
 * @param element     for a list, what each item is
 * @param required    whether it must be present
 * @param key         whether it is part of the natural key
 * @param references  the record type it points at ({@code Person.class}), if it is a reference
 * @param temporal    what it means in time
 * @param maxLength   the longest text allowed, or 0 when not text
 * @param searchable  whether a search finds the record by the words of this text
 * @param pattern     for identifiers, dates and periods: the form of the text
 * @param allowed     for codes: the values allowed
 * @param parts       for nested objects: their fields
 * @param shorthand   for nested objects that may be written as one of their parts alone: that part's name
 * @param valueOf     for a value typed by another field: the sibling that names that field
 * @param accessor    the record component's accessor
 */
public record FieldSchema(
        String name,
        Class<?> javaType,
        ValueKind kind,
        FieldSchema element,
        boolean required,
        boolean key,
        Class<? extends ConfedRecord> references,
        TemporalRole temporal,
        int maxLength,
        boolean searchable,
        TextForm pattern,
        List<String> allowed,
        List<FieldSchema> parts,
        String shorthand,
        String valueOf,
        Method accessor) {

    /**
     * Keeps unmodifiable copies of the lists. {@link RecordSchemas} builds every field schema; a program has no
     * need to.
     *
     * @param name       the field's name in the interchange format, snake_case
     * @param javaType   the component's type
     * @param kind       the shape of its value
     * @param element    for a list, what each item is; else {@code null}
     * @param required   whether it must be present
     * @param key        whether it is part of the natural key
     * @param references the record type it points at, or {@code null}
     * @param temporal   what it means in time
     * @param maxLength  the longest text allowed, or 0 when not text
     * @param searchable whether a search finds the record by the words of this text
     * @param pattern    the form of the text, or {@code null}
     * @param allowed    for codes: the values allowed; else empty
     * @param parts      for nested objects: their fields; else empty
     * @param shorthand  for nested objects: the part that may stand for the whole, or {@code null}
     * @param valueOf    for a value typed by another field: the sibling naming it, or {@code null}
     * @param accessor   the record component's accessor
     * @throws NullPointerException when {@code allowed} or {@code parts}, or one of their items, is {@code null}
     */
    public FieldSchema {
        allowed = List.copyOf(allowed);
        parts = List.copyOf(parts);
    }

    /**
     * The referenced type, if this field (or each item of it) points at another record.
     *
     * @return {@link #references()}, or empty
     */
    public Optional<Class<? extends ConfedRecord>> target() {
        return Optional.ofNullable(references);
    }

    /**
     * Reads this field's value from a record (or a nested value) of its type.
     *
     * @param record a record, or a nested value, of the type this field belongs to
     * @return the value, or {@code null} when absent
     * @throws IllegalArgumentException when {@code record} is not of that type
     * @throws NullPointerException     when {@code record} is {@code null}
     * @throws IllegalStateException    when the accessor cannot be called
     */
    public Object valueOf(Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
        }
    }

    static String snakeCase(RecordComponent component) {
        String camel = component.getName();
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
