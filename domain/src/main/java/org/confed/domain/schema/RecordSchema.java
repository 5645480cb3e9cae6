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

    public RecordSchema {
        fields = List.copyOf(fields);
    }

    /** The fields of the natural key, in order. */
    public List<FieldSchema> keyFields() {
        return fields.stream().filter(FieldSchema::key).toList();
    }

    /** The fields that must be present. */
    public List<FieldSchema> requiredFields() {
        return fields.stream().filter(FieldSchema::required).toList();
    }

    /** The field called {@code fieldName}, if there is one. */
    public Optional<FieldSchema> field(String fieldName) {
        return fields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }

    /** The field that opens the record's validity, if it has one. */
    public Optional<FieldSchema> validFrom() {
        return fields.stream().filter(field -> field.temporal() == TemporalRole.VALID_FROM).findFirst();
    }

    /** The field that closes the record's validity, if it has one. */
    public Optional<FieldSchema> validTo() {
        return fields.stream().filter(field -> field.temporal() == TemporalRole.VALID_TO).findFirst();
    }

    /** Whether the key is a single field, so that a record can be addressed as {@code /collection/{key}}. */
    public boolean hasSimpleKey() {
        return keyFields().size() == 1;
    }

    /** Casts a record known to be of this type. */
    public R cast(ConfedRecord record) {
        return javaType.cast(record);
    }
}
