package org.confed.domain.port;

import org.confed.domain.model.ConfedException;
import org.confed.domain.model.RecordKey;

/** A write based on a version that is no longer the stored one. Nothing of that write was kept. */
public final class VersionConflictException extends ConfedException {
    private static final long serialVersionUID = 1L;

    private final RecordKey key;
    private final long expected;
    private final long actual;

    /**
     * @param key      the record
     * @param expected the version the writer based its change on (0: it expected no record)
     * @param actual   the version stored (0: there is no record)
     */
    public VersionConflictException(RecordKey key, long expected, long actual) {
        super(key + ": the change was based on version " + expected + " but version " + actual + " is stored");
        this.key = key;
        this.expected = expected;
        this.actual = actual;
    }

    public RecordKey key() {
        return key;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
