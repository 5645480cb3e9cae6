package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies a {@link Confederation}: {@code AES}, {@code G5S}, {@code ECOWAS}. */
@Pattern(regex = "[A-Z][A-Z0-9-]{1,15}", description = "an upper-case letter, then 1 to 15 upper-case letters, digits or dashes", example = "AES")
public record ConfederationCode(String value) implements Comparable<ConfederationCode> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(ConfederationCode.class.getAnnotation(Pattern.class).regex());

    /** @throws InvalidFieldException when {@code value} is absent or not of the form {@code [A-Z][A-Z0-9-]{1,15}} */
    public ConfederationCode {
        Checks.identifier(value, FORM, "confederation code", "AES");
    }

    /** Same as the constructor; reads better at call sites. */
    public static ConfederationCode of(String value) {
        return new ConfederationCode(value);
    }

    @Override
    public int compareTo(ConfederationCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
