package org.confed.persistence.sql;

/**
 * What a write needs to know of a stored row: its version, its content hash and the write call that last changed it.
 *
 * @param naturalKey  the row's key bytes
 * @param version     its version
 * @param contentHash the hash of its content
 * @param lastWrite   the id of the write call that stored it
 */
public record StoredState(byte[] naturalKey, long version, byte[] contentHash, long lastWrite) {
}
