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

    /**
     * Checks that the recorded term is present.
     *
     * @param term       the recorded term
     * @param lastDay    the last day it covers, inclusive; {@code null} while open
     * @param plannedEnd the day it was planned to end; {@code null} when the term length is not known
     * @throws NullPointerException when {@code term} is {@code null}
     */
    public PresidencyTerm {
        Objects.requireNonNull(term, "term");
    }

    /**
     * The days the term covers.
     *
     * @return from the start's first day to {@link #lastDay()}, or open
     * @throws org.confed.domain.model.InvalidFieldException when {@link #lastDay()} comes before the start
     */
    public Span span() {
        return new Span(term.start().firstDay(), lastDay);
    }

    /**
     * Whether the term runs on: it has no end and no term follows it.
     *
     * @return whether {@link #lastDay()} is {@code null}
     */
    public boolean isOpen() {
        return lastDay == null;
    }

    /**
     * The day the term was planned to end.
     *
     * @return {@link #plannedEnd()}, or empty when the term length is not known
     */
    public Optional<LocalDate> planned() {
        return Optional.ofNullable(plannedEnd);
    }

    /**
     * Whether the term covers {@code day}.
     *
     * @param day a day
     * @return whether {@link #span()} contains it
     */
    public boolean coversDay(LocalDate day) {
        return span().contains(day);
    }
}
