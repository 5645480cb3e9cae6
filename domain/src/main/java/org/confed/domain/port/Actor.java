package org.confed.domain.port;

import org.confed.domain.model.InvalidFieldException;

/**
 * Who writes: the name of an API token, or {@code cli}. Written into the change log with every change.
 *
 * @param name a short name, not blank
 */
public record Actor(String name) {
    /** The command-line tool. */
    public static final Actor CLI = new Actor("cli");

    private static final int MAX_LENGTH = 100;

    /**
     * Checks the name.
     *
     * @param name a short name, not blank, at most 100 characters, without control characters
     * @throws InvalidFieldException (field {@code actor}) when the name is absent, blank, over 100 characters or
     *                               holds a control character
     */
    public Actor {
        if (name == null) {
            throw new InvalidFieldException("actor", "is required");
        }
        if (name.isBlank()) {
            throw new InvalidFieldException("actor", "is blank");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidFieldException("actor", "is " + name.length() + " characters long, more than the " + MAX_LENGTH + " allowed");
        }
        if (name.chars().anyMatch(c -> c < 0x20)) {
            throw new InvalidFieldException("actor", "holds a control character");
        }
    }

    /**
     * The name.
     *
     * @return {@link #name()}
     */
    @Override
    public String toString() {
        return name;
    }
}
