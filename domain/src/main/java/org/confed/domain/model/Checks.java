package org.confed.domain.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The field checks the records' compact constructors share. Every failure names its field.
 * Package-private and kept in {@code model}, beside the exception it throws, so no package cycle forms.
 */
final class Checks {
    /** The longest identifier: keys travel in URLs and file names. */
    public static final int MAX_IDENTIFIER = 120;

    /** The longest text any field holds unless it says otherwise. */
    public static final int DEFAULT_MAX_TEXT = 10_000;

    private Checks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /** A text that must be present, not blank, and no longer than {@code max}. Kept exactly as given. */
    public static String requiredText(String value, String field, int max) {
        required(value, field);
        return text(value, field, max);
    }

    /** A text that may be absent ({@code null}); when present it is not blank and no longer than {@code max}. */
    public static String text(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new InvalidFieldException(field, "is blank (leave it out instead)");
        }
        if (value.length() > max) {
            throw new InvalidFieldException(field, "is " + value.length() + " characters long, more than the " + max + " allowed");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                throw new InvalidFieldException(field, "holds the control character U+" + String.format("%04X", (int) c));
            }
        }
        return value;
    }

    /** An immutable copy of a list that may be absent (then empty); no element may be {@code null} or repeated. */
    public static <T> List<T> distinctList(List<T> values, String field) {
        return distinctList(values, field, Function.identity());
    }

    /** As {@link #distinctList(List, String)}, with elements told apart by {@code identity}. */
    public static <T, I> List<T> distinctList(List<T> values, String field, Function<T, I> identity) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Set<I> seen = new HashSet<>();
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null) {
                throw new InvalidFieldException(field, "item " + (i + 1) + " is empty");
            }
            if (!seen.add(identity.apply(value))) {
                throw new InvalidFieldException(field, identity.apply(value) + " is listed twice");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }

    /** An immutable copy of a list of texts, each checked as {@link #text}. */
    public static List<String> texts(List<String> values, String field, int max) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<String> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(requiredText(values.get(i), field + "[" + (i + 1) + "]", max));
        }
        return Collections.unmodifiableList(copy);
    }

    /** Names by language: keys are language tags, values non-blank texts. Kept in the order given. */
    public static Map<String, String> names(Map<String, String> values, String field) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String language = language(entry.getKey(), field);
            copy.put(language, requiredText(entry.getValue(), field + "." + language, 500));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /** A BCP 47 language tag in its usual short form: {@code fr}, {@code en}, {@code pt-BR}. */
    public static String language(String tag, String field) {
        if (tag == null) {
            return null;
        }
        if (!LANGUAGE.matcher(tag).matches()) {
            throw new InvalidFieldException(field, quote(tag) + " is not a language tag such as fr, en or pt-BR");
        }
        return tag;
    }

    /** Quotes a bad value for a message, shortened when long so one message stays one line. */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The identifier check every one-part identifier shares: present, and of its form. */
    public static String identifier(String value, java.util.regex.Pattern form, String kind, String example) {
        Objects.requireNonNull(kind);
        if (value == null) {
            throw new InvalidFieldException(kind, "is required");
        }
        if (value.length() > MAX_IDENTIFIER || !form.matcher(value).matches()) {
            throw new InvalidFieldException(kind, quote(value) + " is not a valid " + kind + " (for example " + example + ")");
        }
        return value;
    }
}
