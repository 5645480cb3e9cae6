package org.confed.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * The natural key of a record: its type name and the values of its key fields, in order.
 * Two records with equal keys are the same record, possibly in two versions.
 *
 * @param type  the record type, as in {@code membership}
 * @param parts the key fields' values in their text form, as in {@code [AES, MLI, 2023-09-16]}
 */
public record RecordKey(String type, List<String> parts) implements Comparable<RecordKey> {

    /**
     * Keeps an unmodifiable copy of the parts.
     *
     * @param type  the record type, as in {@code membership}
     * @param parts the key fields' values in their text form, at least one
     * @throws NullPointerException     when {@code type}, {@code parts} or a part is {@code null}
     * @throws IllegalArgumentException when there is no part
     */
    public RecordKey {
        Objects.requireNonNull(type, "type");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a key has at least one part");
        }
    }

    /**
     * A key from the values of its key fields, each taken in its text form ({@code toString()}).
     *
     * @param type  the record type, as in {@code membership}
     * @param parts the key fields' values, in order: identifiers, dates or texts
     * @return the key
     * @throws NullPointerException     when {@code type} or a part is {@code null}
     * @throws IllegalArgumentException when there is no part
     */
    public static RecordKey of(String type, Object... parts) {
        String[] texts = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            texts[i] = parts[i].toString();
        }
        return new RecordKey(type, List.of(texts));
    }

    /**
     * The one part of a one-part key (an id or a code).
     *
     * @return the only part
     * @throws IllegalStateException when the key has more than one part
     */
    public String id() {
        if (parts.size() != 1) {
            throw new IllegalStateException(this + " has a composite key");
        }
        return parts.get(0);
    }

    /**
     * Orders by type, then part by part, then shorter keys first.
     *
     * @param other another key
     * @return negative, zero or positive as this key comes before, equals or comes after {@code other}
     */
    @Override
    public int compareTo(RecordKey other) {
        int byType = type.compareTo(other.type);
        if (byType != 0) {
            return byType;
        }
        for (int i = 0; i < Math.min(parts.size(), other.parts.size()); i++) {
            int byPart = parts.get(i).compareTo(other.parts.get(i));
            if (byPart != 0) {
                return byPart;
            }
        }
        return Integer.compare(parts.size(), other.parts.size());
    }

    /**
     * The key for a message.
     *
     * @return the type and the parts, as in {@code membership AES/MLI/2023-09-16}
     */
    @Override
    public String toString() {
        return type + " " + String.join("/", parts);
    }
}
