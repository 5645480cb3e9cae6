package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies an {@link Instrument}. */
@Pattern(regex = "[A-Za-z0-9]+([._-][A-Za-z0-9]+)*", description = "letters and digits, with single dots, dashes or underscores between them", example = "liptako-gourma-charter")
public record InstrumentId(String value) implements Comparable<InstrumentId> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(InstrumentId.class.getAnnotation(Pattern.class).regex());

    /**
     * Checks the form.
     *
     * @param value the identifier, at most 120 characters, of the form {@code [A-Za-z0-9]+([._-][A-Za-z0-9]+)*} ({@code liptako-gourma-charter})
     * @throws InvalidFieldException (field {@code instrument id}) when {@code value} is absent, longer than 120 characters
     *                               or not of that form
     */
    public InstrumentId {
        Checks.identifier(value, FORM, "instrument id", "liptako-gourma-charter");
    }

    /**
     * Same as the constructor; reads better at call sites.
     *
     * @param value the identifier ({@code liptako-gourma-charter})
     * @return the identifier
     * @throws InvalidFieldException (field {@code instrument id}) when {@code value} is absent or not of its form
     */
    public static InstrumentId of(String value) {
        return new InstrumentId(value);
    }

    /**
     * Orders by the text, character by character.
     *
     * @param other another identifier of the same type
     * @return negative, zero or positive as this one comes before, equals or comes after {@code other}
     */
    @Override
    public int compareTo(InstrumentId other) {
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
