package org.confed.persistence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.PartialDate;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.TemporalRole;

/**
 * A record as one row of {@code record_version}, with its terms: everything is read from the record's schema and the
 * store's encoding, so a new record type needs nothing here.
 *
 * @param type    the type's name ({@code office_term})
 * @param key     the natural key's bytes
 * @param content the record as the encoding writes it
 * @param sortDay the first day of its main date, or {@code null} when it has none
 * @param terms   what it is found by ({@link Terms})
 */
record RecordRow(String type, NaturalKey key, String content, LocalDate sortDay, Set<String> terms) {

    static RecordRow of(ConfedRecord record, RecordEncoding encoding) {
        return new RecordRow(record.key().typeName(), NaturalKey.of(record.key()), encoding.encode(record), sortDay(record),
                Terms.of(record));
    }

    /** The first day of the date that places the record in time: its valid-from date, else its event date. */
    static LocalDate sortDay(ConfedRecord record) {
        RecordSchema<?> schema = RecordSchemas.of(record);
        Optional<FieldSchema> main = schema.validFrom().or(() -> schema.fields().stream()
                .filter(field -> field.temporal() == TemporalRole.EVENT).findFirst());
        return main.map(field -> field.valueOf(record)).map(date -> ((PartialDate) date).firstDay()).orElse(null);
    }
}
