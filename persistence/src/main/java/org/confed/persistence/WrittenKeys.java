package org.confed.persistence;

import org.confed.domain.model.RecordKey;

/**
 * The keys a write into an empty store has written, as 64-bit hashes in an open-addressing table (16 bytes a key at
 * most): a key not among them is not stored, so the write need not look it up. Two keys sharing a hash only cost a
 * lookup that finds nothing.
 */
final class WrittenKeys {
    private long[] slots = new long[1024];
    private int size;

    /** Whether {@code key} may have been written: false means it surely was not. */
    boolean mayHold(RecordKey key) {
        long hash = hash(key);
        int mask = slots.length - 1;
        for (int slot = (int) hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (slots[slot] == hash) {
                return true;
            }
        }
        return false;
    }

    void add(RecordKey key) {
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        if (put(slots, hash(key))) {
            size++;
        }
    }

    private static boolean put(long[] table, long hash) {
        int mask = table.length - 1;
        int slot = (int) hash & mask;
        for (; table[slot] != 0; slot = (slot + 1) & mask) {
            if (table[slot] == hash) {
                return false;
            }
        }
        table[slot] = hash;
        return true;
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long hash : slots) {
            if (hash != 0) {
                put(larger, hash);
            }
        }
        slots = larger;
    }

    /** FNV-1a over the type's name and each part, a separator between them, then SplitMix64's finalizer; never 0. */
    private static long hash(RecordKey key) {
        long h = 0xcbf29ce484222325L;
        h = add(h, key.typeName());
        for (String part : key.parts()) {
            h = add((h ^ 0x1F) * 0x100000001B3L, part);
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }

    private static long add(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }
}
