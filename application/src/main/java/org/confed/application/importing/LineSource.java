package org.confed.application.importing;

import java.io.IOException;

/**
 * The lines of a text, each no longer than a limit: a longer line is reported as too long and skipped without
 * being held, so one huge line cannot exhaust memory. Line ends are LF or CRLF.
 */
final class LineSource {
    private final Utf8Input input;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder text = new StringBuilder();
    private int position;
    private int limit;
    private boolean end;
    private long number;
    private long length;
    private String badText;

    LineSource(Utf8Input input, int maxChars) {
        this.input = input;
        this.maxChars = maxChars;
    }

    /** Moves to the next line; false at the end. */
    boolean next() throws IOException {
        if (end) {
            return false;
        }
        text.setLength(0);
        length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = input.read(buffer, 0, buffer.length);
                position = 0;
                if (limit < 0) {
                    limit = 0;
                    end = true;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position);
            if (position < limit) {
                position++; // the '\n'
                break;
            }
        }
        number++;
        if (text.length() > 0 && text.charAt(text.length() - 1) == '\r' && length <= maxChars) {
            text.setLength(text.length() - 1);
            length--;
        }
        badText = input.badLineUpTo(number);
        return true;
    }

    private void append(int from, int to) {
        int count = to - from;
        length += count;
        if (length <= maxChars) {
            text.append(buffer, from, count);
        } else {
            text.setLength(0); // too long: forget it, only its length matters now
        }
    }

    /** The line's number, 1 for the first. */
    long number() {
        return number;
    }

    /** Whether the line was longer than the limit; its text is then empty. */
    boolean tooLong() {
        return length > maxChars;
    }

    /** How long the line was, in characters. */
    long length() {
        return length;
    }

    /** When the line held bytes that are not UTF-8: what is wrong with them; else {@code null}. */
    String badText() {
        return badText;
    }

    /** The line's text, without its line end. */
    String text() {
        return text.toString();
    }
}
