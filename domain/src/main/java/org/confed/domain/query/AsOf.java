package org.confed.domain.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.rules.RecordLookup;

/**
 * The "as of" answers, from whatever holds the records: who was a member, who presided, who held an office and where
 * a plan stood on a day. Every store answers through these, so the answers agree to the letter.
 *
 * <pre>{@code
 * Optional<PresidencyTerm> then = AsOf.presidency(registry, ConfederationCode.of("AES"), LocalDate.parse("2024-11-06"));
 * }</pre>
 */
public final class AsOf {
    private AsOf() {
    }

    /**
     * The member states of a confederation on a day.
     *
     * @param records       the records
     * @param confederation the confederation
     * @param day           the day
     * @return the memberships covering the day, by state
     */
    public static List<Membership> members(RecordLookup records, ConfederationCode confederation, LocalDate day) {
        return MemberRoll.membersOn(records.memberships(confederation), day);
    }

    /**
     * The presidency term covering a day.
     *
     * @param records       the records
     * @param confederation the confederation
     * @param day           the day
     * @return the term as it played out, or empty when no term covers the day
     */
    public static Optional<PresidencyTerm> presidency(RecordLookup records, ConfederationCode confederation, LocalDate day) {
        return history(records, confederation).on(day);
    }

    /**
     * Every presidency term of a confederation as it played out, oldest first.
     *
     * @param records       the records
     * @param confederation the confederation
     * @return the terms
     */
    public static List<PresidencyTerm> presidencyTerms(RecordLookup records, ConfederationCode confederation) {
        return history(records, confederation).terms();
    }

    /**
     * The presidency history of a confederation, for the answers that need all of it (the forecast).
     *
     * @param records       the records
     * @param confederation the confederation
     * @return its terms with the term length its record gives
     */
    public static PresidencyHistory history(RecordLookup records, ConfederationCode confederation) {
        return PresidencyHistory.of(records.confederation(confederation).map(Confederation::presidencyTerm),
                records.presidencies(confederation));
    }

    /**
     * Who held an office of a state on a day.
     *
     * @param records the records
     * @param office  the office, as the terms name it
     * @param state   the state
     * @param day     the day
     * @return the terms covering the day, by start
     */
    public static List<OfficeTerm> officeHolders(RecordLookup records, String office, StateCode state, LocalDate day) {
        return MemberRoll.holdersOn(records.referring(OfficeTerm.class, RecordKey.of(State.class, state)), office, state, day);
    }

    /**
     * Where a plan stood on a day.
     *
     * @param records the records
     * @param plan    the plan
     * @param day     the day
     * @return its latest event on or before the day, or empty before its first
     */
    public static Optional<PlanEvent> planStatus(RecordLookup records, PlanId plan, LocalDate day) {
        return PlanHistory.of(records.planEvents(plan)).statusOn(day);
    }

    /**
     * The offices a person held.
     *
     * @param records the records
     * @param person  the person
     * @return the person's office terms, by start, then office
     */
    public static List<OfficeTerm> officeTermsOf(RecordLookup records, PersonId person) {
        return records.referring(OfficeTerm.class, RecordKey.of(Person.class, person)).stream()
                .sorted(Comparator.comparing(OfficeTerm::start).thenComparing(OfficeTerm::office)).toList();
    }

    /**
     * The presidency terms a person held.
     *
     * @param records the records
     * @param person  the person
     * @return the terms with the person as holder, by start, then confederation
     */
    public static List<RotatingPresidency> presidenciesHeldBy(RecordLookup records, PersonId person) {
        return records.referring(RotatingPresidency.class, RecordKey.of(Person.class, person)).stream()
                .sorted(Comparator.comparing(RotatingPresidency::start).thenComparing(RotatingPresidency::confederation))
                .toList();
    }
}
