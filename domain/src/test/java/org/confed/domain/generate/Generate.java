package org.confed.domain.generate;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.confed.domain.model.CalendarDate;
import org.confed.domain.model.DateInterval;
import org.confed.domain.model.PartialDate;
import org.confed.domain.model.Precision;
import org.confed.domain.model.StateCode;
import org.confed.domain.model.TermLength;

/** Generators of valid domain values from {@link Choices}. */
public final class Generate {
    /** Seed of the property tests unless {@code -Dconfed.seed=N} asks for another: fixed, so a build is repeatable. */
    public static final long SEED = Long.getLong("confed.seed", 20_241_106L);

    /** States to draw from; all real ISO codes. */
    public static final List<StateCode> STATES = List.of("MLI", "BFA", "NER", "TCD", "MRT", "SEN").stream()
            .map(StateCode::of).toList();

    private Generate() {
    }

    /** Any valid date, of any precision, from year 0001 to 9999. */
    public static PartialDate anyDate(Choices choices) {
        if (choices.between(0, 3) > 0) {
            return date(choices, 1, 9999);
        }
        // an interval: two ordered dates, either end open
        CalendarDate from = date(choices, 1, 9999);
        CalendarDate to = date(choices, from.lastDay().getYear(), 9999);
        if (to.lastDay().isBefore(from.firstDay())) {
            to = CalendarDate.ofYear(from.firstDay().getYear());
        }
        return switch (choices.between(0, 2)) {
            case 0 -> DateInterval.of(null, to);
            case 1 -> DateInterval.of(from, null);
            default -> DateInterval.of(from, to);
        };
    }

    /** A date of any precision in the years {@code fromYear}..{@code toYear}. */
    public static CalendarDate date(Choices choices, int fromYear, int toYear) {
        int year = choices.between(fromYear, toYear);
        Precision precision = choices.oneOf(List.of(Precision.values()));
        if (precision == Precision.YEAR) {
            return CalendarDate.ofYear(year);
        }
        YearMonth month = YearMonth.of(year, choices.between(1, 12));
        if (precision == Precision.MONTH) {
            return CalendarDate.ofMonth(month);
        }
        return CalendarDate.ofDay(month.atDay(choices.between(1, month.lengthOfMonth())));
    }

    /** A day in the years {@code fromYear}..{@code toYear}. */
    public static LocalDate day(Choices choices, int fromYear, int toYear) {
        LocalDate first = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - first.toEpochDay());
        return first.plusDays(choices.between(0, days));
    }

    /** An end for {@code start}, or {@code null} (open); never before the start. */
    public static PartialDate endFor(Choices choices, PartialDate start, int toYear) {
        if (choices.between(0, 3) == 0) {
            return null;
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            PartialDate end = date(choices, start.firstDay().getYear(), Math.max(toYear, start.firstDay().getYear()));
            if (!end.lastDay().isBefore(start.firstDay())) {
                return end;
            }
        }
        return CalendarDate.ofYear(start.firstDay().getYear());
    }

    /** A term length of days, weeks, months or years, from a few days to a few years. */
    public static TermLength termLength(Choices choices) {
        int unit = choices.between(0, 3);
        Period period = switch (unit) {
            case 0 -> Period.ofDays(choices.between(1, 400));
            case 1 -> Period.ofWeeks(choices.between(1, 60));
            case 2 -> Period.ofMonths(choices.between(1, 36));
            default -> Period.of(choices.between(0, 3), choices.between(1, 11), 0);
        };
        return new TermLength(period);
    }

    /** Some of {@link #STATES}, at least one, in a shuffled order and none twice. */
    public static List<StateCode> rotation(Choices choices) {
        List<StateCode> pool = new ArrayList<>(STATES);
        List<StateCode> rotation = new ArrayList<>();
        int size = choices.between(1, pool.size());
        while (rotation.size() < size) {
            rotation.add(pool.remove(choices.between(0, pool.size() - 1)));
        }
        return rotation;
    }
}
