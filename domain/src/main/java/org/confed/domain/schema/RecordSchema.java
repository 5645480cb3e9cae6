package org.confed.domain.schema;

import java.util.List;
import java.util.Optional;
import org.confed.domain.model.ConfedRecord;

/**
 * A record type of the interchange format, read from the domain's annotations.
 *
 * @param name       the singular type name ({@code presidency})
 * @param plural     the plural ({@code presidencies})
 * @param javaType   the record class
 * @param fields     its fields, in declaration order
 * @param <R>        the record class
 */
public record RecordSchema<R extends ConfedRecord>(String name, String plural, Class<R> javaType, List<FieldSchema> fields) {

    /**
     * Keeps an unmodifiable copy of the fields. {@link RecordSchemas} builds every record schema; a program has
     * no need to.
     *
     * @param name     the singular type name
     * @param plural   the plural
     * @param javaType the record class
     * @param fields   its fields, in declaration order
     * @throws NullPointerException when {@code fields} or one of them is {@code null}
     */
    public RecordSchema {
        fields = List.copyOf(fields);
    }

    /**
     * The fields of the natural key.
     *
     * @return the key fields, in order
     */
    public List<FieldSchema> keyFields() {
        return fields.stream().filter(FieldSchema::key).toList();
    }

    /**
     * The fields that must be present.
     *
     * @return the required fields, in declaration order
     */
    public List<FieldSchema> requiredFields() {
        return fields.stream().filter(FieldSchema::required).toList();
    }

    /**
     * The field called {@code fieldName}.
     *
     * @param fieldName a snake_case field name ({@code presidency_term})
     * @return the field, or empty when the type has none of that name
     */
    public Optional<FieldSchema> field(String fieldName) {
        return fields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }

    /**
     * The field that opens the record's validity.
     *
     * @return the {@link TemporalRole#VALID_FROM} field, or empty
     */
    public Optional<FieldSchema> validFrom() {
        return fields.stream().filter(field -> field.temporal() == TemporalRole.VALID_FROM).findFirst();
    }

    /**
     * The field that closes the record's validity.
     *
     * @return the {@link TemporalRole#VALID_TO} field, or empty
     */
    public Optional<FieldSchema> validTo() {
        return fields.stream().filter(field -> field.temporal() == TemporalRole.VALID_TO).findFirst();
    }

    /**
     * Whether the key is a single field, so that a record can be addressed as {@code /collection/{key}}.
     *
     * @return whether there is exactly one key field
     */
    public boolean hasSimpleKey() {
        return keyFields().size() == 1;
    }

    /**
     * Casts a record known to be of this type.
     *
     * @param record a record of this type, or {@code null}
     * @return the same record, typed
     * @throws ClassCastException when the record is of another type
     */
    public R cast(ConfedRecord record) {
        return javaType.cast(record);
    }
}
