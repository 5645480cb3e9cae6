package org.confed.domain.port;

import org.confed.domain.model.ConfedException;
import org.confed.domain.model.RecordKey;

/** A write based on a version that is no longer the stored one. Nothing of that write was kept. */
public final class VersionConflictException extends ConfedException {
    private static final long serialVersionUID = 1L;

    /** The record. */
    private final RecordKey key;
    /** The version the writer expected. */
    private final long expected;
    /** The version stored. */
    private final long actual;

    /**
     * A write refused because the stored version moved on.
     *
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

    /**
     * The record whose version differs.
     *
     * @return its key
     */
    public RecordKey key() {
        return key;
    }

    /**
     * The version the writer based its change on.
     *
     * @return the version, or 0 when it expected no record
     */
    public long expected() {
        return expected;
    }

    /**
     * The version stored.
     *
     * @return the version, or 0 when there is no record
     */
    public long actual() {
        return actual;
    }
}
