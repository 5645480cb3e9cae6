package org.confed.persistence;

import java.util.function.ToLongFunction;
import org.confed.domain.model.RecordKey;

/**
 * The keys a write into an empty store has written, each with the sequence number of its last version, in an
 * open-addressing table of 64-bit hashes (32 bytes a key at most). A key not among them is not stored, so the write
 * need not look it up; one among them is read by its sequence number, the table's primary key, which stays quick while
 * the store's other indexes wait ({@link DeferredIndexes}). Two keys sharing a hash share a slot, which holds the
 * later one's number: the row read then names the other key, and the write looks its own up by key instead.
 */
final class WrittenKeys {
    private final ToLongFunction<RecordKey> hashing;
    private long[] hashes = new long[1024];
    private long[] seqs = new long[1024];
    private int size;

    WrittenKeys() {
        this(WrittenKeys::hash);
    }

    /** With another hash, never 0: a test's, to make keys meet. */
    WrittenKeys(ToLongFunction<RecordKey> hashing) {
        this.hashing = hashing;
    }

    /** The sequence number last written under {@code key}'s hash; 0 when the key surely was not written. */
    long lastSeq(RecordKey key) {
        long hash = hashing.applyAsLong(key);
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return seqs[slot];
            }
        }
        return 0;
    }

    /** Records that {@code key}'s last version is now row {@code seq}. */
    void wrote(RecordKey key, long seq) {
        if ((size + 1) * 2L > hashes.length) {
            grow();
        }
        if (put(hashes, seqs, hashing.applyAsLong(key), seq)) {
            size++;
        }
    }

    /** True when the hash took a new slot. */
    private static boolean put(long[] hashes, long[] seqs, long hash, long seq) {
        int mask = hashes.length - 1;
        int slot = (int) hash & mask;
        for (; hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                seqs[slot] = seq;
                return false;
            }
        }
        hashes[slot] = hash;
        seqs[slot] = seq;
        return true;
    }

    private void grow() {
        long[] largerHashes = new long[hashes.length * 2];
        long[] largerSeqs = new long[hashes.length * 2];
        for (int slot = 0; slot < hashes.length; slot++) {
            if (hashes[slot] != 0) {
                put(largerHashes, largerSeqs, hashes[slot], seqs[slot]);
            }
        }
        hashes = largerHashes;
        seqs = largerSeqs;
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
