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

    /**
     * Which of {@code keys} name stored records.
     *
     * @param keys the keys to look for
     * @return those of them that are stored
     */
    Set<RecordKey> existing(Collection<RecordKey> keys);

    /**
     * A stored confederation.
     *
     * @param code its code
     * @return the confederation, or empty
     */
    Optional<Confederation> confederation(ConfederationCode code);

    /**
     * Every membership of every state in the confederation.
     *
     * @param confederation the confederation
     * @return its memberships, in any order
     */
    List<Membership> memberships(ConfederationCode confederation);

    /**
     * Every presidency term of the confederation.
     *
     * @param confederation the confederation
     * @return its terms, in any order
     */
    List<RotatingPresidency> presidencies(ConfederationCode confederation);

    /**
     * A stored action plan.
     *
     * @param plan its id
     * @return the plan, or empty
     */
    Optional<ActionPlan> plan(PlanId plan);

    /**
     * Every status change of the plan.
     *
     * @param plan the plan
     * @return its events, in any order
     */
    List<PlanEvent> planEvents(PlanId plan);

    /**
     * A lookup of an empty store.
     *
     * @return a lookup that finds nothing
     */
    static RecordLookup empty() {
        return EmptyLookup.INSTANCE;
    }
}
