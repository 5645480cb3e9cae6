package org.confed.application.recording;

import org.confed.domain.model.ConfedException;
import org.confed.domain.model.RecordKey;

/** A write of a record merged into another: the survivor stands for it, so the write goes to the survivor or nowhere. */
public final class MergedRecordException extends ConfedException {
    private static final long serialVersionUID = 1L;

    private final transient RecordKey merged;
    private final transient RecordKey survivor;

    /**
     * The two records.
     *
     * @param merged   the record named
     * @param survivor the record that stands for it
     */
    public MergedRecordException(RecordKey merged, RecordKey survivor) {
        super(merged.text() + " was merged into " + survivor.text() + "; write to " + survivor.text() + " instead");
        this.merged = merged;
        this.survivor = survivor;
    }

    /**
     * The record named.
     *
     * @return its key
     */
    public RecordKey merged() {
        return merged;
    }

    /**
     * The record that stands for it.
     *
     * @return its key
     */
    public RecordKey survivor() {
        return survivor;
    }
}
