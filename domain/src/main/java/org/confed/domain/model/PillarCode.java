package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Names a pillar of a confederation's work, such as {@code defence_security}. */
@Pattern(regex = "[a-z][a-z0-9_]{0,63}", description = "lower-case letters, digits and underscores, starting with a letter", example = "defence_security")
public record PillarCode(String value) implements Comparable<PillarCode> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(PillarCode.class.getAnnotation(Pattern.class).regex());

    /**
     * Checks the form.
     *
     * @param value the identifier, at most 120 characters, of the form {@code [a-z][a-z0-9_]{0,63}} ({@code defence_security})
     * @throws InvalidFieldException (field {@code pillar code}) when {@code value} is absent, longer than 120 characters
     *                               or not of that form
     */
    public PillarCode {
        Checks.identifier(value, FORM, "pillar code", "defence_security");
    }

    /**
     * Same as the constructor; reads better at call sites.
     *
     * @param value the identifier ({@code defence_security})
     * @return the identifier
     * @throws InvalidFieldException (field {@code pillar code}) when {@code value} is absent or not of its form
     */
    public static PillarCode of(String value) {
        return new PillarCode(value);
    }

    /**
     * Orders by the text, character by character.
     *
     * @param other another identifier of the same type
     * @return negative, zero or positive as this one comes before, equals or comes after {@code other}
     */
    @Override
    public int compareTo(PillarCode other) {
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
