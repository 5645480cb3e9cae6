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

    public RecordKey {
        Objects.requireNonNull(type, "type");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a key has at least one part");
        }
    }

    public static RecordKey of(String type, Object... parts) {
        String[] texts = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            texts[i] = parts[i].toString();
        }
        return new RecordKey(type, List.of(texts));
    }

    /** The one part of a one-part key (an id or a code). */
    public String id() {
        if (parts.size() != 1) {
            throw new IllegalStateException(this + " has a composite key");
        }
        return parts.get(0);
    }

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

    /** Reads like {@code membership AES/MLI/2023-09-16}. */
    @Override
    public String toString() {
        return type + " " + String.join("/", parts);
    }
}
