package org.confed.domain.model;

import java.util.Locale;
import java.util.Set;
import org.confed.domain.meta.Pattern;

/** Identifies a {@link State} by its ISO 3166-1 alpha-3 code, checked against the JDK's own list of codes. */
@Pattern(regex = "[A-Z]{3}", description = "an ISO 3166-1 alpha-3 country code in upper case", example = "MLI")
public record StateCode(String value) implements Comparable<StateCode> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(StateCode.class.getAnnotation(Pattern.class).regex());
    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /**
     * Checks the code against the JDK's list of ISO 3166-1 alpha-3 codes.
     *
     * @param value the code in upper case ({@code MLI})
     * @throws InvalidFieldException (field {@code state code}) when {@code value} is absent, not three upper-case
     *                               letters, or not an ISO 3166-1 alpha-3 code
     */
    public StateCode {
        Checks.identifier(value, FORM, "state code", "MLI");
        if (!ISO_CODES.contains(value)) {
            throw new InvalidFieldException("state code", Checks.quote(value) + " is not an ISO 3166-1 alpha-3 country code");
        }
    }

    /**
     * Same as the constructor; reads better at call sites.
     *
     * @param value the code in upper case ({@code MLI})
     * @return the code
     * @throws InvalidFieldException (field {@code state code}) when {@code value} is not an ISO 3166-1 alpha-3 code
     */
    public static StateCode of(String value) {
        return new StateCode(value);
    }

    /**
     * Orders alphabetically.
     *
     * @param other another state code
     * @return negative, zero or positive as this code comes before, equals or comes after {@code other}
     */
    @Override
    public int compareTo(StateCode other) {
        return value.compareTo(other.value);
    }

    /**
     * The code as written in files and URLs.
     *
     * @return {@link #value()}
     */
    @Override
    public String toString() {
        return value;
    }
}
