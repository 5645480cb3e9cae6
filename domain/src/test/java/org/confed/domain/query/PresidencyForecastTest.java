package org.confed.domain.query;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.BFA;
import static org.confed.domain.fixtures.AesFacts.MLI;
import static org.confed.domain.fixtures.AesFacts.NER;
import static org.confed.domain.fixtures.AesFacts.date;
import static org.confed.domain.fixtures.AesFacts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.Membership;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.junit.jupiter.api.Test;

class PresidencyForecastTest {

    private static PresidencyHistory aes() {
        return PresidencyHistory.of(Optional.ofNullable(AesFacts.confederation().presidencyTerm()), AesFacts.presidencies());
    }

    private static Confederation aesWith(TermLength term, List<StateCode> rotation) {
        Confederation aes = AesFacts.confederation();
        return new Confederation(aes.code(), aes.name(), null, aes.names(), aes.founded(), aes.foundingInstrument(),
                aes.headquarters(), term, rotation, aes.pillars(), aes.sources(), null);
    }

    @Test
    void after_burkina_faso_the_presidency_passes_to_niger_then_mali_each_for_a_year() {
        List<ForecastTerm> forecast = aes().forecast(AesFacts.confederation(), AesFacts.memberships(), 3);

        assertEquals(List.of(
                new ForecastTerm(AES, NER, day("2026-12-23"), day("2027-12-22")),
                new ForecastTerm(AES, MLI, day("2027-12-23"), day("2028-12-22")),
                new ForecastTerm(AES, BFA, day("2028-12-23"), day("2029-12-22"))), forecast);
    }

    @Test
    void a_state_that_is_not_a_member_on_the_first_day_of_its_turn_is_skipped() {
        List<Membership> nigerLeaves = new ArrayList<>(AesFacts.memberships());
        nigerLeaves.set(2, new Membership(AES, NER, date("2023-09-16"), date("2026-12-22"), null, null, null, List.of(), null));

        List<ForecastTerm> forecast = aes().forecast(AesFacts.confederation(), nigerLeaves, 3);

        assertEquals(List.of(MLI, BFA, MLI), forecast.stream().map(ForecastTerm::state).toList());
        assertEquals(day("2026-12-23"), forecast.get(0).firstDay());
    }

    @Test
    void a_latest_term_with_an_explicit_end_is_followed_the_next_day() {
        PresidencyHistory history = PresidencyHistory.of(Optional.of(TermLength.parse("P1Y")), List.of(
                AesFacts.presidencies().get(0),
                new RotatingPresidency(AES, BFA, null, date("2025-12-23"), date("2026-06-30"), null, null, List.of(), null)));

        ForecastTerm next = history.forecast(AesFacts.confederation(), AesFacts.memberships(), 1).get(0);

        assertEquals(new ForecastTerm(AES, NER, day("2026-07-01"), day("2027-06-30")), next);
    }

    @Test
    void a_history_read_without_the_term_length_still_forecasts_from_the_confederations_own() {
        PresidencyHistory history = PresidencyHistory.of(Optional.empty(), AesFacts.presidencies());

        ForecastTerm next = history.forecast(AesFacts.confederation(), AesFacts.memberships(), 1).get(0);

        assertEquals(new ForecastTerm(AES, NER, day("2026-12-23"), day("2027-12-22")), next);
    }

    @Test
    void six_month_terms_follow_each_other() {
        Confederation halfYears = aesWith(TermLength.parse("P6M"), List.of(MLI, BFA, NER));
        PresidencyHistory history = PresidencyHistory.of(Optional.of(TermLength.parse("P6M")),
                List.of(new RotatingPresidency(AES, MLI, null, date("2025-01-01"), null, null, null, List.of(), null)));

        List<ForecastTerm> forecast = history.forecast(halfYears, AesFacts.memberships(), 2);

        assertEquals(List.of(
                new ForecastTerm(AES, BFA, day("2025-07-01"), day("2025-12-31")),
                new ForecastTerm(AES, NER, day("2026-01-01"), day("2026-06-30"))), forecast);
    }

    @Test
    void a_forecast_of_no_terms_is_empty() {
        assertEquals(List.of(), aes().forecast(AesFacts.confederation(), AesFacts.memberships(), 0));
    }

    @Test
    void a_negative_count_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> aes().forecast(AesFacts.confederation(), AesFacts.memberships(), -1));
    }

    @Test
    void without_a_rotation_there_is_no_forecast() {
        ForecastException refused = assertThrows(ForecastException.class,
                () -> aes().forecast(aesWith(TermLength.parse("P1Y"), List.of()), AesFacts.memberships(), 1));

        assertEquals("AES has no rotation to forecast with", refused.getMessage());
    }

    @Test
    void without_a_term_length_there_is_no_forecast() {
        ForecastException refused = assertThrows(ForecastException.class,
                () -> aes().forecast(aesWith(null, List.of(MLI, BFA, NER)), AesFacts.memberships(), 1));

        assertEquals("AES has no presidency_term to forecast with", refused.getMessage());
    }

    @Test
    void without_a_recorded_term_there_is_no_forecast() {
        PresidencyHistory empty = PresidencyHistory.of(Optional.empty(), List.of());

        assertThrows(ForecastException.class, () -> empty.forecast(AesFacts.confederation(), AesFacts.memberships(), 1));
    }

    @Test
    void a_presiding_state_outside_the_rotation_cannot_be_forecast_from() {
        Confederation withoutBurkina = aesWith(TermLength.parse("P1Y"), List.of(MLI, NER));

        ForecastException refused = assertThrows(ForecastException.class,
                () -> aes().forecast(withoutBurkina, AesFacts.memberships(), 1));

        assertTrue(refused.getMessage().contains("BFA"), refused.getMessage());
    }

    @Test
    void when_no_state_of_the_rotation_is_a_member_there_is_no_forecast() {
        List<Membership> allLeave = AesFacts.memberships().stream()
                .map(membership -> new Membership(AES, membership.state(), membership.start(), date("2026-06"), null, null, null, List.of(), null))
                .toList();

        assertThrows(ForecastException.class, () -> aes().forecast(AesFacts.confederation(), allLeave, 1));
    }
}
