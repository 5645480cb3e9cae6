package org.confed.application.asking;

import java.util.List;
import java.util.Optional;
import org.confed.domain.model.Person;
import org.confed.domain.query.PresidencyTerm;
import org.confed.domain.query.Uncertainty;

/**
 * A presidency term as it played out, with its holder's record when one is named and stored.
 *
 * @param term      the term, with its actual and planned ends
 * @param holder    the holder's record, or empty
 * @param uncertain for the term covering a day: what could change which term it is; else empty
 */
public record PresidencyAnswer(PresidencyTerm term, Optional<Person> holder, List<Uncertainty> uncertain) {
    /**
     * Keeps an unmodifiable copy of the uncertainties.
     *
     * @param term      the term
     * @param holder    the holder's record
     * @param uncertain what could change the answer
     */
    public PresidencyAnswer {
        uncertain = List.copyOf(uncertain);
    }
}
