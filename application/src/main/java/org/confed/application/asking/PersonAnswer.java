package org.confed.application.asking;

import java.util.List;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Person;
import org.confed.domain.port.Page;
import org.confed.domain.port.Versioned;
import org.confed.domain.query.PresidencyTerm;

/**
 * A person with what the registry holds of them: offices, presidencies, meetings.
 *
 * @param person       the person and its version
 * @param officeTerms  the offices held, by start
 * @param presidencies the presidency terms held, as they played out
 * @param meetings     a page of the meetings attended, by date then id
 */
public record PersonAnswer(Versioned<Person> person, List<OfficeTerm> officeTerms, List<PresidencyTerm> presidencies,
                           Page<Meeting> meetings) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param person       the person
     * @param officeTerms  the offices held
     * @param presidencies the terms held
     * @param meetings     a page of the meetings attended
     */
    public PersonAnswer {
        officeTerms = List.copyOf(officeTerms);
        presidencies = List.copyOf(presidencies);
    }
}
