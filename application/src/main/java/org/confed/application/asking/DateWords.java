package org.confed.application.asking;

import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.DateInterval;
import org.confed.domain.model.PartialDate;

/** A date known only as a span, in the words answers and the audit use for it. */
public final class DateWords {
    private DateWords() {
    }

    /**
     * {@code some day on or before 2024-11-05}, {@code some day from 2024-09 to 2024-11-05}, {@code some day of
     * 2025-01 (2025-01-01 to 2025-01-31)}.
     *
     * @param date a date of more than one day
     * @return the days it may be, in words
     */
    public static String span(PartialDate date) {
        if (date instanceof DateInterval interval) {
            CalendarDate from = interval.from();
            CalendarDate to = interval.to();
            return from == null ? "some day on or before " + to : to == null ? "some day on or after " + from
                    : "some day from " + from + " to " + to;
        }
        return "some day of " + date + " (" + date.firstDay() + " to " + date.lastDay() + ")";
    }
}
