package org.confed.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void a_day_is_read_to_the_day() {
        CalendarDate date = CalendarDate.parse("2024-07-06");

        assertEquals(Precision.DAY, date.precision());
        assertEquals(LocalDate.of(2024, 7, 6), date.firstDay());
        assertEquals(LocalDate.of(2024, 7, 6), date.lastDay());
    }

    @Test
    void a_month_is_read_as_the_whole_month() {
        CalendarDate date = CalendarDate.parse("2024-07");

        assertEquals(Precision.MONTH, date.precision());
        assertEquals(LocalDate.of(2024, 7, 1), date.firstDay());
        assertEquals(LocalDate.of(2024, 7, 31), date.lastDay());
    }

    @Test
    void a_year_is_read_as_the_whole_year() {
        CalendarDate date = CalendarDate.parse("2024");

        assertEquals(Precision.YEAR, date.precision());
        assertEquals(LocalDate.of(2024, 1, 1), date.firstDay());
        assertEquals(LocalDate.of(2024, 12, 31), date.lastDay());
    }

    @ParameterizedTest(name = "{0} spans {1}..{2}")
    @CsvSource({
            "2024-02, 2024-02-01, 2024-02-29",
            "2023-02, 2023-02-01, 2023-02-28",
            "2000-02, 2000-02-01, 2000-02-29",
            "1900-02, 1900-02-01, 1900-02-28",
            "2024-04, 2024-04-01, 2024-04-30",
            "2024-12, 2024-12-01, 2024-12-31",
            "2024, 2024-01-01, 2024-12-31",
            "1900, 1900-01-01, 1900-12-31",
            "2024-02-29, 2024-02-29, 2024-02-29",
            "0001, 0001-01-01, 0001-12-31",
            "9999-12, 9999-12-01, 9999-12-31"})
    void a_date_stands_for_its_whole_span_leap_years_included(String text, LocalDate first, LocalDate last) {
        CalendarDate date = CalendarDate.parse(text);

        assertEquals(first, date.firstDay());
        assertEquals(last, date.lastDay());
        assertTrue(date.contains(first));
        assertTrue(date.contains(last));
        assertFalse(date.contains(first.minusDays(1)));
        if (last.isBefore(LocalDate.of(9999, 12, 31))) {
            assertFalse(date.contains(last.plusDays(1)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-07-06", "2024-07", "2024", "0001", "9999-12-31", "2024-02-29", "1000-10-10"})
    void printing_gives_back_the_text_it_was_read_from(String text) {
        assertEquals(text, PartialDate.parse(text).toString());
        assertEquals(PartialDate.parse(text), PartialDate.parse(PartialDate.parse(text).toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13", "2024-02-30", "06/07/2024", "2024-1-5", " 2024", "2024 ", "0000", "2024-00",
            "+2024", "2024-07-00", "2024-07-32", "2023-02-29", "24", "20240706", "2024/07/06", "2024-07-06T00:00",
            "-2024", "２０２４", "2024-7", "2024-07-6", "abcd", "2024--07", "0000-01-01", "10000"})
    void anything_but_year_month_or_day_is_refused(String text) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> PartialDate.parse(text));

        assertEquals("date", refused.field());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void an_absent_date_is_refused(String text) {
        assertThrows(InvalidFieldException.class, () -> PartialDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13", "2024-02-30", "06/07/2024", "2024-1-5", "0000", "2024-00", "+2024"})
    void the_message_names_the_bad_value(String text) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> PartialDate.parse(text));

        assertTrue(refused.getMessage().contains("\"" + text + "\""), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("date: "), refused.getMessage());
    }

    @Test
    void the_message_says_why_a_day_does_not_exist() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> PartialDate.parse("2024-02-30"));

        assertEquals("\"2024-02-30\" is not a date: February 2024 has no day 30", refused.problem());
    }

    @Test
    void a_problem_can_be_moved_to_the_field_that_held_the_value() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> PartialDate.parse("2024-13"));

        InvalidFieldException located = refused.at("membership.start");

        assertEquals("membership.start", located.field());
        assertTrue(located.getMessage().startsWith("membership.start: \"2024-13\" is not a date"), located.getMessage());
    }

    @Test
    void a_day_comes_before_its_month_which_comes_before_its_year() {
        PartialDate day = PartialDate.parse("2024-01-01");
        PartialDate month = PartialDate.parse("2024-01");
        PartialDate year = PartialDate.parse("2024");
        List<PartialDate> shuffled = new ArrayList<>(List.of(year, day, month));

        Collections.sort(shuffled);

        assertEquals(List.of(day, month, year), shuffled);
        assertTrue(day.compareTo(month) < 0);
        assertTrue(month.compareTo(year) < 0);
        assertTrue(day.compareTo(year) < 0);
    }

    @Test
    void dates_are_ordered_by_first_day_first() {
        assertTrue(PartialDate.parse("2023").compareTo(PartialDate.parse("2024-01-01")) < 0);
        assertTrue(PartialDate.parse("2024-01-02").compareTo(PartialDate.parse("2024-01")) > 0);
        assertTrue(PartialDate.parse("2024-02").compareTo(PartialDate.parse("2024")) > 0);
        assertEquals(0, PartialDate.parse("2024-07").compareTo(PartialDate.parse("2024-07")));
    }

    @Test
    void the_factories_build_what_parse_reads() {
        assertEquals(PartialDate.parse("2024-07-06"), PartialDate.ofDay(LocalDate.of(2024, 7, 6)));
        assertEquals(PartialDate.parse("2024-07"), CalendarDate.ofMonth(YearMonth.of(2024, 7)));
        assertEquals(PartialDate.parse("2024"), CalendarDate.ofYear(2024));
    }

    @Test
    void a_month_or_year_must_start_on_the_first_day_of_its_span() {
        assertThrows(InvalidFieldException.class, () -> new CalendarDate(LocalDate.of(2024, 7, 6), Precision.MONTH));
        assertThrows(InvalidFieldException.class, () -> new CalendarDate(LocalDate.of(2024, 2, 1), Precision.YEAR));
        assertThrows(InvalidFieldException.class, () -> new CalendarDate(null, Precision.DAY));
        assertThrows(InvalidFieldException.class, () -> new CalendarDate(LocalDate.of(2024, 1, 1), null));
        assertThrows(InvalidFieldException.class, () -> new CalendarDate(LocalDate.of(10_000, 1, 1), Precision.YEAR));
        assertThrows(InvalidFieldException.class, () -> new CalendarDate(LocalDate.of(0, 1, 1), Precision.YEAR));
    }

    @Test
    void an_end_may_be_the_coarser_span_that_holds_the_start() {
        PartialDate start = PartialDate.parse("2024-07-06");

        start.checkEnd(PartialDate.parse("2024"), "membership.end");
        start.checkEnd(PartialDate.parse("2024-07"), "membership.end");
        start.checkEnd(PartialDate.parse("2024-07-06"), "membership.end");
        start.checkEnd(null, "membership.end");
    }

    @Test
    void an_end_before_the_start_is_refused_on_the_end_field() {
        PartialDate start = PartialDate.parse("2024-07-06");

        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> start.checkEnd(PartialDate.parse("2024-07-05"), "membership.end"));

        assertEquals("membership.end", refused.field());
        assertEquals("2024-07-05 is before the start 2024-07-06", refused.problem());
        assertThrows(InvalidFieldException.class, () -> start.checkEnd(PartialDate.parse("2024-06"), "x.end"));
        assertThrows(InvalidFieldException.class, () -> start.checkEnd(PartialDate.parse("2023"), "x.end"));
    }

    @Test
    void an_interval_spans_from_its_start_s_first_day_to_its_end_s_last_day() {
        PartialDate validated = PartialDate.parse("2024-09/2024-11-05");

        assertEquals(LocalDate.of(2024, 9, 1), validated.firstDay());
        assertEquals(LocalDate.of(2024, 11, 5), validated.lastDay());
        assertTrue(validated.contains(LocalDate.of(2024, 10, 15)));
        assertFalse(validated.contains(LocalDate.of(2024, 11, 6)));
        assertFalse(validated.isExactDay());
        assertEquals("2024-09/2024-11-05", validated.toString());
    }

    @Test
    void an_open_end_is_unbounded() {
        PartialDate onOrBefore = PartialDate.parse("../2024-11-06");
        PartialDate onOrAfter = PartialDate.parse("2024-07-06/..");

        assertEquals(LocalDate.MIN, onOrBefore.firstDay());
        assertEquals(LocalDate.of(2024, 11, 6), onOrBefore.lastDay());
        assertEquals(LocalDate.of(2024, 7, 6), onOrAfter.firstDay());
        assertEquals(LocalDate.MAX, onOrAfter.lastDay());
        assertEquals("../2024-11-06", onOrBefore.toString());
        assertTrue(onOrBefore.compareTo(PartialDate.parse("0001")) < 0, "an open start comes before every date");
    }

    @Test
    void an_interval_ending_before_it_starts_or_open_at_both_ends_is_not_a_date() {
        assertEquals("\"2024-10/2024-09\" is not a date: its end 2024-09 comes before its start 2024-10",
                assertThrows(InvalidFieldException.class, () -> PartialDate.parse("2024-10/2024-09")).problem());
        assertEquals("\"../..\" is not a date: give at least one end",
                assertThrows(InvalidFieldException.class, () -> PartialDate.parse("../..")).problem());
        assertThrows(InvalidFieldException.class, () -> PartialDate.parse("2024/2025/2026"));
        assertThrows(InvalidFieldException.class, () -> PartialDate.parse("2024-13/2025"));
        assertThrows(InvalidFieldException.class, () -> PartialDate.parse("/2025"));
    }

    @Test
    void a_day_is_an_exact_day_and_a_month_is_not() {
        assertTrue(PartialDate.parse("2024-11-06").isExactDay());
        assertFalse(PartialDate.parse("2024-11").isExactDay());
        assertTrue(PartialDate.parse("2024-11-06/2024-11-06").isExactDay());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 10, 99, 100, 999, 1000, 2024, 9999})
    void a_calendar_date_prints_four_digits_of_year_and_two_of_month_and_day(int year) {
        LocalDate day = LocalDate.of(year, 3, 7);
        String yyyy = "0".repeat(4 - Integer.toString(year).length()) + year;
        assertEquals(yyyy, CalendarDate.ofYear(year).toString());
        assertEquals(yyyy + "-03", CalendarDate.ofMonth(YearMonth.of(year, 3)).toString());
        assertEquals(yyyy + "-03-07", CalendarDate.ofDay(day).toString());
        assertEquals(yyyy + "-12-31", CalendarDate.ofDay(LocalDate.of(year, 12, 31)).toString());
    }
}
