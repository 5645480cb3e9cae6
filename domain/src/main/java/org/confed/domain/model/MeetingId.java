package org.confed.domain.model;

import org.confed.domain.meta.Pattern;

/** Identifies a {@link Meeting}. */
@Pattern(regex = "[A-Za-z0-9]+([._-][A-Za-z0-9]+)*", description = "letters and digits, with single dots, dashes or underscores between them", example = "aes-2024-11-06-koulouba")
public record MeetingId(String value) implements Comparable<MeetingId> {
    private static final java.util.regex.Pattern FORM =
            java.util.regex.Pattern.compile(MeetingId.class.getAnnotation(Pattern.class).regex());

    /** @throws InvalidFieldException when {@code value} is absent or not of the form {@code [A-Za-z0-9]+([._-][A-Za-z0-9]+)*} */
    public MeetingId {
        Checks.identifier(value, FORM, "meeting id", "aes-2024-11-06-koulouba");
    }

    /** Same as the constructor; reads better at call sites. */
    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    @Override
    public int compareTo(MeetingId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
