package org.confed.domain.schema;

/** What a date field means for the record's place in time. */
public enum TemporalRole {
    /** Not a date that places the record in time. */
    NONE,
    /** The first day the record holds. */
    VALID_FROM,
    /** The last day the record holds, inclusive. */
    VALID_TO,
    /** The day a one-off fact happened. */
    EVENT
}
