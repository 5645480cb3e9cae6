package org.confed.domain.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Dispute;
import org.confed.domain.model.PartialDate;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.Records;
import org.confed.domain.schema.TemporalRole;
import org.confed.domain.schema.ValueKind;

/**
 * How certain an answer is: whether its gist (who presided, which states were members) stays the same when a date
 * known only as a span is read on another of its days, or when a disputed field takes the other value.
 *
 * <p>One date at a time is enough: an "as of" answer depends on each date only through whether it falls on or before
 * the day asked (and, among terms or events, which comes last by then), so a date can change the answer only by
 * crossing the day, and it crosses it alone at the day or the day after. Each date is tried at those days and at its
 * span's ends, the other dates read each on its one day (a start or an event at its first, an end at its last), as a
 * reader who knew them would; the property tests check this against every combination of every span.
 */
final class Certainty {
    private Certainty() {
    }

    static <R extends ConfedRecord, G> List<Uncertainty> of(List<R> records, LocalDate day, Function<List<R>, G> gist) {
        G baseline = gist.apply(records);
        List<R> read = readOnOneDay(records);
        List<Uncertainty> found = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            R record = records.get(i);
            RecordSchema<R> schema = RecordSchemas.of(record);
            for (FieldSchema field : schema.fields()) {
                if (field.kind() == ValueKind.DATE && field.valueOf(record) instanceof PartialDate date && !date.isExactDay()
                        && changes(read, i, field.name(), date, day, gist, baseline)) {
                    found.add(new Uncertainty(record.key(), field.name(), Because.SPAN, date));
                }
            }
            for (Dispute dispute : disputes(schema, record)) {
                if (!baseline.equals(gist.apply(replaced(records, i, dispute.field(), dispute.value())))) {
                    found.add(new Uncertainty(record.key(), dispute.field(), Because.DISPUTE, dispute.value()));
                }
            }
        }
        return found;
    }

    private static <R extends ConfedRecord, G> boolean changes(List<R> records, int index, String field, PartialDate date,
                                                               LocalDate day, Function<List<R>, G> gist, G baseline) {
        for (LocalDate candidate : critical(date, day)) {
            List<R> pinned = replaced(records, index, field, PartialDate.ofDay(candidate));
            if (pinned != records && !baseline.equals(gist.apply(pinned))) {
                return true;
            }
        }
        return false;
    }

    // Every bounded date read on its one day: a start or an event on its first, an end on its last.
    private static <R extends ConfedRecord> List<R> readOnOneDay(List<R> records) {
        List<R> read = new ArrayList<>(records);
        for (int i = 0; i < read.size(); i++) {
            for (FieldSchema field : RecordSchemas.of(read.get(i)).fields()) {
                if (field.kind() == ValueKind.DATE && field.valueOf(read.get(i)) instanceof PartialDate date
                        && !date.isExactDay()) {
                    LocalDate on = field.temporal() == TemporalRole.VALID_TO ? date.lastDay() : date.firstDay();
                    if (!on.equals(LocalDate.MIN) && !on.equals(LocalDate.MAX)) {
                        read = replaced(read, i, field.name(), PartialDate.ofDay(on));
                    }
                }
            }
        }
        return read;
    }

    // The days a date is tried at: its span's bounded ends, and the day asked and the day after, where within the span.
    static List<LocalDate> critical(PartialDate date, LocalDate day) {
        Set<LocalDate> days = new LinkedHashSet<>();
        if (!date.firstDay().equals(LocalDate.MIN)) {
            days.add(date.firstDay());
        }
        if (!date.lastDay().equals(LocalDate.MAX)) {
            days.add(date.lastDay());
        }
        days.add(day);
        days.add(day.plusDays(1));
        return days.stream().filter(date::contains).toList();
    }

    // The records with one field of one record replaced; the same list when the replacement is not a valid record.
    private static <R extends ConfedRecord> List<R> replaced(List<R> records, int index, String field, Object value) {
        R other;
        try {
            other = Records.with(records.get(index), field, value);
        } catch (RuntimeException invalid) {
            return records;
        }
        List<R> copy = new ArrayList<>(records);
        copy.set(index, other);
        return copy;
    }

    private static List<Dispute> disputes(RecordSchema<?> schema, ConfedRecord record) {
        return schema.field("disputes").map(field -> field.valueOf(record)).filter(List.class::isInstance)
                .map(list -> ((List<?>) list).stream().map(Dispute.class::cast).toList()).orElse(List.of());
    }
}
