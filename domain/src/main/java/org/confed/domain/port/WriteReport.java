package org.confed.domain.port;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** How many records of each type a write inserted, updated and left unchanged. Mutable while a write counts. */
public final class WriteReport {
    /** An empty report, to count into. */
    public WriteReport() {
    }

    private final Map<String, Map<WriteOutcome, Long>> byType = new TreeMap<>();

    /**
     * Counts one record.
     *
     * @param type    the record's type name ({@code membership})
     * @param outcome what writing it did
     */
    public void record(String type, WriteOutcome outcome) {
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
     * How many records of one type had one outcome.
     *
     * @param type    a type name
     * @param outcome an outcome
     * @return the count, 0 when none
     */
    public long count(String type, WriteOutcome outcome) {
        return byType.getOrDefault(type, Map.of()).getOrDefault(outcome, 0L);
    }

    /**
     * How many records had one outcome, over all types.
     *
     * @param outcome an outcome
     * @return the count, 0 when none
     */
    public long total(WriteOutcome outcome) {
        return byType.values().stream().mapToLong(counts -> counts.getOrDefault(outcome, 0L)).sum();
    }

    /**
     * The record types counted.
     *
     * @return the type names, in name order
     */
    public Iterable<String> types() {
        return Collections.unmodifiableSet(byType.keySet());
    }

    /**
     * Whether anything was inserted or updated.
     *
     * @return whether the write changed the store
     */
    public boolean changedAnything() {
        return total(WriteOutcome.INSERTED) + total(WriteOutcome.UPDATED) > 0;
    }

    /**
     * The counts for a person to read.
     *
     * @return one line per type: {@code membership: 3 inserted, 0 updated, 0 unchanged}
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String type : byType.keySet()) {
            out.append(type).append(": ").append(count(type, WriteOutcome.INSERTED)).append(" inserted, ")
                    .append(count(type, WriteOutcome.UPDATED)).append(" updated, ")
                    .append(count(type, WriteOutcome.UNCHANGED)).append(" unchanged\n");
        }
        return out.toString();
    }
}
