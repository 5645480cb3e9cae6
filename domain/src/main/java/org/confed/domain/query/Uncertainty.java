package org.confed.domain.query;

import java.util.Objects;
import org.confed.domain.model.RecordKey;

/**
 * What could change an answer: a field of a record, known only as a span or disputed by a source.
 *
 * @param record  the record
 * @param field   the field's name, snake_case ({@code start})
 * @param because a span or a dispute
 * @param value   the span the date stands for, or the disputed value
 */
public record Uncertainty(RecordKey record, String field, Because because, Object value) {
    /**
     * Checks that every part is present.
     *
     * @param record  the record
     * @param field   the field
     * @param because why
     * @param value   the span or the disputed value
     * @throws NullPointerException when a part is {@code null}
     */
    public Uncertainty {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(value, "value");
    }

    /**
     * The uncertainty in words.
     *
     * @return as in {@code membership AES/MLI/2023-09-16 start: dispute (2023-09-15)}
     */
    @Override
    public String toString() {
        return record + " " + field + ": " + because.code() + " (" + value + ")";
    }
}
