package org.confed.persistence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.confed.domain.model.RecordKey;

/**
 * A record's natural key as the bytes stored in {@code record_version.natural_key}: each key part in UTF-16BE, then
 * {@code 0x0000}. The type is kept beside it, in {@code record_type}.
 *
 * <p>Why bytes: comparing these bytes as unsigned values (what H2 and PostgreSQL do for {@code BYTEA}) orders keys
 * exactly as {@link RecordKey#compareTo} does (part by part, by UTF-16 code units, a shorter part first), whatever
 * collation the database applies to text. UTF-16BE keeps the code-unit order of {@link String#compareTo}; the
 * {@code 0x0000} separator sorts below every character a part may hold (no part holds U+0000: identifiers, dates
 * and codes are ASCII, and texts refuse control characters).
 */
final class NaturalKey implements Comparable<NaturalKey> {
    private final byte[] bytes;

    private NaturalKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The stored form of {@code key}; the type is not part of it. */
    static NaturalKey of(RecordKey key) {
        int length = 0;
        for (String part : key.parts()) {
            length += 2 * part.length() + 2;
        }
        byte[] bytes = new byte[length];
        int at = 0;
        for (String part : key.parts()) {
            byte[] encoded = part.getBytes(StandardCharsets.UTF_16BE);
            System.arraycopy(encoded, 0, bytes, at, encoded.length);
            at += encoded.length + 2;
        }
        return new NaturalKey(bytes);
    }

    /** A key read from a {@code natural_key} column. */
    static NaturalKey fromBytes(byte[] stored) {
        return new NaturalKey(stored.clone());
    }

    /** The bytes to bind to a statement (a copy). */
    byte[] bytes() {
        return bytes.clone();
    }

    /** The key's parts, read back from the bytes. */
    List<String> parts() {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int at = 0; at + 1 < bytes.length; at += 2) {
            if (bytes[at] == 0 && bytes[at + 1] == 0) {
                parts.add(new String(bytes, start, at - start, StandardCharsets.UTF_16BE));
                start = at + 2;
            }
        }
        return parts;
    }

    @Override
    public int compareTo(NaturalKey other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NaturalKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes);
    }
}
