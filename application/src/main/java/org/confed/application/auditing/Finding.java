package org.confed.application.auditing;

import java.util.Objects;
import org.confed.domain.model.RecordKey;

/**
 * One thing the registry asserts without enough support.
 *
 * @param record the record it is about
 * @param field  the field, as the record's JSON names it; {@code null} when it is the whole record
 * @param kind   what was found
 * @param detail the finding in a short English sentence
 */
public record Finding(RecordKey record, String field, FindingKind kind, String detail) {

    /** Checks that all but the field are given. */
    public Finding {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
