package org.confed.domain.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.confed.domain.meta.Pattern;

/**
 * How long a presidency term lasts: a positive ISO 8601 period such as {@code P1Y} or {@code P6M}.
 *
 * @param period a period with no negative part and at least one positive part
 */
@Pattern(regex = "P([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?",
        description = "a positive ISO 8601 period of years, months, weeks or days",
        example = "P1Y")
public record TermLength(Period period) {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(TermLength.class.getAnnotation(Pattern.class).regex());

    /**
     * Checks that the period is positive.
     *
     * @param period a period with no negative part and at least one positive part
     * @throws InvalidFieldException (field {@code term length}) when the period is absent, zero, or has a
     *                               negative part
     */
    public TermLength {
        Checks.required(period, "term length");
        if (period.isNegative() || period.isZero()) {
            throw new InvalidFieldException("term length", period + " is not a positive period");
        }
    }

    /**
     * Reads {@code P1Y}, {@code P6M}, {@code P1Y6M}, {@code P2W}, {@code P180D}.
     *
     * @param text an ISO 8601 period of years, months, weeks or days, at most 32 characters
     * @return the term length
     * @throws InvalidFieldException (field {@code term length}) for {@code null}, anything else, or a zero period
     */
    public static TermLength parse(String text) {
        if (text == null) {
            throw new InvalidFieldException("term length", "is required");
        }
        if (text.length() > 32 || !FORM.matcher(text).matches() || text.equals("P")) {
            throw new InvalidFieldException("term length", Checks.quote(text) + " is not a period such as P1Y or P6M");
        }
        try {
            return new TermLength(Period.parse(text));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidFieldException("term length", Checks.quote(text) + " is not a period such as P1Y or P6M");
        }
    }

    /**
     * The last day of a term of this length starting on {@code first}.
     *
     * @param first the term's first day
     * @return {@code first + period - 1 day}, or {@link LocalDate#MAX} when that lies beyond what a date holds
     * @throws NullPointerException when {@code first} is {@code null}
     */
    public LocalDate lastDayFrom(LocalDate first) {
        try {
            return first.plus(period).minusDays(1);
        } catch (DateTimeException | ArithmeticException e) {
            return LocalDate.MAX;
        }
    }

    /**
     * The ISO form.
     *
     * @return the period as {@link #parse} reads it ({@code P1Y})
     */
    @Override
    public String toString() {
        return period.toString();
    }
}
