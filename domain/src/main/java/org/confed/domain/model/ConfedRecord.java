package org.confed.domain.model;

/**
 * One fact of the registry, of one of the types of the interchange format. The set is closed, so a
 * {@code switch} over it needs no {@code default} and the compiler finds every case.
 */
public sealed interface ConfedRecord
        permits Source, State, Confederation, Person, Post, Meeting, Instrument, Membership, OfficeTerm,
        RotatingPresidency, ActionPlan, PlanEvent {

    /**
     * The natural key: importing a record with the same key updates this one.
     *
     * @return the record's type name and the values of its key fields
     */
    RecordKey key();
}
