package org.confed.application.recording;

import org.confed.domain.model.ConfedException;
import org.confed.domain.model.RecordKey;

/** A record named to be changed that the registry does not hold. */
public final class NoSuchRecordException extends ConfedException {
    private static final long serialVersionUID = 1L;

    private final transient RecordKey key;

    /**
     * The record missing.
     *
     * @param key its key
     */
    public NoSuchRecordException(RecordKey key) {
        super("there is no " + key.text());
        this.key = key;
    }

    /**
     * The record missing.
     *
     * @return its key
     */
    public RecordKey key() {
        return key;
    }
}
