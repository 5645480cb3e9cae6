package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies an {@link ActionPlan}. */
@Pattern(regex = "[A-Za-z0-9]+([._-][A-Za-z0-9]+)*", description = "letters and digits, with single dots, dashes or underscores between them", example = "aes-defence-security-2024")
public record PlanId(String value) implements Comparable<PlanId> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(PlanId.class.getAnnotation(Pattern.class).regex());

    /** @throws InvalidFieldException when {@code value} is absent or not of the form {@code [A-Za-z0-9]+([._-][A-Za-z0-9]+)*} */
    public PlanId {
        Checks.identifier(value, FORM, "plan id", "aes-defence-security-2024");
    }

    /** Same as the constructor; reads better at call sites. */
    public static PlanId of(String value) {
        return new PlanId(value);
    }

    @Override
    public int compareTo(PlanId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
