package org.confed.domain.model;

import org.confed.domain.meta.Key;
import org.confed.domain.meta.MaxLength;
import org.confed.domain.meta.References;
import org.confed.domain.meta.Required;

/**
 * A person at a meeting, and in what capacity they attended.
 *
 * @param person   who
 * @param capacity as what ({@code Chef d'état-major général des armées du Niger})
 */
public record Participant(
        @Key @Required @References(Person.class) PersonId person,
        @MaxLength(300) String capacity) {

    /**
     * Checks both fields.
     *
     * @param person   who
     * @param capacity as what, at most 300 characters; {@code null} when not said
     * @throws InvalidFieldException when the person is absent, or the capacity blank, too long or holding a
     *                               control character
     */
    public Participant {
        Checks.required(person, "participant.person");
        capacity = Checks.text(capacity, "participant.capacity", 300);
    }
}
