package org.confed.domain.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date known to the day, the month or the year: {@code 2024-07-06}, {@code 2024-07}, {@code 2024}.
 * It stands for its whole span: as a start it begins on {@link #firstDay()}, as an end it ends on
 * {@link #lastDay()}.
 *
 * @param firstDay  the span's first day; aligned to its precision (the 1st of a month, the 1st of January)
 * @param precision how much of the date is known
 */
public record CalendarDate(LocalDate firstDay, Precision precision) implements PartialDate {

    /**
     * Checks that the date is complete, within the years 0001 to 9999, and aligned to its precision.
     *
     * @param firstDay  the span's first day: any day for {@link Precision#DAY}, the 1st of a month for
     *                  {@link Precision#MONTH}, 1 January for {@link Precision#YEAR}
     * @param precision how much of the date is known
     * @throws InvalidFieldException (field {@code date}) when a part is absent, the year is outside 0001..9999,
     *                               or the day is not the first of its span
     */
    public CalendarDate {
        Checks.required(firstDay, "date");
        Checks.required(precision, "date");
        if (firstDay.getYear() < 1 || firstDay.getYear() > 9999) {
            throw new InvalidFieldException("date", "year " + firstDay.getYear() + " is outside 0001..9999");
        }
        boolean aligned = switch (precision) {
            case YEAR -> firstDay.getDayOfYear() == 1;
            case MONTH -> firstDay.getDayOfMonth() == 1;
            case DAY -> true;
        };
        if (!aligned) {
            throw new InvalidFieldException("date", firstDay + " is not the first day of a " + precision.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A date known to the day.
     *
     * @param day the day
     * @return the date of day precision
     * @throws InvalidFieldException (field {@code date}) when the day is absent or its year outside 0001..9999
     */
    public static CalendarDate ofDay(LocalDate day) {
        return new CalendarDate(day, Precision.DAY);
    }

    /**
     * A date known to the month.
     *
     * @param month the month
     * @return the date of month precision, standing for the whole month
     * @throws InvalidFieldException (field {@code date}) when the year is outside 0001..9999
     * @throws NullPointerException when {@code month} is {@code null}
     */
    public static CalendarDate ofMonth(YearMonth month) {
        return new CalendarDate(month.atDay(1), Precision.MONTH);
    }

    /**
     * A date known to the year.
     *
     * @param year the year, 1 to 9999
     * @return the date of year precision, standing for the whole year
     * @throws InvalidFieldException (field {@code date}) when the year is outside 1..9999
     * @throws java.time.DateTimeException when the year is outside what {@link LocalDate} holds
     */
    public static CalendarDate ofYear(int year) {
        return new CalendarDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, and nothing else.
     *
     * @param text the text, such as {@code 2024-07-06}, {@code 2024-07} or {@code 2024}
     * @return the date, of the precision the text gives
     * @throws InvalidFieldException (field {@code date}) for {@code null}, any other text, year 0000, or a month
     *                               or day that does not exist ({@code 2024-13}, {@code 2024-02-30})
     */
    public static CalendarDate parse(String text) {
        if (text == null) {
            throw new InvalidFieldException("date", "is required");
        }
        int length = text.length();
        if ((length != 4 && length != 7 && length != 10) || !digits(text, 0, 4)
                || (length >= 7 && (text.charAt(4) != '-' || !digits(text, 5, 7)))
                || (length == 10 && (text.charAt(7) != '-' || !digits(text, 8, 10)))) {
            throw notADate(text, "use YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        if (year < 1) {
            throw notADate(text, "year 0000 does not exist");
        }
        if (length == 4) {
            return ofYear(year);
        }
        int month = Integer.parseInt(text, 5, 7, 10);
        if (month < 1 || month > 12) {
            throw notADate(text, "month " + month + " does not exist");
        }
        if (length == 7) {
            return ofMonth(YearMonth.of(year, month));
        }
        int day = Integer.parseInt(text, 8, 10, 10);
        try {
            return ofDay(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw notADate(text, monthName + " " + year + " has no day " + day);
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static InvalidFieldException notADate(String text, String why) {
        return new InvalidFieldException("date", Checks.quote(text) + " is not a date: " + why);
    }

    /**
     * The last day of the span.
     *
     * @return the day itself, the month's last day, or 31 December
     */
    @Override
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
            case MONTH -> firstDay.withDayOfMonth(firstDay.lengthOfMonth());
            case DAY -> firstDay;
        };
    }



    /**
     * The ISO form, as {@link #parse} reads it.
     *
     * @return {@code 2024-07-06}, {@code 2024-07} or {@code 2024}
     */
    @Override
    public String toString() {
        int year = firstDay.getYear();
        if (year < 0 || year > 9999) {
            return String.format("%04d", year) + (precision == Precision.YEAR ? "" : "-" + twoDigits(firstDay.getMonthValue())
                    + (precision == Precision.MONTH ? "" : "-" + twoDigits(firstDay.getDayOfMonth())));
        }
        // by hand, not String.format: every date of every answer and export is written through here
        StringBuilder text = new StringBuilder(10);
        text.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10))
                .append((char) ('0' + year / 10 % 10)).append((char) ('0' + year % 10));
        if (precision != Precision.YEAR) {
            text.append('-').append(twoDigits(firstDay.getMonthValue()));
        }
        if (precision == Precision.DAY) {
            text.append('-').append(twoDigits(firstDay.getDayOfMonth()));
        }
        return text.toString();
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

}
