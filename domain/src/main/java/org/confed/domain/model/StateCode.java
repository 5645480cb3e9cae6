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

    /** @throws InvalidFieldException when {@code value} is absent, not upper case, or not an ISO 3166-1 alpha-3 code */
    public StateCode {
        Checks.identifier(value, FORM, "state code", "MLI");
        if (!ISO_CODES.contains(value)) {
            throw new InvalidFieldException("state code", Checks.quote(value) + " is not an ISO 3166-1 alpha-3 country code");
        }
    }

    /** Same as the constructor; reads better at call sites. */
    public static StateCode of(String value) {
        return new StateCode(value);
    }

    @Override
    public int compareTo(StateCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
