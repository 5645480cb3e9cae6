package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies a {@link Source}. */
@Pattern(regex = "[A-Za-z0-9]+([._-][A-Za-z0-9]+)*", description = "letters and digits, with single dots, dashes or underscores between them", example = "apa-2024-11-06-koulouba")
public record SourceId(String value) implements Comparable<SourceId> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(SourceId.class.getAnnotation(Pattern.class).regex());

    /**
     * Checks the form.
     *
     * @param value the identifier, at most 120 characters, of the form {@code [A-Za-z0-9]+([._-][A-Za-z0-9]+)*} ({@code apa-2024-11-06-koulouba})
     * @throws InvalidFieldException (field {@code source id}) when {@code value} is absent, longer than 120 characters
     *                               or not of that form
     */
    public SourceId {
        Checks.identifier(value, FORM, "source id", "apa-2024-11-06-koulouba");
    }

    /**
     * Same as the constructor; reads better at call sites.
     *
     * @param value the identifier ({@code apa-2024-11-06-koulouba})
     * @return the identifier
     * @throws InvalidFieldException (field {@code source id}) when {@code value} is absent or not of its form
     */
    public static SourceId of(String value) {
        return new SourceId(value);
    }

    /**
     * Orders by the text, character by character.
     *
     * @param other another identifier of the same type
     * @return negative, zero or positive as this one comes before, equals or comes after {@code other}
     */
    @Override
    public int compareTo(SourceId other) {
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
