package org.confed.domain.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        Map<I, Integer> seen = new HashMap<>();
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null) {
                throw new InvalidFieldException(field, "item " + (i + 1) + " is empty");
            }
            Integer earlier = seen.putIfAbsent(identity.apply(value), i + 1);
            if (earlier != null) {
                throw new InvalidFieldException(field, listedTwice(identity.apply(value), earlier, i + 1));
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }

    // A value that reads as words (a code, an id) is named; a nested object (a citation, a dispute) by its places,
    // since its Java form means nothing to a user.
    private static String listedTwice(Object identity, int earlier, int later) {
        boolean named = !(identity instanceof Record) || hasOwnToString(identity.getClass());
        return named ? identity + " is listed twice"
                : "item " + later + " is the same as item " + earlier + ": give it once";
    }

    private static boolean hasOwnToString(Class<?> type) {
        try {
            type.getDeclaredMethod("toString");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
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

    /**
     * The disputes of a record: each names a field of the record's own type (not its disputes) and gives a value of
     * that field's type; none twice.
     */
    public static List<Dispute> disputes(List<Dispute> disputes, String type, Class<? extends Record> owner) {
        List<Dispute> copy = distinctList(disputes, type + ".disputes");
        for (int i = 0; i < copy.size(); i++) {
            Dispute dispute = copy.get(i);
            String where = type + ".disputes[" + (i + 1) + "]";
            java.lang.reflect.RecordComponent component = componentNamed(owner, dispute.field());
            if (component == null || dispute.field().equals("disputes")) {
                throw new InvalidFieldException(where + ".field", quote(dispute.field()) + " is not a field of " + type);
            }
            if (!fits(component, dispute.value())) {
                throw new InvalidFieldException(where + ".value", "is not a value of " + type + "." + dispute.field());
            }
        }
        return copy;
    }

    // The component whose snake_case name is given, as the interchange format names fields.
    private static java.lang.reflect.RecordComponent componentNamed(Class<? extends Record> owner, String field) {
        for (java.lang.reflect.RecordComponent component : owner.getRecordComponents()) {
            if (snakeCase(component.getName()).equals(field)) {
                return component;
            }
        }
        return null;
    }

    private static boolean fits(java.lang.reflect.RecordComponent component, Object value) {
        if (component.getType() == List.class) {
            return value instanceof List<?> items && items.stream().allMatch(Objects::nonNull);
        }
        if (component.getType() == Map.class) {
            return value instanceof Map<?, ?>;
        }
        return component.getType().isInstance(value);
    }

    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
