package org.confed.api.http;

import java.util.Objects;

/**
 * One item of a problem's {@code errors} list: the field, query parameter or header at fault, and what is wrong.
 *
 * @param field   as {@code type.field} for a record field ({@code membership.start}), the parameter name for a query
 *                parameter ({@code at}), or the header name ({@code Authorization})
 * @param message what is wrong, in words fit for a user
 */
public record FieldError(String field, String message) {
    /**
     * @param field   the field, parameter or header at fault
     * @param message what is wrong
     * @throws NullPointerException when the field or the message is absent
     */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
