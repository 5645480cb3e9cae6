package org.confed.domain.model;

import java.util.List;
import java.util.Objects;
import org.confed.domain.meta.RecordType;

/**
 * The natural key of a record: its type and the values of its key fields, in order. Two records with equal keys
 * are the same record, possibly in two versions.
 *
 * @param type  the record type, as in {@code Membership.class}
 * @param parts the key fields' values in their text form, as in {@code [AES, MLI, 2023-09-16]}
 */
public record RecordKey(Class<? extends ConfedRecord> type, List<String> parts) implements Comparable<RecordKey> {
    // read once per type: keys are compared in every sorted map of records
    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            RecordType declared = type.getAnnotation(RecordType.class);
            return declared == null ? null : declared.value();
        }
    };

    /**
     * Keeps an unmodifiable copy of the parts.
     *
     * @param type  the record type, a class declared with {@link RecordType}
     * @param parts the key fields' values in their text form, at least one
     * @throws NullPointerException     when {@code type}, {@code parts} or a part is {@code null}
     * @throws IllegalArgumentException when there is no part, or {@code type} is not declared with {@link RecordType}
     */
    public RecordKey {
        Objects.requireNonNull(type, "type");
        if (NAMES.get(type) == null) {
            throw new IllegalArgumentException(type + " is not a record type");
        }
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a key has at least one part");
        }
    }

    /**
     * A key from the values of its key fields, each taken in its text form ({@code toString()}).
     *
     * @param type  the record type
     * @param parts the key fields' values, in order: identifiers, dates or texts
     * @return the key
     * @throws NullPointerException     when {@code type} or a part is {@code null}
     * @throws IllegalArgumentException when there is no part
     */
    public static RecordKey of(Class<? extends ConfedRecord> type, Object... parts) {
        String[] texts = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            texts[i] = parts[i].toString();
        }
        return new RecordKey(type, List.of(texts));
    }

    /**
     * The type's name in the interchange format.
     *
     * @return {@code membership}, {@code person}, ...
     */
    public String typeName() {
        return NAMES.get(type);
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
     * The key as the command line names a record: the type's name and the parts, joined by {@code :}.
     *
     * @return {@code person:assimi-goita}, {@code membership:AES:MLI:2023-09-16}
     */
    public String text() {
        return typeName() + ":" + String.join(":", parts);
    }

    /**
     * Orders by type name, then part by part, then shorter keys first.
     *
     * @param other another key
     * @return negative, zero or positive as this key comes before, equals or comes after {@code other}
     */
    @Override
    public int compareTo(RecordKey other) {
        int byType = typeName().compareTo(other.typeName());
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
        return typeName() + " " + String.join("/", parts);
    }
}
