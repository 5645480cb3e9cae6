package org.confed.domain.query;

import java.util.Locale;

/** Why an answer is not certain. */
public enum Because {
    /** A date is known only as a span (a month, a year, an interval), and the answer differs within it. */
    SPAN,
    /** A source reports another value of a field, and the answer differs with it. */
    DISPUTE;

    /**
     * The reason's name in answers.
     *
     * @return {@code span} or {@code dispute}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
