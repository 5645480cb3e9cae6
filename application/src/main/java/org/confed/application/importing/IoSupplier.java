package org.confed.application.importing;

import java.io.IOException;

/**
 * Supplies a value that may take input or output to produce, such as a fresh stream over a file.
 *
 * @param <T> what it supplies
 */
@FunctionalInterface
public interface IoSupplier<T> {
    T get() throws IOException;
}
