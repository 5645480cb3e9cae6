package org.confed.domain.model;

import java.time.LocalDate;

/**
 * Some day within an interval: {@code 2024-09/2024-11-05}, {@code ../2024-11-06} (on or before),
 * {@code 2024-07-06/..} (on or after). Each end is a {@link CalendarDate} of any precision, inclusive, or open.
 *
 * @param from the interval's start, or {@code null} when open
 * @param to   the interval's end, or {@code null} when open
 */
public record DateInterval(CalendarDate from, CalendarDate to) implements PartialDate {

    /**
     * Checks that at least one end is given and that the end does not come before the start.
     *
     * @param from the interval's start, or {@code null} when open
     * @param to   the interval's end, or {@code null} when open
     * @throws InvalidFieldException (field {@code date}) when both ends are open, or the end's last day comes before
     *                               the start's first day ({@code 2024-10/2024-09})
     */
    public DateInterval {
        if (from == null && to == null) {
            throw new InvalidFieldException("date", "\"../..\" is not a date: give at least one end");
        }
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            throw new InvalidFieldException("date", "\"" + from + "/" + to + "\" is not a date: its end " + to
                    + " comes before its start " + from);
        }
    }

    /**
     * An interval.
     *
     * @param from its start, or {@code null} when open
     * @param to   its end, or {@code null} when open
     * @return the interval
     * @throws InvalidFieldException as the constructor does
     */
    public static DateInterval of(CalendarDate from, CalendarDate to) {
        return new DateInterval(from, to);
    }

    @Override
    public LocalDate firstDay() {
        return from == null ? LocalDate.MIN : from.firstDay();
    }

    @Override
    public LocalDate lastDay() {
        return to == null ? LocalDate.MAX : to.lastDay();
    }

    /**
     * The interval as {@link PartialDate#parse} reads it.
     *
     * @return {@code from/to}, an open end written {@code ..}
     */
    @Override
    public String toString() {
        return (from == null ? ".." : from.toString()) + "/" + (to == null ? ".." : to.toString());
    }
}
