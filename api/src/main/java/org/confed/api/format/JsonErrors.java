package org.confed.api.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;

/** Jackson's parse errors in words for a user, without Jackson's source excerpts. */
final class JsonErrors {
    private JsonErrors() {
    }

    static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            String lower = original.toLowerCase(Locale.ROOT);
            if (lower.contains("nesting depth")) {
                return "is nested deeper than the " + Json.MAX_NESTING + " levels allowed";
            }
            if (lower.contains("string value length")) {
                return "holds a text longer than the " + Json.MAX_STRING + " characters allowed";
            }
            if (lower.contains("number value length")) {
                return "holds a number too long to read";
            }
            return "is too large to read: " + firstLine(original);
        }
        if (original.startsWith("Duplicate field")) {
            return "names a field twice: " + firstLine(original);
        }
        return "is not valid JSON: " + firstLine(original);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
