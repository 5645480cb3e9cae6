package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies a {@link Post}. */
@Pattern(regex = "[a-z0-9]+(-[a-z0-9]+)*", description = "lower-case letters and digits, with single dashes between them", example = "ner-chief-of-defence-staff")
public record PostId(String value) implements Comparable<PostId> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(PostId.class.getAnnotation(Pattern.class).regex());

    /**
     * Checks the form.
     *
     * @param value the identifier, at most 120 characters, of the form {@code [a-z0-9]+(-[a-z0-9]+)*} ({@code ner-chief-of-defence-staff})
     * @throws InvalidFieldException (field {@code post id}) when {@code value} is absent, longer than 120 characters
     *                               or not of that form
     */
    public PostId {
        Checks.identifier(value, FORM, "post id", "ner-chief-of-defence-staff");
    }

    /**
     * Same as the constructor; reads better at call sites.
     *
     * @param value the identifier ({@code ner-chief-of-defence-staff})
     * @return the identifier
     * @throws InvalidFieldException (field {@code post id}) when {@code value} is absent or not of its form
     */
    public static PostId of(String value) {
        return new PostId(value);
    }

    /**
     * Orders by the text, character by character.
     *
     * @param other another identifier of the same type
     * @return negative, zero or positive as this one comes before, equals or comes after {@code other}
     */
    @Override
    public int compareTo(PostId other) {
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
