package org.confed.api.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by handlers to answer with a problem; the one exception mapper writes it. It carries no stack trace:
 * it is an answer, not a failure.
 */
final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = Objects.requireNonNull(problem);
        this.headers = Map.copyOf(headers);
    }

    Problem problem() {
        return problem;
    }

    /** Headers to send with the problem, such as {@code WWW-Authenticate} or {@code Allow}. */
    Map<String, String> headers() {
        return headers;
    }

    /** A bad query or path parameter, or header: 400 {@code invalid-parameter} naming it. */
    static ProblemException badParameter(String name, String message) {
        return new ProblemException(Problem.of("invalid-parameter", "Invalid parameter", 400,
                name + ": " + message, List.of(new FieldError(name, message))));
    }

    /** Nothing at this address: 404 {@code not-found}. */
    static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, detail, List.of()));
    }

    /** With one more header. */
    ProblemException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(problem, more);
    }
}
