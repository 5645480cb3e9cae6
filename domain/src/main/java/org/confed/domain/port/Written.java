package org.confed.domain.port;

import java.util.Objects;
import org.confed.domain.model.ConfedRecord;

/**
 * One record after a write: as stored, and what the write did to it.
 *
 * @param <R>     the record type
 * @param stored  the record with the version now stored
 * @param outcome inserted, updated or unchanged
 */
public record Written<R extends ConfedRecord>(Versioned<R> stored, WriteOutcome outcome) {
    /**
     * Checks that both parts are present.
     *
     * @param stored  the record with its version
     * @param outcome what the write did
     * @throws NullPointerException when a part is {@code null}
     */
    public Written {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(outcome, "outcome");
    }
}
