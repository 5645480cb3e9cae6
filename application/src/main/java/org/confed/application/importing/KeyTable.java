package org.confed.application.importing;

import java.util.List;
import org.confed.domain.model.RecordKey;

/**
 * The keys an import has seen, as 64-bit hashes in an open-addressing table: for each, a hash of its content
 * (to tell a repeated record from a conflicting one), where it was first met, and whether it was rejected.
 * About 50 bytes a key with its place, so a million records cost some 60 MB at most, and no record is kept.
 *
 * <p>Two different keys with the same 64-bit hash are taken for one; with a seed drawn per import, the chance
 * for a million keys is about one in 30 million.
 */
final class KeyTable {
    private static final int MIN_CAPACITY = 1024;

    private final long seed;
    private long[] keys = new long[MIN_CAPACITY];
    private long[] contents = new long[MIN_CAPACITY];
    private Place[] places = new Place[MIN_CAPACITY];
    private KeyState[] states = new KeyState[MIN_CAPACITY];
    private int size;

    KeyTable(long seed) {
        this.seed = seed;
    }

    /** The hash of a record key, never 0. */
    long hash(RecordKey key) {
        return hash(key.typeName(), key.parts());
    }

    /** The hash of the key of type {@code type} with these parts, never 0. */
    long hash(String type, List<String> parts) {
        long h = mix(seed);
        h = add(h, type);
        for (String part : parts) {
            h = add(h ^ 0x1F, part);
        }
        h = mix(h);
        return h == 0 ? 1 : h;
    }

    /** A 64-bit hash of some bytes, for content. */
    long hash(byte[] data) {
        long h = mix(seed ^ 0x5bd1e995L);
        for (byte b : data) {
            h = (h ^ (b & 0xFF)) * 0x100000001B3L;
        }
        return mix(h);
    }

    private static long add(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    // The finalizer of SplitMix64: spreads every input bit over the whole word.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int size() {
        return size;
    }

    /** The slot holding {@code key}, or -1. */
    int find(long key) {
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            long there = keys[slot];
            if (there == key) {
                return slot;
            }
            if (there == 0) {
                return -1;
            }
        }
    }

    /** Adds a key not yet present and returns its slot. */
    int add(long key, long content, Place place, KeyState state) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        contents[slot] = content;
        places[slot] = place;
        states[slot] = state;
        size++;
        return slot;
    }

    long content(int slot) {
        return contents[slot];
    }

    Place place(int slot) {
        return places[slot];
    }

    /** How many keys are rejected. */
    long rejectedCount() {
        long count = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0 && states[slot] == KeyState.REJECTED) {
                count++;
            }
        }
        return count;
    }

    boolean rejected(int slot) {
        return states[slot] == KeyState.REJECTED;
    }

    boolean present(int slot) {
        return states[slot] == KeyState.PRESENT;
    }

    void markPresent(int slot) {
        states[slot] = KeyState.PRESENT;
    }

    /** Marks a slot rejected; true when it was not already. */
    boolean reject(int slot) {
        boolean was = rejected(slot);
        states[slot] = KeyState.REJECTED;
        return !was;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldContents = contents;
        Place[] oldPlaces = places;
        KeyState[] oldStates = states;
        int capacity = oldKeys.length * 2;
        keys = new long[capacity];
        contents = new long[capacity];
        places = new Place[capacity];
        states = new KeyState[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                add(oldKeys[i], oldContents[i], oldPlaces[i], oldStates[i]);
            }
        }
    }

    /** A small set of 64-bit hashes that forgets everything when full: a cache of keys known to be stored. */
}
