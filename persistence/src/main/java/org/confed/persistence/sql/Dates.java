package org.confed.persistence.sql;

import java.time.LocalDate;
import java.util.Locale;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Precision;

/** A {@link PartialDate} in its three columns: {@code X_first}, {@code X_last}, {@code X_precision}. */
final class Dates {
    private Dates() {
    }

    static LocalDate first(PartialDate date) {
        return date == null ? null : date.firstDay();
    }

    static LocalDate last(PartialDate date) {
        return date == null ? null : date.lastDay();
    }

    static String precision(PartialDate date) {
        return date == null ? null : date.precision().name().toLowerCase(Locale.ROOT);
    }

    /** The date from its first day and precision; {@code null} when the first day is. */
    static PartialDate of(LocalDate first, String precision) {
        if (first == null) {
            return null;
        }
        return new PartialDate(first, Precision.valueOf(precision.toUpperCase(Locale.ROOT)));
    }
}
