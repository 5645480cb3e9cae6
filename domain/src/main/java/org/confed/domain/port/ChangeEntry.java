package org.confed.domain.port;

import java.time.Instant;
import java.util.Objects;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;

/**
 * One line of the append-only change log: a record as it was written, who wrote it and when.
 *
 * @param sequence   its place in the log, growing with each change
 * @param at         when its write committed
 * @param actor      who wrote it
 * @param key        the record changed
 * @param kind       what the change did
 * @param oldVersion the version it replaced, or 0 for an insert
 * @param newVersion the version written; for a retraction, the version withdrawn
 * @param content    the record as written; for a retraction or a merge, the version withdrawn
 * @param mergedInto for a merge, the record that now stands for this one; else {@code null}
 */
public record ChangeEntry(long sequence, Instant at, Actor actor, RecordKey key, ChangeKind kind, long oldVersion,
                          long newVersion, ConfedRecord content, RecordKey mergedInto) {

    /**
     * Checks that every part is present.
     *
     * @param sequence   its place in the log
     * @param at         when its write committed
     * @param actor      who wrote it
     * @param key        the record changed
     * @param kind       what the change did
     * @param oldVersion the version it replaced, or 0
     * @param newVersion the version written
     * @param content    the record as written
     * @param mergedInto for a merge, the record that stands for this one; else {@code null}
     * @throws NullPointerException     when a part other than {@code mergedInto} is {@code null}
     * @throws IllegalArgumentException when a merge names no record it went into, or another kind names one
     */
    public ChangeEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        if ((kind == ChangeKind.MERGE) != (mergedInto != null)) {
            throw new IllegalArgumentException("a merge, and only a merge, names the record it went into: " + kind);
        }
    }

    /**
     * An entry that is not a merge.
     *
     * @param sequence   its place in the log
     * @param at         when its write committed
     * @param actor      who wrote it
     * @param key        the record changed
     * @param kind       what the change did
     * @param oldVersion the version it replaced, or 0
     * @param newVersion the version written
     * @param content    the record as written
     * @throws NullPointerException     when a part is {@code null}
     * @throws IllegalArgumentException when {@code kind} is a merge
     */
    public ChangeEntry(long sequence, Instant at, Actor actor, RecordKey key, ChangeKind kind, long oldVersion,
                       long newVersion, ConfedRecord content) {
        this(sequence, at, actor, key, kind, oldVersion, newVersion, content, null);
    }
}
