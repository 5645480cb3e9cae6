package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Names a pillar of a confederation's work, such as {@code defence_security}. */
@Pattern(regex = "[a-z][a-z0-9_]{0,63}", description = "lower-case letters, digits and underscores, starting with a letter", example = "defence_security")
public record PillarCode(String value) implements Comparable<PillarCode> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(PillarCode.class.getAnnotation(Pattern.class).regex());

    /** @throws InvalidFieldException when {@code value} is absent or not of the form {@code [a-z][a-z0-9_]{0,63}} */
    public PillarCode {
        Checks.identifier(value, FORM, "pillar code", "defence_security");
    }

    /** Same as the constructor; reads better at call sites. */
    public static PillarCode of(String value) {
        return new PillarCode(value);
    }

    @Override
    public int compareTo(PillarCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
