package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies an {@link ActionPlan}. */
@Pattern(regex = "[A-Za-z0-9]+([._-][A-Za-z0-9]+)*", description = "letters and digits, with single dots, dashes or underscores between them", example = "aes-defence-security-2024")
public record PlanId(String value) implements Comparable<PlanId> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(PlanId.class.getAnnotation(Pattern.class).regex());

    /**
     * Checks the form.
     *
     * @param value the identifier, at most 120 characters, of the form {@code [A-Za-z0-9]+([._-][A-Za-z0-9]+)*} ({@code aes-defence-security-2024})
     * @throws InvalidFieldException (field {@code plan id}) when {@code value} is absent, longer than 120 characters
     *                               or not of that form
     */
    public PlanId {
        Checks.identifier(value, FORM, "plan id", "aes-defence-security-2024");
    }

    /**
     * Same as the constructor; reads better at call sites.
     *
     * @param value the identifier ({@code aes-defence-security-2024})
     * @return the identifier
     * @throws InvalidFieldException (field {@code plan id}) when {@code value} is absent or not of its form
     */
    public static PlanId of(String value) {
        return new PlanId(value);
    }

    /**
     * Orders by the text, character by character.
     *
     * @param other another identifier of the same type
     * @return negative, zero or positive as this one comes before, equals or comes after {@code other}
     */
    @Override
    public int compareTo(PlanId other) {
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
