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

    /** @throws org.confed.domain.model.InvalidFieldException when the name is absent, blank or over 100 characters */
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

    @Override
    public String toString() {
        return name;
    }
}
