package org.confed.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Comparator;
import org.confed.domain.generate.Choices;
import org.confed.domain.generate.Generate;

/** What holds for every date, whichever driver (seeded random, fuzzer) picks the cases. */
final class PartialDateProperties {
    /** The order FORMAT.md implies: by the span's first day, then by its last day. */
    static final Comparator<PartialDate> BY_SPAN = Comparator.comparing(PartialDate::firstDay).thenComparing(PartialDate::lastDay);

    private PartialDateProperties() {
    }

    /** Printing a date and reading it back gives the same date, and its span is well formed. */
    static void printAndReadBack(Choices choices, String where) {
        PartialDate date = Generate.anyDate(choices);
        String text = date.toString();

        assertEquals(date, PartialDate.parse(text), where + ": " + text);
        if (date instanceof CalendarDate calendar) {
            assertEquals(text.length() == 4 ? Precision.YEAR : text.length() == 7 ? Precision.MONTH : Precision.DAY,
                    calendar.precision(), where + ": " + text);
        } else if (date instanceof DateInterval interval) {
            assertEquals((interval.from() == null ? ".." : interval.from().toString()) + "/"
                    + (interval.to() == null ? ".." : interval.to().toString()), text, where);
        }
        assertFalse(date.lastDay().isBefore(date.firstDay()), where + ": " + text);
        assertTrue(date.contains(date.firstDay()) && date.contains(date.lastDay()), where + ": " + text);
    }

    /** Comparing two dates agrees with comparing their (first day, last day) spans, then their texts, and with equals. */
    static void orderAgreesWithSpans(Choices choices, String where) {
        PartialDate a = Generate.anyDate(choices);
        PartialDate b = choices.coin() ? Generate.anyDate(choices) : near(choices, a);
        String pair = where + ": " + a + " vs " + b;

        // spans first; dates of one span apart (2024 and 2024-01/2024-12) still differ, by their text
        if (BY_SPAN.compare(a, b) != 0) {
            assertEquals(Integer.signum(BY_SPAN.compare(a, b)), Integer.signum(a.compareTo(b)), pair);
        } else {
            assertEquals(Integer.signum(a.toString().compareTo(b.toString())), Integer.signum(a.compareTo(b)), pair);
        }
        assertEquals(-Integer.signum(a.compareTo(b)), Integer.signum(b.compareTo(a)), pair);
        assertEquals(a.equals(b), a.compareTo(b) == 0, pair);
    }

    /** Reading any text either gives a date that prints back as that very text, or fails with InvalidFieldException. */
    static void readAnyText(String text, String where) {
        PartialDate date;
        try {
            date = PartialDate.parse(text);
        } catch (InvalidFieldException refused) {
            assertEquals("date", refused.field(), where);
            assertFalse(refused.getMessage().contains("\n"), where + ": one line");
            return;
        } catch (RuntimeException other) {
            fail(where + ": " + Checks.quote(text) + " threw " + other, other);
            return;
        }
        assertEquals(text, date.toString(), where);
    }

    /** A date that shares its year, and often its month or first day, with {@code date}. */
    private static PartialDate near(Choices choices, PartialDate date) {
        LocalDate first = date.firstDay().equals(LocalDate.MIN) ? date.lastDay() : date.firstDay(); // an open start
        int pick = choices.between(0, 3);
        if (pick == 0) {
            return CalendarDate.ofYear(first.getYear());
        }
        if (pick == 1) {
            return CalendarDate.ofMonth(java.time.YearMonth.from(first));
        }
        if (pick == 2) {
            return PartialDate.ofDay(first);
        }
        return PartialDate.ofDay(first.withDayOfMonth(choices.between(1, first.lengthOfMonth())));
    }
}
