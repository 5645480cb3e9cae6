package org.confed.domain.port;

import java.time.Instant;
import java.util.Objects;
import org.confed.domain.model.RecordKey;

/**
 * Which entries of the change log to read, newest first: each filter applies when present.
 *
 * @param since  only entries committed at or after this instant, or {@code null}
 * @param record only entries about this record, or {@code null}
 * @param actor  only entries written by this actor, or {@code null}
 * @param before only entries older than this sequence (the last one of the previous page), or {@code null} to start
 *               at the newest
 * @param limit  the most entries to read, at least 1
 */
public record ChangeQuery(Instant since, RecordKey record, Actor actor, Long before, int limit) {

    /**
     * Checks the bounds.
     *
     * @param since  only entries committed at or after this instant, or {@code null}
     * @param record only entries about this record, or {@code null}
     * @param actor  only entries written by this actor, or {@code null}
     * @param before only entries older than this sequence, or {@code null}
     * @param limit  the most entries to read
     * @throws IllegalArgumentException when {@code limit} is below 1 or {@code before} below 1
     */
    public ChangeQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (before != null && before < 1) {
            throw new IllegalArgumentException("before must be at least 1: " + before);
        }
    }

    /**
     * The newest entries, unfiltered.
     *
     * @param limit the most entries to read
     * @return the query
     */
    public static ChangeQuery newest(int limit) {
        return new ChangeQuery(null, null, null, null, limit);
    }

    /**
     * Whether an entry passes the filters, the cursor included.
     *
     * @param entry an entry of the log
     * @return whether this query reads it
     */
    public boolean admits(ChangeEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return (since == null || !entry.at().isBefore(since)) && (record == null || record.equals(entry.key()))
                && (actor == null || actor.equals(entry.actor())) && (before == null || entry.sequence() < before);
    }
}
