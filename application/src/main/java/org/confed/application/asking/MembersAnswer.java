package org.confed.application.asking;

import java.time.LocalDate;
import java.util.List;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Membership;
import org.confed.domain.query.Uncertainty;

/**
 * Which states were members of a confederation on a day.
 *
 * @param confederation the confederation
 * @param at            the day
 * @param members       the memberships covering it, by state
 * @param uncertain     what could change the answer; empty when it is certain
 */
public record MembersAnswer(Confederation confederation, LocalDate at, List<Membership> members,
                            List<Uncertainty> uncertain) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param confederation the confederation
     * @param at            the day
     * @param members       the memberships covering it
     * @param uncertain     what could change the answer
     */
    public MembersAnswer {
        members = List.copyOf(members);
        uncertain = List.copyOf(uncertain);
    }
}
