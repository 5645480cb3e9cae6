package org.confed.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import org.confed.domain.meta.Pattern;

/**
 * A date as a source gives it: a day, a month or a year ({@link CalendarDate}: {@code 2024-07-06}, {@code 2024-07},
 * {@code 2024}), or some day within an interval ({@link DateInterval}, ISO 8601-2 / EDTF level 1:
 * {@code 2024-09/2024-11-05}, {@code ../2024-11-06} on or before, {@code 2024-07-06/..} on or after). Every date
 * stands for a span of days, {@link #firstDay()} to {@link #lastDay()}, an open end being unbounded
 * ({@link LocalDate#MIN}, {@link LocalDate#MAX}). As a start a date is read at its first day, as an end at its last.
 * Dates are ordered by first day, then last day, so {@code 2024-01-01 < 2024-01 < 2024}.
 */
@Pattern(regex = "(\\.\\.|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)(/(\\.\\.|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?))?",
        description = "an ISO 8601 date of day, month or year precision, or an interval of two such dates, either end"
                + " open (..), as in 2024-09/2024-11-05 or ../2024-11-06",
        example = "2024-07-06")
public sealed interface PartialDate extends Comparable<PartialDate> permits CalendarDate, DateInterval {

    /**
     * The first day the date may stand for.
     *
     * @return the first day, or {@link LocalDate#MIN} for an interval open at its start
     */
    LocalDate firstDay();

    /**
     * The last day the date may stand for.
     *
     * @return the last day, or {@link LocalDate#MAX} for an interval open at its end
     */
    LocalDate lastDay();

    /**
     * Reads a date: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or two of them (either may be {@code ..})
     * joined by {@code /}; nothing else.
     *
     * <pre>{@code
     * PartialDate july = PartialDate.parse("2024-07");
     * LocalDate first = july.firstDay(); // 2024-07-01
     * LocalDate last = july.lastDay();   // 2024-07-31
     * PartialDate recently = PartialDate.parse("../2024-11-05");
     * boolean known = recently.isExactDay(); // false
     * }</pre>
     *
     * @param text the text
     * @return the date
     * @throws InvalidFieldException (field {@code date}) for {@code null}, any other text, a day that does not exist,
     *                               or an interval whose end comes before its start
     */
    static PartialDate parse(String text) {
        if (text == null) {
            throw new InvalidFieldException("date", "is required");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return CalendarDate.parse(text);
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            throw new InvalidFieldException("date", Checks.quote(text) + " is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, or two"
                    + " of them joined by one / for an interval (2024-09/2024-11-05)");
        }
        return DateInterval.of(end(text.substring(0, slash), text), end(text.substring(slash + 1), text));
    }

    private static CalendarDate end(String part, String text) {
        if (part.equals("..")) {
            return null;
        }
        try {
            return CalendarDate.parse(part);
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException("date", Checks.quote(text) + " is not a date: each end of an interval is YYYY,"
                    + " YYYY-MM, YYYY-MM-DD or .. (" + e.problem() + ")");
        }
    }

    /**
     * A date known to the day.
     *
     * @param day the day
     * @return the date of day precision
     */
    static CalendarDate ofDay(LocalDate day) {
        return CalendarDate.ofDay(day);
    }

    /**
     * Whether the date names one day.
     *
     * @return whether its first and last days are the same
     */
    default boolean isExactDay() {
        return firstDay().equals(lastDay());
    }

    /**
     * Whether {@code day} falls within the span.
     *
     * @param day a day
     * @return whether it is on or after {@link #firstDay()} and on or before {@link #lastDay()}
     */
    default boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /**
     * Orders by first day, then by last day, so {@code 2024-01-01 < 2024-01 < 2024}; two dates of the same span
     * ({@code 2024} and {@code 2024-01/2024-12}) by their text, so that only equal dates compare as equal.
     *
     * @param other another date
     * @return negative, zero or positive as this date comes before, equals or comes after {@code other}
     */
    @Override
    default int compareTo(PartialDate other) {
        int byFirst = firstDay().compareTo(other.firstDay());
        if (byFirst != 0) {
            return byFirst;
        }
        int byLast = lastDay().compareTo(other.lastDay());
        return byLast != 0 ? byLast : toString().compareTo(other.toString());
    }

    /**
     * Checks an end against this date taken as a start: the end's last day must not come before this date's
     * first day.
     *
     * @param end      the end, or {@code null} for none (then nothing is checked)
     * @param endField the end's field, named in the exception ({@code membership.end})
     * @throws InvalidFieldException (field {@code endField}) when the end comes before the start
     * @throws NullPointerException when {@code endField} is {@code null}
     */
    default void checkEnd(PartialDate end, String endField) {
        Objects.requireNonNull(endField);
        if (end != null && end.lastDay().isBefore(firstDay())) {
            throw new InvalidFieldException(endField, end + " is before the start " + this);
        }
    }
}
