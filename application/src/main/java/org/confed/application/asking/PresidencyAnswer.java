package org.confed.application.asking;

import java.util.Optional;
import org.confed.domain.model.Person;
import org.confed.domain.query.PresidencyTerm;

/**
 * A presidency term as it played out, with its holder's record when one is named and stored.
 *
 * @param term   the term, with its actual and planned ends
 * @param holder the holder's record, or empty
 */
public record PresidencyAnswer(PresidencyTerm term, Optional<Person> holder) {
}
