package org.confed.domain.query;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.Span;

/**
 * A presidency term as it played out: the recorded term, the day it actually ends (its own end, or the day
 * before the next term starts, or none while open), and the day it was planned to end.
 *
 * @param term       the recorded term
 * @param lastDay    the last day it covers, inclusive; {@code null} while open
 * @param plannedEnd the start's first day plus the confederation's term length, less one day; {@code null}
 *                   when the term length is not known
 */
public record PresidencyTerm(RotatingPresidency term, LocalDate lastDay, LocalDate plannedEnd) {

    public PresidencyTerm {
        Objects.requireNonNull(term, "term");
    }

    /** The days the term covers. */
    public Span span() {
        return new Span(term.start().firstDay(), lastDay);
    }

    public boolean isOpen() {
        return lastDay == null;
    }

    public Optional<LocalDate> planned() {
        return Optional.ofNullable(plannedEnd);
    }

    /** Whether the term covers {@code day}. */
    public boolean coversDay(LocalDate day) {
        return span().contains(day);
    }
}
