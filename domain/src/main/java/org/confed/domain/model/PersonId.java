package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies a {@link Person}: a lower-case slug such as {@code assimi-goita}. */
@Pattern(regex = "[a-z0-9]+(-[a-z0-9]+)*", description = "lower-case letters and digits in words joined by single dashes", example = "assimi-goita")
public record PersonId(String value) implements Comparable<PersonId> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(PersonId.class.getAnnotation(Pattern.class).regex());

    /** @throws InvalidFieldException when {@code value} is absent or not of the form {@code [a-z0-9]+(-[a-z0-9]+)*} */
    public PersonId {
        Checks.identifier(value, FORM, "person id", "assimi-goita");
    }

    /** Same as the constructor; reads better at call sites. */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
