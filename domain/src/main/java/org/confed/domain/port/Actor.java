package org.confed.domain.port;

import org.confed.domain.internal.Checks;

/**
 * Who writes: the name of an API token, or {@code cli}. Written into the change log with every change.
 *
 * @param name a short name, not blank
 */
public record Actor(String name) {
    /** The command-line tool. */
    public static final Actor CLI = new Actor("cli");

    /** @throws org.confed.domain.model.InvalidFieldException when the name is absent, blank or over 100 characters */
    public Actor {
        name = Checks.requiredText(name, "actor", 100);
    }

    @Override
    public String toString() {
        return name;
    }
}
