package org.confed.domain.port;

import java.time.LocalDate;

/**
 * How many meetings began in one period.
 *
 * @param start    the period's first day
 * @param meetings how many meetings have their first day in it, at least 1
 */
public record PeriodCount(LocalDate start, long meetings) {
}
