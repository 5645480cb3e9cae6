package org.confed.domain.rules;

import java.util.Objects;
import org.confed.domain.model.RecordKey;

/**
 * One broken rule, pinned on the record that brings it and the field at fault.
 *
 * @param record  the key of the record at fault (one of those being written)
 * @param field   the field, as {@code type.field}
 * @param kind    which rule
 * @param message what is wrong, in words, without the field name
 */
public record Violation(RecordKey record, String field, ViolationKind kind, String message) {

    /**
     * Checks that every part is present.
     *
     * @param record  the key of the record at fault
     * @param field   the field, as {@code type.field}
     * @param kind    which rule
     * @param message what is wrong, in words
     * @throws NullPointerException when a part is {@code null}
     */
    public Violation {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The violation for a message.
     *
     * @return {@code field: message}
     */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
