package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies a {@link Person}: a lower-case slug such as {@code assimi-goita}. */
@Pattern(regex = "[a-z0-9]+(-[a-z0-9]+)*", description = "lower-case letters and digits in words joined by single dashes", example = "assimi-goita")
public record PersonId(String value) implements Comparable<PersonId> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(PersonId.class.getAnnotation(Pattern.class).regex());

    /**
     * Checks the form.
     *
     * @param value the identifier, at most 120 characters, of the form {@code [a-z0-9]+(-[a-z0-9]+)*} ({@code assimi-goita})
     * @throws InvalidFieldException (field {@code person id}) when {@code value} is absent, longer than 120 characters
     *                               or not of that form
     */
    public PersonId {
        Checks.identifier(value, FORM, "person id", "assimi-goita");
    }

    /**
     * Same as the constructor; reads better at call sites.
     *
     * @param value the identifier ({@code assimi-goita})
     * @return the identifier
     * @throws InvalidFieldException (field {@code person id}) when {@code value} is absent or not of its form
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    /**
     * Orders by the text, character by character.
     *
     * @param other another identifier of the same type
     * @return negative, zero or positive as this one comes before, equals or comes after {@code other}
     */
    @Override
    public int compareTo(PersonId other) {
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
