package org.confed.application.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** A value as a problem message names it: short, on one line, whatever the input held. */
public final class JsonWords {
    private JsonWords() {
    }

    /**
     * What a JSON value is, for a message: {@code a list}, {@code the number 3}, {@code the text "x"}.
     *
     * @param node a value, or {@code null} for none
     * @return its description
     */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "the number " + shorten(node.asText());
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case STRING -> "the text " + quote(node.asText());
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * A text in quotes, control characters shown as {@code ?} and cut after 60 characters.
     *
     * @param text the text
     * @return it, quoted
     */
    public static String quote(String text) {
        return "\"" + shorten(text) + "\"";
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
