package org.confed.domain.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confed.domain.generate.Choices;
import org.confed.domain.generate.Generate;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;

/** What holds for every presidency forecast: adjacent terms of the right length, states in rotation order. */
final class ForecastProperties {
    private static final ConfederationCode CODE = ConfederationCode.of("AES");

    private ForecastProperties() {
    }

    static void forecastTermsFollowEachOtherInRotation(Choices choices, String where) {
        List<StateCode> rotation = Generate.rotation(choices);
        TermLength length = Generate.termLength(choices);
        Confederation confederation = new Confederation(CODE, "AES", null, null, null, null, null, length, rotation, null, null, null);
        List<Membership> memberships = new ArrayList<>();
        for (StateCode state : Generate.STATES) {
            int shape = choices.between(0, 4);
            if (shape == 0) {
                continue; // never a member
            }
            PartialDate start = shape == 1 ? Generate.date(choices, 2000, 2030) : CalendarDate.ofYear(1990);
            PartialDate end = shape == 2 ? Generate.date(choices, 2031, 2040) : null;
            memberships.add(new Membership(CODE, state, start, end, null, null, null, List.of(), null));
        }
        PartialDate firstStart = Generate.date(choices, 2000, 2010);
        List<RotatingPresidency> recorded = new ArrayList<>();
        recorded.add(new RotatingPresidency(CODE, choices.oneOf(rotation), null, firstStart, null, null, null, List.of(), null));
        RotatingPresidency latest = recorded.get(0);
        if (choices.coin()) {
            PartialDate start = PartialDate.ofDay(firstStart.lastDay().plusDays(choices.between(1, 800)));
            latest = new RotatingPresidency(CODE, choices.oneOf(rotation), null, start, Generate.endFor(choices, start, 2015),
                    null, null, List.of(), null);
            recorded.add(latest);
        }
        int count = choices.between(1, 15);
        PresidencyHistory history = PresidencyHistory.of(choices.coin() ? Optional.of(length) : Optional.empty(), recorded);
        String shown = where + ": rotation " + rotation + ", term " + length + ", latest " + latest.state() + " from "
                + latest.start() + (latest.end() == null ? "" : " to " + latest.end()) + ", memberships "
                + memberships.stream().map(m -> m.state() + " " + m.span()).toList();

        List<ForecastTerm> forecast = new ArrayList<>();
        ForecastException stopped = null;
        for (int k = 1; k <= count && stopped == null; k++) {
            try {
                forecast = history.forecast(confederation, memberships, k);
            } catch (ForecastException e) {
                stopped = e;
            }
        }

        LocalDate previousLast = latest.end() != null ? latest.end().lastDay() : length.lastDayFrom(latest.start().firstDay());
        StateCode previousState = latest.state();
        for (ForecastTerm term : forecast) {
            String at = shown + ", term " + term;
            assertEquals(CODE, term.confederation(), at);
            assertEquals(previousLast.plusDays(1), term.firstDay(), at + " starts the day after the previous term ends");
            assertEquals(length.lastDayFrom(term.firstDay()), term.lastDay(), at + " lasts the term length");
            assertFalse(term.lastDay().isBefore(term.firstDay()), at);
            assertTrue(isMember(memberships, term.state(), term.firstDay()), at + " goes to a member");
            for (StateCode skipped : between(rotation, previousState, term.state())) {
                assertFalse(isMember(memberships, skipped, term.firstDay()), at + " skips " + skipped + ", a member");
            }
            previousLast = term.lastDay();
            previousState = term.state();
        }
        if (stopped != null) {
            LocalDate firstDay = previousLast.plusDays(1);
            assertTrue(rotation.stream().noneMatch(state -> isMember(memberships, state, firstDay)),
                    shown + ": forecast stopped (" + stopped.getMessage() + ") although a state of the rotation is a member on "
                            + firstDay);
        } else {
            assertEquals(count, forecast.size(), shown);
        }
    }

    private static boolean isMember(List<Membership> memberships, StateCode state, LocalDate day) {
        return memberships.stream().anyMatch(membership -> membership.state().equals(state) && membership.coversDay(day));
    }

    /** The states strictly after {@code from} and before {@code to} going round the rotation. */
    private static List<StateCode> between(List<StateCode> rotation, StateCode from, StateCode to) {
        List<StateCode> skipped = new ArrayList<>();
        int index = rotation.indexOf(from);
        for (int step = 1; step < rotation.size(); step++) {
            StateCode candidate = rotation.get((index + step) % rotation.size());
            if (candidate.equals(to)) {
                return skipped;
            }
            skipped.add(candidate);
        }
        return skipped;
    }
}
