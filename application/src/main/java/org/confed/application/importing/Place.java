package org.confed.application.importing;

import java.util.Objects;

/**
 * Where something was read: an input, as its user named it ({@code exports/presidencies.csv}, {@code -}, an HTTP
 * body), and a line of it, counted from 1; line 0 stands for the input as a whole.
 *
 * @param source the input's name
 * @param line   the line, or 0
 */
public record Place(String source, long line) {

    /**
     * Checks both parts.
     *
     * @param source the input's name
     * @param line   the line, or 0
     * @throws NullPointerException     when {@code source} is {@code null}
     * @throws IllegalArgumentException when {@code line} is negative
     */
    public Place {
        Objects.requireNonNull(source, "source");
        if (line < 0) {
            throw new IllegalArgumentException("a line is 0 or more: " + line);
        }
    }

    /**
     * The place as messages write it.
     *
     * @return {@code source:line}, or the source alone for line 0
     */
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line : source;
    }
}
