package org.confed.persistence;

import java.time.LocalDate;
import java.util.LinkedHashSet;
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

    /** The earliest and latest days a stored date column holds; an open end is kept at these bounds. */
    static final LocalDate FIRST_STORED_DAY = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_STORED_DAY = LocalDate.of(9999, 12, 31);
    /**
     * How far past its sort day a record's dates may reach before it is marked {@link Terms#longSpan long}: a search
     * from a day walks back this far, and takes the long ones wherever they start. A week holds a summit or a session;
     * the walk back then reads a week of meetings, where a year of them (V2 to V4's span) made a page from the middle
     * of a million meetings take seconds. V5 ({@link LongSpansOfAWeek}) marks the rows stored before.
     */
    static final int LONGEST_SHORT_SPAN_DAYS = 7;

    static RecordRow of(ConfedRecord record, RecordEncoding encoding) {
        LocalDate sortDay = sortDay(record);
        Set<String> terms = Terms.of(record);
        if (spansLong(record, sortDay)) {
            terms = new LinkedHashSet<>(terms);
            terms.add(Terms.longSpan(record.key().typeName()));
        }
        return new RecordRow(record.key().typeName(), NaturalKey.of(record.key()), encoding.encode(record), sortDay,
                terms);
    }

    /** Whether the record's dates reach more than {@link #LONGEST_SHORT_SPAN_DAYS} past its sort day. */
    static boolean spansLong(ConfedRecord record, LocalDate sortDay) {
        return sortDay != null && lastDay(record).isAfter(sortDay.plusDays(LONGEST_SHORT_SPAN_DAYS));
    }

    /** The first day of the date that places the record in time: its valid-from date, else its event date. */
    static LocalDate sortDay(ConfedRecord record) {
        RecordSchema<?> schema = RecordSchemas.of(record);
        Optional<FieldSchema> main = schema.validFrom().or(() -> schema.fields().stream()
                .filter(field -> field.temporal() == TemporalRole.EVENT).findFirst());
        return main.map(field -> field.valueOf(record)).map(date -> stored(((PartialDate) date).firstDay())).orElse(null);
    }

    /** The last day any of the record's dates reaches ({@code LAST_STORED_DAY} for an open end). */
    private static LocalDate lastDay(ConfedRecord record) {
        LocalDate last = FIRST_STORED_DAY;
        for (FieldSchema field : RecordSchemas.of(record).fields()) {
            if (field.valueOf(record) instanceof PartialDate date && stored(date.lastDay()).isAfter(last)) {
                last = stored(date.lastDay());
            }
        }
        return last;
    }

    private static LocalDate stored(LocalDate day) {
        return day.isBefore(FIRST_STORED_DAY) ? FIRST_STORED_DAY : day.isAfter(LAST_STORED_DAY) ? LAST_STORED_DAY : day;
    }
}
