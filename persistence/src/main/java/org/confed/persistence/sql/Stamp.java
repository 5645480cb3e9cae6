package org.confed.persistence.sql;

import org.confed.persistence.text.NaturalKey;

/**
 * What a write adds to a record's own columns: its key bytes, its new version, the hash of its content and the
 * write call that stored it.
 *
 * @param key         the natural key
 * @param version     the version stored
 * @param contentHash the SHA-256 of the record's canonical text
 * @param lastWrite   the id of the write call
 */
public record Stamp(NaturalKey key, long version, byte[] contentHash, long lastWrite) {
}
