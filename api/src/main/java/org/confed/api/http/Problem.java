package org.confed.api.http;

import java.util.List;
import java.util.Objects;

/**
 * The body of every error answer: an RFC 9457 problem detail, sent as {@code application/problem+json}.
 * Problems the API defines have a {@code type} under {@link #TYPE_BASE}; plain HTTP failures (no such route,
 * wrong method, body too large, server error) use {@code about:blank} with the status's reason phrase as title,
 * as RFC 9457 asks.
 *
 * @param type   a URI naming the kind of problem
 * @param title  a short summary of that kind, the same for every occurrence
 * @param status the HTTP status
 * @param detail what went wrong this time, in words fit for a user: never a stack trace or a class name
 * @param errors each bad field, parameter or header; empty when the problem is not about one
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** Where the API's own problem types live; the last path segment names the kind. */
    public static final String TYPE_BASE = "https://confed.example/problems/";

    /** The media type of every problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param type   a URI naming the kind of problem
     * @param title  a short summary of that kind
     * @param status the HTTP status
     * @param detail what went wrong this time
     * @param errors each bad field, parameter or header
     * @throws NullPointerException when the type, title or detail is absent
     */
    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        errors = List.copyOf(errors);
    }

    /**
     * A problem of one of the API's own kinds.
     *
     * @param kind   the last segment of its type, such as {@code invalid-field}
     * @param title  a short summary of that kind
     * @param status the HTTP status
     * @param detail what went wrong this time
     * @param errors each bad field, parameter or header
     * @return the problem, its type under {@link #TYPE_BASE}
     */
    public static Problem of(String kind, String title, int status, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + kind, title, status, detail, errors);
    }

    /**
     * A plain HTTP failure.
     *
     * @param status the HTTP status
     * @param detail what went wrong this time
     * @return the problem, of type {@code about:blank}, titled with the status's reason phrase
     */
    public static Problem plain(int status, String detail) {
        return new Problem("about:blank", StatusPhrases.of(status), status, detail, List.of());
    }
}
