package org.confed.domain.port;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A length of calendar time that meetings are counted by: a day, a month, a year. */
public enum Period {
    /** One day. */
    DAY(ChronoUnit.DAYS),
    /** A calendar month. */
    MONTH(ChronoUnit.MONTHS),
    /** A calendar year. */
    YEAR(ChronoUnit.YEARS);

    private final ChronoUnit unit;

    Period(ChronoUnit unit) {
        this.unit = unit;
    }

    /**
     * The first day of the period a day falls in.
     *
     * @param day a day
     * @return that day, the first of its month, or the first of its year
     */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /**
     * How many periods a span of days touches.
     *
     * @param from the first day
     * @param to   the last day, not before {@code from}
     * @return the number of periods from the one holding {@code from} to the one holding {@code to}, both counted
     */
    public long count(LocalDate from, LocalDate to) {
        return unit.between(start(from), start(to)) + 1;
    }

    /**
     * The period's name as the API writes it.
     *
     * @return {@code day}, {@code month} or {@code year}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
