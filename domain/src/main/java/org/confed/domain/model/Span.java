package org.confed.domain.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A run of whole days, both ends inclusive; an absent last day means the span is still open.
 *
 * @param first the first day
 * @param last  the last day, or {@code null} while open
 */
public record Span(LocalDate first, LocalDate last) {

    /**
     * Checks that the span has a first day and does not end before it.
     *
     * @param first the first day
     * @param last  the last day, or {@code null} while open
     * @throws InvalidFieldException when {@code first} is absent (field {@code span.first}) or {@code last} comes
     *                               before it (field {@code span.last})
     */
    public Span {
        Checks.required(first, "span.first");
        if (last != null && last.isBefore(first)) {
            throw new InvalidFieldException("span.last", last + " is before " + first);
        }
    }

    /**
     * The span a start and an optional end stand for: the start's first day to the end's last day.
     *
     * @param start the start
     * @param end   the end, or {@code null} while open
     * @return the span
     * @throws InvalidFieldException (field {@code span.last}) when the end comes before the start
     * @throws NullPointerException  when {@code start} is {@code null}
     */
    public static Span of(PartialDate start, PartialDate end) {
        return new Span(start.firstDay(), end == null ? null : end.lastDay());
    }

    /**
     * Whether the span has no last day yet.
     *
     * @return whether {@link #last()} is {@code null}
     */
    public boolean isOpen() {
        return last == null;
    }

    /**
     * The last day, when there is one.
     *
     * @return {@link #last()}, or empty while open
     */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(last);
    }

    /**
     * Whether the span covers {@code day}, both ends included.
     *
     * @param day a day
     * @return whether it is on or after the first day and, unless open, on or before the last
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && (last == null || !day.isAfter(last));
    }

    /**
     * Whether the two spans share at least one day.
     *
     * @param other another span
     * @return whether some day is in both
     */
    public boolean overlaps(Span other) {
        boolean otherStartsAfterThisEnds = last != null && other.first.isAfter(last);
        boolean thisStartsAfterOtherEnds = other.last != null && first.isAfter(other.last);
        return !otherStartsAfterThisEnds && !thisStartsAfterOtherEnds;
    }

    /**
     * The span for a message.
     *
     * @return {@code first..last}, or {@code first..} while open
     */
    @Override
    public String toString() {
        return first + ".." + (last == null ? "" : last);
    }
}
