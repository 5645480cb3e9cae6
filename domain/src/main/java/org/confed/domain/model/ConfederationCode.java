package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies a {@link Confederation}: {@code AES}, {@code G5S}, {@code ECOWAS}. */
@Pattern(regex = "[A-Z][A-Z0-9-]{1,15}", description = "an upper-case letter, then 1 to 15 upper-case letters, digits or dashes", example = "AES")
public record ConfederationCode(String value) implements Comparable<ConfederationCode> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(ConfederationCode.class.getAnnotation(Pattern.class).regex());

    /**
     * Checks the form.
     *
     * @param value the identifier, at most 120 characters, of the form {@code [A-Z][A-Z0-9-]{1,15}} ({@code AES})
     * @throws InvalidFieldException (field {@code confederation code}) when {@code value} is absent, longer than 120 characters
     *                               or not of that form
     */
    public ConfederationCode {
        Checks.identifier(value, FORM, "confederation code", "AES");
    }

    /**
     * Same as the constructor; reads better at call sites.
     *
     * @param value the identifier ({@code AES})
     * @return the identifier
     * @throws InvalidFieldException (field {@code confederation code}) when {@code value} is absent or not of its form
     */
    public static ConfederationCode of(String value) {
        return new ConfederationCode(value);
    }

    /**
     * Orders by the text, character by character.
     *
     * @param other another identifier of the same type
     * @return negative, zero or positive as this one comes before, equals or comes after {@code other}
     */
    @Override
    public int compareTo(ConfederationCode other) {
        return value.compareTo(other.value);
    }

    /**
     * The identifier as written in files and URLs.
     *
     * @return {@link #value()}
     */
    @Override
    public String toString() {
        return value;
    }
}
