package org.confed.api.http;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Takes a backup of the store a server runs on, for {@code POST /api/backup}: a consistent copy, written while the
 * store goes on serving. The store's module provides it (the API never sees how a store is kept).
 */
@FunctionalInterface
public interface BackupSource {
    /**
     * Writes a whole backup to {@code file}, a new empty file the caller deletes after sending it.
     *
     * @param file where to write
     * @throws IOException when it cannot be written
     */
    void writeTo(Path file) throws IOException;
}
