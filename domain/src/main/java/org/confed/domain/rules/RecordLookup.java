package org.confed.domain.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;

/** What the rules need to know of the records already stored. A store implements it; so can a test. */
public interface RecordLookup {

    /** Which of {@code keys} name stored records. */
    Set<RecordKey> existing(Collection<RecordKey> keys);

    Optional<Confederation> confederation(ConfederationCode code);

    /** Every membership of every state in the confederation. */
    List<Membership> memberships(ConfederationCode confederation);

    /** Every presidency term of the confederation. */
    List<RotatingPresidency> presidencies(ConfederationCode confederation);

    Optional<ActionPlan> plan(PlanId plan);

    /** Every status change of the plan. */
    List<PlanEvent> planEvents(PlanId plan);

    /** A lookup of an empty store. */
    static RecordLookup empty() {
        return EmptyLookup.INSTANCE;
    }
}
