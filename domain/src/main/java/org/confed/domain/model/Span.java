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

    /** @throws InvalidFieldException when {@code first} is absent or {@code last} comes before it */
    public Span {
        Checks.required(first, "span.first");
        if (last != null && last.isBefore(first)) {
            throw new InvalidFieldException("span.last", last + " is before " + first);
        }
    }

    /** The span a start and an optional end stand for: the start's first day to the end's last day. */
    public static Span of(PartialDate start, PartialDate end) {
        return new Span(start.firstDay(), end == null ? null : end.lastDay());
    }

    public boolean isOpen() {
        return last == null;
    }

    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(last);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && (last == null || !day.isAfter(last));
    }

    /** Whether the two spans share at least one day. */
    public boolean overlaps(Span other) {
        boolean otherStartsAfterThisEnds = last != null && other.first.isAfter(last);
        boolean thisStartsAfterOtherEnds = other.last != null && first.isAfter(other.last);
        return !otherStartsAfterThisEnds && !thisStartsAfterOtherEnds;
    }

    @Override
    public String toString() {
        return first + ".." + (last == null ? "" : last);
    }
}
