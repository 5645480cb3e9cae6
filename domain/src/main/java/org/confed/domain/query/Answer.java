package org.confed.domain.query;

import java.util.List;

/**
 * An "as of" answer with how certain it is. It is certain exactly when it would be the same on every day of every
 * span involved, and under each dispute taken alone; otherwise {@link #uncertain()} names what could change it.
 * The value is the answer as version 1 rules read the records (a start at its first day, an end at its last, each
 * field at the value the registry prefers).
 *
 * @param <T>       what the answer is
 * @param value     the answer
 * @param uncertain what could change it; empty when it is certain
 */
public record Answer<T>(T value, List<Uncertainty> uncertain) {
    /**
     * Keeps an unmodifiable copy of the uncertainties.
     *
     * @param value     the answer
     * @param uncertain what could change it
     */
    public Answer {
        uncertain = List.copyOf(uncertain);
    }

    /**
     * Whether nothing recorded could change the answer.
     *
     * @return whether {@link #uncertain()} is empty
     */
    public boolean certain() {
        return uncertain.isEmpty();
    }
}
