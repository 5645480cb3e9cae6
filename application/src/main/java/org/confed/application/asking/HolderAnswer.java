package org.confed.application.asking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.Post;
import org.confed.domain.query.Uncertainty;

/**
 * Who held a post on a day.
 *
 * @param post      the post
 * @param at        the day
 * @param terms     the office terms of the post covering the day, by start
 * @param persons   the holders' records, by id, where stored
 * @param uncertain what could change the answer; empty when it is certain
 */
public record HolderAnswer(Post post, LocalDate at, List<OfficeTerm> terms, Map<PersonId, Person> persons,
                           List<Uncertainty> uncertain) {
    /**
     * Keeps unmodifiable copies.
     *
     * @param post      the post
     * @param at        the day
     * @param terms     the terms covering the day
     * @param persons   the holders' records
     * @param uncertain what could change the answer
     */
    public HolderAnswer {
        terms = List.copyOf(terms);
        persons = Map.copyOf(persons);
        uncertain = List.copyOf(uncertain);
    }
}
