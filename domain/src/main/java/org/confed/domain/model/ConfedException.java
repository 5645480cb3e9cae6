package org.confed.domain.model;

/**
 * The root of every failure the domain reports on purpose: bad values, broken rules, conflicts.
 * Anything else escaping the domain is a bug.
 */
public abstract class ConfedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected ConfedException(String message) {
        super(message);
    }

    protected ConfedException(String message, Throwable cause) {
        super(message, cause);
    }
}
