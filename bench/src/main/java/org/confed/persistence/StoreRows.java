package org.confed.persistence;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.RecordEncoding;

/**
 * The columns the store writes for a record ({@link RecordRow}: {@code record_version}'s type, key bytes, content and
 * sort day, and its {@code record_term} terms), for the bench's JDBC baseline to check that its own rows are the
 * store's to the byte. In the persistence package because those classes are the store's own, not an API.
 */
public final class StoreRows {
    private StoreRows() {
    }

    /**
     * A record's row as the store writes it.
     *
     * @param type    the type's name
     * @param key     the natural key's bytes
     * @param content the record as the encoding writes it
     * @param sortDay the first day of its main date, or {@code null}
     * @param terms   its terms, as text, sorted
     */
    public record Row(String type, byte[] key, String content, LocalDate sortDay, Set<String> terms) {
    }

    public static Row of(ConfedRecord record, RecordEncoding encoding) {
        RecordRow row = RecordRow.of(record, encoding);
        return new Row(row.type(), row.key().bytes(), row.content(), row.sortDay(), new TreeSet<>(row.terms()));
    }

    /** The natural key's bytes, as {@code record_version.natural_key} holds them. */
    public static byte[] keyBytes(RecordKey key) {
        return NaturalKey.of(key).bytes();
    }
}
