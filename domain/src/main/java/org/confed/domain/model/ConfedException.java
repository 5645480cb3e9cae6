package org.confed.domain.model;

/**
 * The root of every failure the domain reports on purpose: bad values, broken rules, conflicts.
 * Anything else escaping the domain is a bug.
 */
public abstract class ConfedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure with a message fit for the person who sent the input.
     *
     * @param message what went wrong, in words
     */
    protected ConfedException(String message) {
        super(message);
    }

    /**
     * A failure caused by another.
     *
     * @param message what went wrong, in words
     * @param cause   the failure that caused it, for a log
     */
    protected ConfedException(String message, Throwable cause) {
        super(message, cause);
    }
}
