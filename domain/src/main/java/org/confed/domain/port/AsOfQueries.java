package org.confed.domain.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.OfficeTerm;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.StateCode;
import org.confed.domain.query.PresidencyTerm;

/** The registry's questions asked "as of" a day. Answers agree with the pure functions of {@code query}. */
public interface AsOfQueries {

    /**
     * Who was a member on a day; as {@link org.confed.domain.query.MemberRoll#membersOn}.
     *
     * @param confederation the confederation
     * @param day           a day
     * @return the memberships covering the day, by state code
     * @throws StoreUnavailableException when the store cannot be read
     */
    List<Membership> membersOn(ConfederationCode confederation, LocalDate day);

    /**
     * Who presided on a day; as {@link org.confed.domain.query.PresidencyHistory#on}.
     *
     * @param confederation the confederation
     * @param day           a day
     * @return the term covering the day, with its actual and planned ends, or empty
     * @throws StoreUnavailableException when the store cannot be read
     */
    Optional<PresidencyTerm> presidencyOn(ConfederationCode confederation, LocalDate day);

    /**
     * Every presidency term of the confederation; as {@link org.confed.domain.query.PresidencyHistory#terms}.
     *
     * @param confederation the confederation
     * @return its terms, oldest first, with actual and planned ends
     * @throws StoreUnavailableException when the store cannot be read
     */
    List<PresidencyTerm> presidencyTerms(ConfederationCode confederation);

    /**
     * Who held an office on a day; as {@link org.confed.domain.query.MemberRoll#holdersOn}.
     *
     * @param office the office, as written
     * @param state  the office's state, or {@code null} for any
     * @param day    a day
     * @return the terms covering the day, by start
     * @throws StoreUnavailableException when the store cannot be read
     */
    List<OfficeTerm> officeHoldersOn(String office, StateCode state, LocalDate day);

    /**
     * A plan's status on a day; as {@link org.confed.domain.query.PlanHistory#statusOn}.
     *
     * @param plan the plan
     * @param day  a day
     * @return the event that set the status, or empty when the plan had none yet
     * @throws StoreUnavailableException when the store cannot be read
     */
    Optional<PlanEvent> planStatusOn(PlanId plan, LocalDate day);

    /**
     * The offices a person held.
     *
     * @param person the person
     * @return the person's office terms, oldest first
     * @throws StoreUnavailableException when the store cannot be read
     */
    List<OfficeTerm> officeTermsOf(PersonId person);

    /**
     * The presidencies a person held.
     *
     * @param person the person
     * @return the terms whose holder is the person, oldest first
     * @throws StoreUnavailableException when the store cannot be read
     */
    List<RotatingPresidency> presidenciesHeldBy(PersonId person);
}
