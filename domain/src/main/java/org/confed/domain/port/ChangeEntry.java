package org.confed.domain.port;

import java.time.Instant;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;

/**
 * One line of the append-only change log: a record's new content, who wrote it and when.
 *
 * @param sequence   its place in the log, growing with each change
 * @param at         when it was committed
 * @param actor      who wrote it
 * @param key        the record changed
 * @param oldVersion the version it replaced, or 0 for an insert
 * @param newVersion the version written
 * @param content    the content written
 */
public record ChangeEntry(long sequence, Instant at, Actor actor, RecordKey key, long oldVersion, long newVersion,
                          ConfedRecord content) {
}
