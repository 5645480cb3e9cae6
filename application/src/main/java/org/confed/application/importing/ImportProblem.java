package org.confed.application.importing;

import java.util.Objects;

/**
 * One thing wrong with an import, where it is.
 *
 * @param source  the input's name
 * @param line    its line (1 is the first; a CSV header is line 1), or 0 when the problem concerns no line
 * @param field   the field as {@code type.field}, or {@code null} when no field is at fault (a line that is no JSON)
 * @param message what is wrong
 */
public record ImportProblem(String source, long line, String field, String message) {

    public ImportProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** Reads {@code FILE:LINE: type.field: message}, leaving out the parts that are absent. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": ");
        if (field != null) {
            out.append(field).append(": ");
        }
        return out.append(message).toString();
    }
}
