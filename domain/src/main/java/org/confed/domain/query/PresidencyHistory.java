package org.confed.domain.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Membership;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.confed.domain.rules.Consistency;

/**
 * The presidency terms of one confederation, oldest first, with the answers that need all of them:
 * who presided on a day, and who will preside next.
 *
 * <pre>{@code
 * PresidencyHistory history = PresidencyHistory.of(Optional.of(TermLength.parse("P1Y")), terms);
 * PresidencyTerm then = history.on(LocalDate.parse("2024-11-06")).orElseThrow();
 * ForecastTerm next = history.forecast(confederation, memberships, 1).get(0);
 * }</pre>
 */
public final class PresidencyHistory {
    private final List<PresidencyTerm> terms;

    private PresidencyHistory(List<PresidencyTerm> terms) {
        this.terms = List.copyOf(terms);
    }

    /**
     * The history of one confederation's terms.
     *
     * @param termLength the confederation's {@code presidency_term}, if known, for planned ends
     * @param recorded   the confederation's recorded terms, in any order; they must not overlap (as
     *                   {@link Consistency} ensures for stored terms)
     * @return the terms as they played out, oldest first
     */
    public static PresidencyHistory of(Optional<TermLength> termLength, Collection<RotatingPresidency> recorded) {
        List<RotatingPresidency> sorted = recorded.stream()
                .sorted(Comparator.comparing((RotatingPresidency term) -> term.start().firstDay())).toList();
        List<PresidencyTerm> terms = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            RotatingPresidency term = sorted.get(i);
            terms.add(played(term, i + 1 < sorted.size() ? sorted.get(i + 1) : null, termLength));
        }
        return new PresidencyHistory(terms);
    }

    /**
     * A term as it played out: it ends on its own end, else the day before the next term starts, else it is open.
     *
     * @param term       the recorded term
     * @param next       the term that follows it, or {@code null}
     * @param termLength the confederation's term length, if known, for the planned end
     * @return the term with its actual and planned last days
     */
    public static PresidencyTerm played(RotatingPresidency term, RotatingPresidency next, Optional<TermLength> termLength) {
        LocalDate lastDay = term.end() != null ? term.end().lastDay()
                : next != null ? next.start().firstDay().minusDays(1)
                : null;
        LocalDate planned = termLength.map(length -> length.lastDayFrom(term.start().firstDay())).orElse(null);
        return new PresidencyTerm(term, lastDay, planned);
    }

    /**
     * Every term.
     *
     * @return the terms, oldest first
     */
    public List<PresidencyTerm> terms() {
        return terms;
    }

    /**
     * The term covering {@code day}.
     *
     * @param day a day
     * @return the term, or empty when nobody presided that day
     */
    public Optional<PresidencyTerm> on(LocalDate day) {
        for (int i = terms.size() - 1; i >= 0; i--) {
            PresidencyTerm term = terms.get(i);
            if (!term.term().start().firstDay().isAfter(day)) {
                return term.coversDay(day) ? Optional.of(term) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The latest term.
     *
     * @return the term that started last, or empty when there is none
     */
    public Optional<PresidencyTerm> latest() {
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(terms.size() - 1));
    }

    /**
     * The next {@code count} terms: each starts the day after the previous one ends (the latest term's own end,
     * else its planned end) and lasts the confederation's term length; the presidency passes to the next state
     * in the rotation that is a member on the term's first day.
     *
     * @param confederation the confederation, with its rotation and term length
     * @param memberships   its memberships, to skip states that are not members
     * @param count         how many terms to forecast
     * @return the next {@code count} terms, in order
     * @throws ForecastException when the confederation has no rotation or term length, no term is recorded,
     *                           the latest presiding state is not in the rotation, or no state in it is a member
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public List<ForecastTerm> forecast(Confederation confederation, Collection<Membership> memberships, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        TermLength length = Optional.ofNullable(confederation.presidencyTerm()).orElseThrow(() ->
                new ForecastException(confederation.code() + " has no presidency_term to forecast with"));
        if (confederation.rotation().isEmpty()) {
            throw new ForecastException(confederation.code() + " has no rotation to forecast with");
        }
        PresidencyTerm last = latest().orElseThrow(() ->
                new ForecastException(confederation.code() + " has no presidency term to forecast from"));
        StateCode state = last.term().state();
        if (!confederation.rotation().contains(state)) {
            throw new ForecastException(state + " presides " + confederation.code() + " but is not in its rotation");
        }
        // The confederation's own term length, not the one this history was read with (which may be absent).
        LocalDate lastDay = last.term().end() != null ? last.term().end().lastDay()
                : length.lastDayFrom(last.term().start().firstDay());
        List<ForecastTerm> forecast = new ArrayList<>(count);
        while (forecast.size() < count) {
            LocalDate firstDay = lastDay.plusDays(1);
            state = nextMember(confederation, memberships, state, firstDay);
            lastDay = length.lastDayFrom(firstDay);
            forecast.add(new ForecastTerm(confederation.code(), state, firstDay, lastDay));
        }
        return forecast;
    }

    private static StateCode nextMember(Confederation confederation, Collection<Membership> memberships, StateCode after,
                                        LocalDate firstDay) {
        StateCode candidate = after;
        for (int step = 0; step < confederation.rotation().size(); step++) {
            candidate = confederation.nextInRotation(candidate).orElseThrow();
            if (Consistency.isMember(memberships, candidate, firstDay)) {
                return candidate;
            }
        }
        throw new ForecastException("no state in " + confederation.code() + "'s rotation is a member on " + firstDay);
    }
}
