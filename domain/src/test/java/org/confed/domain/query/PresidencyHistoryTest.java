package org.confed.domain.query;

import static org.confed.domain.fixtures.AesFacts.AES;
import static org.confed.domain.fixtures.AesFacts.BFA;
import static org.confed.domain.fixtures.AesFacts.MLI;
import static org.confed.domain.fixtures.AesFacts.NER;
import static org.confed.domain.fixtures.AesFacts.date;
import static org.confed.domain.fixtures.AesFacts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;
import org.junit.jupiter.api.Test;

class PresidencyHistoryTest {
    private static final Optional<TermLength> ONE_YEAR = Optional.of(TermLength.parse("P1Y"));

    private static RotatingPresidency term(StateCode state, String start, String end) {
        return new RotatingPresidency(AES, state, null, date(start), end == null ? null : date(end), null, null, List.of(), null);
    }

    private static PresidencyHistory aes() {
        return PresidencyHistory.of(ONE_YEAR, AesFacts.presidencies());
    }

    @Test
    void a_term_without_end_runs_to_the_day_before_the_next_term_starts() {
        PresidencyTerm mali = aes().on(day("2024-11-06")).orElseThrow();

        assertEquals(MLI, mali.term().state());
        assertEquals(day("2025-12-22"), mali.lastDay());
        assertEquals(MLI, aes().on(day("2025-12-22")).orElseThrow().term().state());
        assertEquals(BFA, aes().on(day("2025-12-23")).orElseThrow().term().state());
    }

    @Test
    void the_latest_term_without_end_is_open() {
        PresidencyTerm burkina = aes().on(day("2030-01-01")).orElseThrow();

        assertEquals(BFA, burkina.term().state());
        assertTrue(burkina.isOpen());
        assertNull(burkina.lastDay());
    }

    @Test
    void presidency_before_the_first_term_is_empty() {
        assertTrue(aes().on(day("2024-07-05")).isEmpty());
        assertEquals(MLI, aes().on(day("2024-07-06")).orElseThrow().term().state());
    }

    @Test
    void presidency_on_a_date_between_terms_is_empty() {
        PresidencyHistory history = PresidencyHistory.of(ONE_YEAR, List.of(
                term(MLI, "2024-07-06", "2025-07-05"), term(BFA, "2025-12-23", null)));

        assertEquals(MLI, history.on(day("2025-07-05")).orElseThrow().term().state());
        assertTrue(history.on(day("2025-07-06")).isEmpty());
        assertTrue(history.on(day("2025-12-22")).isEmpty());
        assertEquals(BFA, history.on(day("2025-12-23")).orElseThrow().term().state());
    }

    @Test
    void the_planned_end_is_the_start_plus_the_term_length_less_one_day() {
        List<PresidencyTerm> terms = aes().terms();

        assertEquals(day("2025-07-05"), terms.get(0).plannedEnd());
        assertEquals(day("2026-12-22"), terms.get(1).plannedEnd());
        assertEquals(Optional.of(day("2026-12-22")), terms.get(1).planned());
    }

    @Test
    void a_six_month_term_from_the_first_of_january_is_planned_to_end_on_the_thirtieth_of_june() {
        PresidencyTerm term = PresidencyHistory.played(term(MLI, "2025-01-01", null), null, Optional.of(TermLength.parse("P6M")));

        assertEquals(day("2025-06-30"), term.plannedEnd());
    }

    @Test
    void without_a_term_length_there_is_no_planned_end() {
        PresidencyTerm term = PresidencyHistory.of(Optional.empty(), AesFacts.presidencies()).terms().get(0);

        assertNull(term.plannedEnd());
        assertTrue(term.planned().isEmpty());
        assertEquals(day("2025-12-22"), term.lastDay());
    }

    @Test
    void a_term_starting_in_a_month_starts_on_its_first_day() {
        PresidencyHistory history = PresidencyHistory.of(ONE_YEAR, List.of(term(BFA, "2025-12", null)));

        assertTrue(history.on(day("2025-11-30")).isEmpty());
        assertEquals(BFA, history.on(day("2025-12-01")).orElseThrow().term().state());
        assertEquals(day("2026-11-30"), history.terms().get(0).plannedEnd());
    }

    @Test
    void a_term_starting_in_a_year_starts_on_the_first_of_january() {
        PresidencyHistory history = PresidencyHistory.of(ONE_YEAR, List.of(term(BFA, "2025", null), term(NER, "2026", null)));

        assertEquals(day("2025-12-31"), history.terms().get(0).lastDay());
        assertEquals(day("2025-12-31"), history.terms().get(0).plannedEnd());
        assertEquals(NER, history.on(day("2026-01-01")).orElseThrow().term().state());
    }

    @Test
    void an_explicit_end_of_month_precision_ends_on_the_months_last_day() {
        PresidencyHistory history = PresidencyHistory.of(ONE_YEAR, List.of(term(MLI, "2024-07-06", "2025-06")));

        assertEquals(day("2025-06-30"), history.terms().get(0).lastDay());
        assertTrue(history.on(day("2025-07-01")).isEmpty());
    }

    @Test
    void terms_come_oldest_first_whatever_order_they_were_given_in() {
        PresidencyHistory history = PresidencyHistory.of(ONE_YEAR, List.of(
                term(NER, "2026-12-23", null), term(MLI, "2024-07-06", null), term(BFA, "2025-12-23", null)));

        assertEquals(List.of(MLI, BFA, NER), history.terms().stream().map(term -> term.term().state()).toList());
        assertEquals(NER, history.latest().orElseThrow().term().state());
    }

    @Test
    void an_empty_history_has_no_presidency_and_no_latest_term() {
        PresidencyHistory history = PresidencyHistory.of(ONE_YEAR, List.of());

        assertTrue(history.on(day("2025-01-01")).isEmpty());
        assertTrue(history.latest().isEmpty());
    }
}
