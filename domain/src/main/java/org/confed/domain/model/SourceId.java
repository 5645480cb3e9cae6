package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies a {@link Source}. */
@Pattern(regex = "[A-Za-z0-9]+([._-][A-Za-z0-9]+)*", description = "letters and digits, with single dots, dashes or underscores between them", example = "apa-2024-11-06-koulouba")
public record SourceId(String value) implements Comparable<SourceId> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(SourceId.class.getAnnotation(Pattern.class).regex());

    /** @throws InvalidFieldException when {@code value} is absent or not of the form {@code [A-Za-z0-9]+([._-][A-Za-z0-9]+)*} */
    public SourceId {
        Checks.identifier(value, FORM, "source id", "apa-2024-11-06-koulouba");
    }

    /** Same as the constructor; reads better at call sites. */
    public static SourceId of(String value) {
        return new SourceId(value);
    }

    @Override
    public int compareTo(SourceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
