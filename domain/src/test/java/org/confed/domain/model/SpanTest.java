package org.confed.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpanTest {
    private static Span span(String first, String last) {
        return new Span(LocalDate.parse(first), last == null ? null : LocalDate.parse(last));
    }

    @Test
    void both_ends_are_inclusive() {
        Span term = span("2025-01-01", "2025-06-30");

        assertTrue(term.contains(LocalDate.parse("2025-01-01")));
        assertTrue(term.contains(LocalDate.parse("2025-06-30")));
        assertFalse(term.contains(LocalDate.parse("2024-12-31")));
        assertFalse(term.contains(LocalDate.parse("2025-07-01")));
    }

    @Test
    void an_open_span_runs_on_forever() {
        Span open = span("2025-01-01", null);

        assertTrue(open.isOpen());
        assertTrue(open.contains(LocalDate.parse("9999-12-31")));
        assertTrue(open.lastDay().isEmpty());
    }

    @Test
    void spans_that_share_one_day_overlap() {
        assertTrue(span("2025-01-01", "2025-06-30").overlaps(span("2025-06-30", "2025-12-31")));
        assertTrue(span("2025-06-30", "2025-12-31").overlaps(span("2025-01-01", "2025-06-30")));
    }

    @Test
    void adjacent_spans_do_not_overlap() {
        assertFalse(span("2025-01-01", "2025-06-30").overlaps(span("2025-07-01", null)));
        assertFalse(span("2025-07-01", null).overlaps(span("2025-01-01", "2025-06-30")));
    }

    @Test
    void open_spans_overlap_everything_after_their_start() {
        assertTrue(span("2025-01-01", null).overlaps(span("2030-01-01", null)));
        assertTrue(span("2025-01-01", null).overlaps(span("2020-01-01", "2025-01-01")));
        assertFalse(span("2025-01-01", null).overlaps(span("2020-01-01", "2024-12-31")));
    }

    @Test
    void a_partial_start_and_end_stand_for_the_first_and_last_days_of_their_spans() {
        Span span = Span.of(PartialDate.parse("2024-07"), PartialDate.parse("2025"));

        assertEquals(span("2024-07-01", "2025-12-31"), span);
        assertEquals(span("2024-01-01", null), Span.of(PartialDate.parse("2024"), null));
    }

    @Test
    void a_span_cannot_end_before_it_starts() {
        assertThrows(InvalidFieldException.class, () -> span("2025-01-02", "2025-01-01"));
        assertThrows(InvalidFieldException.class, () -> new Span(null, null));
    }
}
