package org.confed.domain.port;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.schema.RecordSchemas;

/** How many records of each type a write inserted, updated and left unchanged. Mutable while a write counts. */
public final class WriteReport {
    private static final Comparator<Class<? extends ConfedRecord>> BY_NAME =
            Comparator.comparing(type -> RecordSchemas.of(type).name());

    private final Map<Class<? extends ConfedRecord>, Map<WriteOutcome, Long>> byType = new TreeMap<>(BY_NAME);

    /** An empty report, to count into. */
    public WriteReport() {
    }

    /**
     * Counts one record.
     *
     * @param type    the record's type
     * @param outcome what writing it did
     */
    public void record(Class<? extends ConfedRecord> type, WriteOutcome outcome) {
        byType.computeIfAbsent(type, t -> new EnumMap<>(WriteOutcome.class)).merge(outcome, 1L, Long::sum);
    }

    /**
     * Adds another report's counts to this one.
     *
     * @param other the report to add; unchanged
     */
    public void add(WriteReport other) {
        other.byType.forEach((type, counts) -> counts.forEach((outcome, n) ->
                byType.computeIfAbsent(type, t -> new EnumMap<>(WriteOutcome.class)).merge(outcome, n, Long::sum)));
    }

    /**
     * How many records of a type had an outcome.
     *
     * @param type    the record type
     * @param outcome the outcome
     * @return the count, 0 when none
     */
    public long count(Class<? extends ConfedRecord> type, WriteOutcome outcome) {
        return byType.getOrDefault(type, Map.of()).getOrDefault(outcome, 0L);
    }

    /**
     * How many records of all types had an outcome.
     *
     * @param outcome the outcome
     * @return the count
     */
    public long total(WriteOutcome outcome) {
        return byType.values().stream().mapToLong(counts -> counts.getOrDefault(outcome, 0L)).sum();
    }

    /**
     * The types counted, by name.
     *
     * @return the types with at least one record counted
     */
    public Iterable<Class<? extends ConfedRecord>> types() {
        return Collections.unmodifiableSet(byType.keySet());
    }

    /**
     * Whether any record was inserted or updated.
     *
     * @return whether the write changed the store
     */
    public boolean changedAnything() {
        return total(WriteOutcome.INSERTED) + total(WriteOutcome.UPDATED) > 0;
    }

    /**
     * One line per type: {@code membership: 3 inserted, 0 updated, 1 unchanged}.
     *
     * @return the counts, by type name
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Class<? extends ConfedRecord> type : byType.keySet()) {
            out.append(RecordSchemas.of(type).name()).append(": ").append(count(type, WriteOutcome.INSERTED)).append(" inserted, ")
                    .append(count(type, WriteOutcome.UPDATED)).append(" updated, ")
                    .append(count(type, WriteOutcome.UNCHANGED)).append(" unchanged\n");
        }
        return out.toString();
    }
}
