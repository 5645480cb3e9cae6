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

    /** The memberships of the confederation covering {@code day}, by state code. */
    List<Membership> membersOn(ConfederationCode confederation, LocalDate day);

    /** The presidency term covering {@code day}, with its actual and planned ends. */
    Optional<PresidencyTerm> presidencyOn(ConfederationCode confederation, LocalDate day);

    /** Every presidency term of the confederation, oldest first, with actual and planned ends. */
    List<PresidencyTerm> presidencyTerms(ConfederationCode confederation);

    /** Who held {@code office} (of {@code state}, when not {@code null}) on {@code day}. */
    List<OfficeTerm> officeHoldersOn(String office, StateCode state, LocalDate day);

    /** The event that set the plan's status on {@code day}. */
    Optional<PlanEvent> planStatusOn(PlanId plan, LocalDate day);

    /** The person's office terms, oldest first. */
    List<OfficeTerm> officeTermsOf(PersonId person);

    /** The presidency terms the person held, oldest first. */
    List<RotatingPresidency> presidenciesHeldBy(PersonId person);
}
