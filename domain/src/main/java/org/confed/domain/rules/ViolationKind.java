package org.confed.domain.rules;

/** Which rule across records a write breaks. */
public enum ViolationKind {
    /** A reference points at a record that is neither stored nor written with it. */
    MISSING_REFERENCE,
    /** Two memberships of one state in one confederation, or two presidency terms, share a day. */
    OVERLAP,
    /** A presiding state is not a member on the first day of its term. */
    NOT_A_MEMBER,
    /** A plan's status changes in a way the state machine does not allow. */
    ILLEGAL_MOVE,
    /** A plan's pillar is not one of its confederation's pillars. */
    UNKNOWN_PILLAR,
    /** One batch holds two different records with the same key. */
    DUPLICATE_KEY
}
