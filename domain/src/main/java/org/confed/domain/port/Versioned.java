package org.confed.domain.port;

import java.util.Objects;
import org.confed.domain.model.ConfedRecord;

/**
 * A stored record and its version. The version starts at 1 and grows by one with each change, so a writer
 * can say which version its change is based on.
 *
 * @param record  the record
 * @param version its version, 1 or more
 * @param <R>     the record type
 */
public record Versioned<R extends ConfedRecord>(R record, long version) {

    /**
     * Checks the parts.
     *
     * @param record  the record
     * @param version its version, 1 or more
     * @throws NullPointerException     when {@code record} is {@code null}
     * @throws IllegalArgumentException when {@code version} is below 1
     */
    public Versioned {
        Objects.requireNonNull(record, "record");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }
}
