package org.confed.domain.port;

import java.util.Objects;
import org.confed.domain.model.ConfedRecord;

/**
 * A record to write by its key, inserting or replacing.
 *
 * @param record          the new content
 * @param expectedVersion the version the change is based on: {@code null} to write whatever is stored,
 *                        {@code 0} when the record must not exist yet, otherwise the stored version it must find
 */
public record RecordWrite(ConfedRecord record, Long expectedVersion) {

    /**
     * Checks the parts.
     *
     * @param record          the new content
     * @param expectedVersion {@code null}, {@code 0}, or the stored version the change is based on
     * @throws NullPointerException     when {@code record} is {@code null}
     * @throws IllegalArgumentException when {@code expectedVersion} is negative
     */
    public RecordWrite {
        Objects.requireNonNull(record, "record");
        if (expectedVersion != null && expectedVersion < 0) {
            throw new IllegalArgumentException("expected version must not be negative: " + expectedVersion);
        }
    }

    /**
     * A write of {@code record} whatever version is stored.
     *
     * @param record the new content
     * @return a write with no expected version
     * @throws NullPointerException when {@code record} is {@code null}
     */
    public static RecordWrite upsert(ConfedRecord record) {
        return new RecordWrite(record, null);
    }
}
