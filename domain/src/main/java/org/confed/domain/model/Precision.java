package org.confed.domain.model;

/** How much of a {@link PartialDate} is known. */
public enum Precision {
    /** Only the year is known ({@code 2024}). */
    YEAR,
    /** The year and the month are known ({@code 2024-07}). */
    MONTH,
    /** The day is known ({@code 2024-07-06}). */
    DAY
}
