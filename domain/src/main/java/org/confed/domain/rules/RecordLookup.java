package org.confed.domain.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;

/**
 * What the rules and the "as of" answers need to know of the records already stored: whether keys exist, one record
 * by its key, and the records of a type that refer to another. A store implements the three abstract methods; the
 * rest follow from them.
 */
public interface RecordLookup {

    /**
     * Which of {@code keys} name stored records.
     *
     * @param keys the keys to look for
     * @return those of them that are stored
     */
    Set<RecordKey> existing(Collection<RecordKey> keys);

    /**
     * A stored record.
     *
     * @param <R>  the record type
     * @param type the record type
     * @param key  its key
     * @return the record, or empty when none of that type has that key
     */
    <R extends ConfedRecord> Optional<R> record(Class<R> type, RecordKey key);

    /**
     * The stored records of one type that refer to a record, through any of their reference fields
     * ({@link org.confed.domain.meta.References}): the memberships of a confederation, the events of a plan, the
     * presidencies a person held.
     *
     * @param <R>    the referring type
     * @param type   the referring type
     * @param target the key of the record referred to
     * @return every such record, in key order
     */
    <R extends ConfedRecord> List<R> referring(Class<R> type, RecordKey target);

    /**
     * A stored confederation.
     *
     * @param code its code
     * @return the confederation, or empty
     */
    default Optional<Confederation> confederation(ConfederationCode code) {
        return record(Confederation.class, RecordKey.of(Confederation.class, code));
    }

    /**
     * Every stored membership of a confederation.
     *
     * @param confederation the confederation's code
     * @return its memberships, in key order
     */
    default List<Membership> memberships(ConfederationCode confederation) {
        return referring(Membership.class, RecordKey.of(Confederation.class, confederation));
    }

    /**
     * Every stored presidency term of a confederation.
     *
     * @param confederation the confederation's code
     * @return its terms, in key order
     */
    default List<RotatingPresidency> presidencies(ConfederationCode confederation) {
        return referring(RotatingPresidency.class, RecordKey.of(Confederation.class, confederation));
    }

    /**
     * A stored action plan.
     *
     * @param plan its id
     * @return the plan, or empty
     */
    default Optional<ActionPlan> plan(PlanId plan) {
        return record(ActionPlan.class, RecordKey.of(ActionPlan.class, plan));
    }

    /**
     * Every stored event of a plan.
     *
     * @param plan the plan's id
     * @return its events, in key order
     */
    default List<PlanEvent> planEvents(PlanId plan) {
        return referring(PlanEvent.class, RecordKey.of(ActionPlan.class, plan));
    }

    /**
     * A lookup that knows of no record: the rules checked against it see only the records given to them.
     *
     * @return the empty lookup
     */
    static RecordLookup empty() {
        return EmptyLookup.INSTANCE;
    }
}
