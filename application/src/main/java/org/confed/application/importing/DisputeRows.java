package org.confed.application.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.confed.application.format.CsvTable;
import org.confed.application.format.RecordNames;
import org.confed.application.json.FieldProblem;
import org.confed.application.json.InvalidRecordException;
import org.confed.application.json.JsonWords;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Dispute;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.RecordKey;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;

/**
 * The {@code dispute} rows of an import (CSV's way of giving a record's disputes), by the record they name: each row
 * checked alone when read (its record's name, and its value against the disputed field of that type), then joined to
 * its record, of the import or stored, when records of that type are written.
 */
final class DisputeRows {
    private static final CsvTable.Disputes TABLE = CsvTable.disputes();
    private static final String RECORD = CsvTable.DISPUTE + "." + CsvTable.Disputes.RECORD.name();

    private final Map<RecordKey, List<JoinedRow<RecordKey, Dispute>>> byRecord = new TreeMap<>();
    private final Problems problems;
    private long rejected;

    DisputeRows(Problems problems) {
        this.problems = problems;
    }

    static String recordField() {
        return RECORD;
    }

    /** Reads one row; a row that breaks a rule of its own is a problem and is not kept. */
    void add(Place place, ObjectNode node) {
        List<FieldProblem> found = new ArrayList<>();
        ObjectNode dispute = node.objectNode();
        node.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            if (name.equals("type") || name.equals(CsvTable.Disputes.RECORD.name())) {
                return;
            }
            if (TABLE.column(name).isEmpty()) {
                found.add(new FieldProblem(CsvTable.DISPUTE + "." + name, "is not a field of " + CsvTable.DISPUTE
                        + " (its fields: " + TABLE.columnNames() + ")"));
            } else {
                dispute.set(name, entry.getValue());
            }
        });
        RecordKey key = recordKey(node.get(CsvTable.Disputes.RECORD.name()), found);
        Dispute read = null;
        if (key != null) {
            RecordSchema<?> schema = RecordSchemas.of(key.type());
            try {
                read = (Dispute) RecordJson.codec().readItem(schema, CsvTable.disputesField(schema), dispute, CsvTable.DISPUTE);
            } catch (InvalidRecordException e) {
                found.addAll(e.problems());
            }
        }
        if (!found.isEmpty()) {
            rejected++;
            found.forEach(problem -> problems.add(place, problem.field(), problem.message()));
            return;
        }
        List<JoinedRow<RecordKey, Dispute>> ofRecord = byRecord.computeIfAbsent(key, k -> new ArrayList<>(2));
        for (JoinedRow<RecordKey, Dispute> other : ofRecord) {
            if (other.item.equals(read)) {
                return; // the same row again
            }
        }
        ofRecord.add(new JoinedRow<>(key, read, place));
    }

    private static RecordKey recordKey(JsonNode value, List<FieldProblem> found) {
        if (value == null || value.isNull()) {
            found.add(new FieldProblem(RECORD, "is required: the record the dispute is about, as TYPE:KEY"
                    + " (membership:AES:MLI:2023-09-16)"));
            return null;
        }
        if (!value.isTextual()) {
            found.add(new FieldProblem(RECORD, "must be a text, not " + JsonWords.describe(value)));
            return null;
        }
        try {
            return RecordNames.parse(value.asText());
        } catch (InvalidFieldException e) {
            found.add(new FieldProblem(RECORD, e.problem()));
            return null;
        }
    }

    void reject(JoinedRow<RecordKey, Dispute> row) {
        if (row.reject()) {
            rejected++;
        }
    }

    long rejectedCount() {
        return rejected;
    }

    /** Every record of a type some row names, in key order. */
    List<RecordKey> records(Class<? extends ConfedRecord> type) {
        return byRecord.keySet().stream().filter(key -> key.type() == type).toList();
    }

    /** The rows of a record, rejected ones included. */
    List<JoinedRow<RecordKey, Dispute>> of(RecordKey record) {
        return byRecord.getOrDefault(record, List.of());
    }

    boolean anyAccepted(RecordKey record) {
        return of(record).stream().anyMatch(row -> !row.rejected());
    }

    /**
     * The record with these disputes, then its accepted rows that are not among them.
     *
     * @param record a record
     * @param base   the disputes it starts from
     * @param <R>    its class
     * @return the record as it is to be written; the same object when nothing changes
     */
    <R extends ConfedRecord> R completed(R record, List<Dispute> base) {
        List<Dispute> disputes = new ArrayList<>(base);
        for (JoinedRow<RecordKey, Dispute> row : of(record.key())) {
            if (!row.rejected() && !disputes.contains(row.item)) {
                disputes.add(row.item);
            }
        }
        RecordSchema<?> schema = RecordSchemas.of(record);
        if (disputes.equals(disputesOf(record))) {
            return record;
        }
        return RecordJson.codec().with(record, CsvTable.disputesField(schema), disputes);
    }

    /** A record's disputes. */
    @SuppressWarnings("unchecked")
    static List<Dispute> disputesOf(ConfedRecord record) {
        return (List<Dispute>) CsvTable.disputesField(RecordSchemas.of(record)).valueOf(record);
    }
}
