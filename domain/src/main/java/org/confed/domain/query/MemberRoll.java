package org.confed.domain.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.StateCode;

/** Who was a member, or held an office, on a given day. */
public final class MemberRoll {
    private MemberRoll() {
    }

    /**
     * The memberships covering {@code day}.
     *
     * @param memberships memberships, of one confederation or several
     * @param day         a day
     * @return those covering the day, ordered by state code, then confederation
     */
    public static List<Membership> membersOn(Collection<Membership> memberships, LocalDate day) {
        return memberships.stream()
                .filter(membership -> membership.coversDay(day))
                .sorted(Comparator.comparing(Membership::state).thenComparing(Membership::confederation))
                .toList();
    }

    /**
     * The terms of {@code office} (of {@code state}, when given) covering {@code day}.
     * Offices are matched exactly as written.
     *
     * @param terms  office terms
     * @param office the office, as written
     * @param state  the office's state, or {@code null} for any
     * @param day    a day
     * @return the matching terms, ordered by start, then person
     */
    public static List<OfficeTerm> holdersOn(Collection<OfficeTerm> terms, String office, StateCode state, LocalDate day) {
        return terms.stream()
                .filter(term -> term.office().equals(office))
                .filter(term -> state == null || state.equals(term.state()))
                .filter(term -> term.coversDay(day))
                .sorted(Comparator.comparing(OfficeTerm::start).thenComparing(term -> term.person().value()))
                .toList();
    }
}
