package org.confed.domain.model;

/** How much of a {@link PartialDate} is known. */
public enum Precision {
    YEAR,
    MONTH,
    DAY
}
