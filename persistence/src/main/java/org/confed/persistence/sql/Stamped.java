package org.confed.persistence.sql;

import org.confed.domain.model.ConfedRecord;

/**
 * A record about to be inserted, with what the write adds to it.
 *
 * @param record the record
 * @param stamp  its key bytes, version, hash and write id
 * @param <R>    the record type
 */
public record Stamped<R extends ConfedRecord>(R record, Stamp stamp) {
}
