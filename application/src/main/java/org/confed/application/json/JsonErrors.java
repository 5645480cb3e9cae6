package org.confed.application.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Locale;

/** Jackson's parse errors in words for a user, without Jackson's source excerpts. */
public final class JsonErrors {
    private JsonErrors() {
    }

    public static String describe(JsonProcessingException e) {
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
        if (endsEarly(e)) {
            return "ends before its JSON value is complete (was it cut short?)";
        }
        // Jackson's wording of these names its own classes and settings, which mean nothing to a user.
        if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            return "holds more than one JSON value";
        }
        if (original.contains("(non-standard) comment")) {
            return "is not valid JSON: it holds a comment, which JSON does not allow";
        }
        return "is not valid JSON: " + firstLine(original);
    }

    /** Whether the input ended inside a JSON value (a file cut short). */
    public static boolean endsEarly(JsonProcessingException e) {
        return e instanceof JsonEOFException
                || (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input"));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        // Asides naming Jackson's settings or classes ("Feature 'X' not enabled", "bound as `...`", "consider enabling
        // `JsonReadFeature...`") are left out; Jackson cuts some of them short, so they may not even close.
        String line = end < 0 ? text : text.substring(0, end);
        int advice = line.indexOf(" (consider enabling");
        if (advice >= 0) {
            line = line.substring(0, advice);
        }
        line = line.replaceAll("\\s*\\([^()]*(Feature|`)[^()]*\\)", "").replaceAll("`[^`]*`", "a setting");
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
