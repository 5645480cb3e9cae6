package org.confed.persistence;

import java.io.IOException;
import java.nio.file.Files;

/**
 * How much an H2 file store grew since it opened, and whether that calls for compacting it when it closes: H2 cannot
 * reuse the space of a long write while it runs (each chunk it saves holds a page of the write's undo log), so a large
 * import leaves a file many times the size of its data. Compacting copies the live data into a new file and swaps it
 * in with one rename.
 */
final class GrowthSinceOpening {
    /** A file that grew by more than this, and to more than twice its size at opening, is compacted when closed. */
    static final long COMPACT_AFTER_GROWTH = 32L << 20;

    /** The file's size at opening, or -1 for stores that are not H2 files. */
    private final long openedBytes;

    GrowthSinceOpening(StoreLocation location) {
        this.openedBytes = fileBytes(location);
    }

    /** Whether closing the store at {@code location} should compact it: a writable H2 file that grew enough. */
    boolean callsForCompaction(StoreLocation location) {
        long now = fileBytes(location);
        return openedBytes >= 0 && location.readOnlyBecause() == null
                && now - openedBytes > COMPACT_AFTER_GROWTH && now > 2 * openedBytes;
    }

    private static long fileBytes(StoreLocation location) {
        return location.match(file -> {
            try {
                return Files.size(file.file());
            } catch (IOException e) {
                return -1L;
            }
        }, memory -> -1L, postgres -> -1L);
    }
}
