package org.confed.persistence.sql;

import java.util.List;
import org.confed.domain.port.RecordWrite;

/**
 * Another transaction inserted one of the keys this write was inserting, and committed first (the database's
 * unique key refused the second insert). The store turns it into a
 * {@link org.confed.domain.port.VersionConflictException} once it knows which key, after the rollback.
 */
public final class ConcurrentInsertException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<RecordWrite> attempted;

    /**
     * @param attempted the writes whose records were being inserted
     * @param cause     the refused insert
     */
    public ConcurrentInsertException(List<RecordWrite> attempted, Throwable cause) {
        super("a concurrent write inserted the same record", cause);
        this.attempted = List.copyOf(attempted);
    }

    /** The writes whose records were being inserted. */
    public List<RecordWrite> attempted() {
        return attempted;
    }
}
