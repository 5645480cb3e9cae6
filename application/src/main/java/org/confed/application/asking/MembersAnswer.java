package org.confed.application.asking;

import java.time.LocalDate;
import java.util.List;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Membership;

/**
 * Which states were members of a confederation on a day.
 *
 * @param confederation the confederation
 * @param at            the day
 * @param members       the memberships covering it, by state
 */
public record MembersAnswer(Confederation confederation, LocalDate at, List<Membership> members) {
    /**
     * Keeps an unmodifiable copy of the members.
     *
     * @param confederation the confederation
     * @param at            the day
     * @param members       the memberships covering it
     */
    public MembersAnswer {
        members = List.copyOf(members);
    }
}
