package org.confed.application.json;

import java.util.Objects;

/**
 * One thing wrong with one field of one record.
 *
 * @param field   the field, as {@code type.field} ({@code membership.start}); the type alone when the whole record is at fault
 * @param message what is wrong
 */
public record FieldProblem(String field, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** Reads {@code type.field: message}. */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
