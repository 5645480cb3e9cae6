package org.confed.application.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.confed.application.format.CsvTable;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Dispute;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.Post;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteSession;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.References;
import org.confed.domain.schema.References.Reference;

/**
 * The rows of an import that give a record's lists (a meeting's {@code participant} rows, any record's
 * {@code dispute} rows), joined to their records inside the write: each row's references checked against the store as
 * the write sees it, a problem at the row's own place; then the records of the import completed with them, and the
 * stored records they name but the import does not give completed and written.
 */
final class RowJoin {
    private final ReadStage.Result read;
    private final ImportOptions options;
    private final Problems problems;
    private final WriteSession session;
    private final RecordJson codec = RecordJson.codec();

    RowJoin(ReadStage.Result read, ImportOptions options, Problems problems, WriteSession session) {
        this.read = read;
        this.options = options;
        this.problems = problems;
        this.session = session;
    }

    /** Checks the rows that complete records of a type, before those records are written. */
    void check(RecordSchema<?> schema) {
        if (schema.javaType() == Meeting.class) {
            checkParticipantRows();
        }
        checkDisputeRows(schema);
    }

    /**
     * A record of the import with the lists its rows give. A CSV record has no cell for them: rows give them all, else
     * it keeps the stored ones.
     *
     * @param record  the record as read
     * @param place   where it was read
     * @param fromCsv whether it comes from a CSV row
     * @param stored  the stored record of its key, for a CSV record; else {@code null}
     * @return the record to write
     */
    ConfedRecord completed(ConfedRecord record, Place place, boolean fromCsv, ConfedRecord stored) {
        if (record instanceof Meeting meeting) {
            List<Participant> base;
            if (fromCsv) {
                base = read.rows().anyAccepted(meeting.id()) || !(stored instanceof Meeting before) ? List.of() : before.participants();
            } else {
                base = meeting.participants();
                refuseRowsThatChangeParticipants(meeting, place);
            }
            record = read.rows().completed(meeting, base);
        }
        checkDisputeRowReferences(record);
        List<Dispute> base;
        if (fromCsv) {
            base = read.disputes().anyAccepted(record.key()) || stored == null ? List.of() : DisputeRows.disputesOf(stored);
        } else {
            base = DisputeRows.disputesOf(record);
        }
        return read.disputes().completed(record, base);
    }

    private void checkParticipantRows() {
        ParticipantRows rows = read.rows();
        List<JoinedRow<MeetingId, Participant>> needStore = new ArrayList<>();
        Set<RecordKey> ask = new HashSet<>();
        for (MeetingId meeting : rows.meetings()) {
            for (JoinedRow<MeetingId, Participant> row : rows.of(meeting)) {
                if (row.rejected() || rowRefersToRejected(row.place, ParticipantRows.meetingField(), meetingKey(row),
                        () -> rows.reject(row))) {
                    continue;
                }
                boolean rejected = false;
                for (Map.Entry<String, RecordKey> reference : participantReferences(row).entrySet()) {
                    rejected = rejected || rowRefersToRejected(row.place, reference.getKey(), reference.getValue(),
                            () -> rows.reject(row));
                }
                if (rejected) {
                    continue;
                }
                needStore.add(row);
                ask.add(meetingKey(row));
                ask.addAll(participantReferences(row).values());
            }
        }
        ask.removeIf(key -> read.keys().find(read.keys().hash(key)) >= 0);
        Set<RecordKey> stored = ask.isEmpty() ? Set.of() : session.existing(ask);
        for (JoinedRow<MeetingId, Participant> row : needStore) {
            if (!inImportOrStored(meetingKey(row), stored)) {
                problems.add(row.place, ParticipantRows.meetingField(), "meeting " + row.owner + " does not exist");
                rows.reject(row);
                continue;
            }
            for (Map.Entry<String, RecordKey> reference : participantReferences(row).entrySet()) {
                if (!inImportOrStored(reference.getValue(), stored)) {
                    problems.add(row.place, reference.getKey(), reference.getValue().typeName() + " "
                            + reference.getValue().id() + " does not exist");
                    rows.reject(row);
                    break;
                }
            }
        }
    }

    private static RecordKey meetingKey(JoinedRow<MeetingId, Participant> row) {
        return RecordKey.of(Meeting.class, row.owner);
    }

    // The person and the post a row names, by the field that names each.
    private static Map<String, RecordKey> participantReferences(JoinedRow<MeetingId, Participant> row) {
        Map<String, RecordKey> references = new LinkedHashMap<>();
        if (row.item.person() != null) {
            references.put(ParticipantRows.personField(), RecordKey.of(Person.class, row.item.person()));
        }
        if (row.item.post() != null) {
            references.put(ParticipantRows.postField(), RecordKey.of(Post.class, row.item.post()));
        }
        return references;
    }

    private boolean rowRefersToRejected(Place place, String field, RecordKey target, Runnable rejectRow) {
        int slot = read.keys().find(read.keys().hash(target));
        if (slot < 0 || !read.keys().rejected(slot)) {
            return false;
        }
        if (options.onError() == OnError.SKIP) {
            problems.add(place, field, target.typeName() + " " + String.join("/", target.parts()) + " is rejected ("
                    + read.keys().place(slot) + ")");
        }
        rejectRow.run();
        return true;
    }

    private boolean inImportOrStored(RecordKey key, Set<RecordKey> stored) {
        int slot = read.keys().find(read.keys().hash(key));
        return slot >= 0 ? !read.keys().rejected(slot) : stored.contains(key);
    }

    private void refuseRowsThatChangeParticipants(Meeting meeting, Place meetingPlace) {
        for (JoinedRow<MeetingId, Participant> row : read.rows().of(meeting.id())) {
            for (Participant participant : meeting.participants()) {
                if (!row.rejected() && participant.who().equals(row.item.who()) && !participant.equals(row.item)) {
                    problems.add(row.place, ParticipantRows.differs(participant, row.item), "the meeting " + meeting.id()
                            + " at " + meetingPlace + " gives " + ParticipantRows.who(participant) + " "
                            + ParticipantRows.given(participant, row.item) + "; a row cannot change it");
                    read.rows().reject(row);
                }
            }
        }
    }

    // Dispute rows of records of this type: each names a record of the import or a stored one.
    private void checkDisputeRows(RecordSchema<?> schema) {
        DisputeRows disputes = read.disputes();
        List<RecordKey> ask = new ArrayList<>();
        for (RecordKey key : disputes.records(schema.javaType())) {
            int slot = read.keys().find(read.keys().hash(key));
            if (slot < 0) {
                ask.add(key);
            } else if (read.keys().rejected(slot)) {
                for (JoinedRow<RecordKey, Dispute> row : disputes.of(key)) {
                    if (!row.rejected()) {
                        rowRefersToRejected(row.place, DisputeRows.recordField(), key, () -> disputes.reject(row));
                    }
                }
            }
        }
        Set<RecordKey> stored = ask.isEmpty() ? Set.of() : session.existing(ask);
        for (RecordKey key : ask) {
            if (stored.contains(key)) {
                continue;
            }
            for (JoinedRow<RecordKey, Dispute> row : disputes.of(key)) {
                if (!row.rejected()) {
                    problems.add(row.place, DisputeRows.recordField(), key + " does not exist");
                    disputes.reject(row);
                }
            }
        }
    }

    // What a dispute row refers to (its sources, a disputed holder or state) must exist, as the record's own references.
    private void checkDisputeRowReferences(ConfedRecord record) {
        List<JoinedRow<RecordKey, Dispute>> rows = read.disputes().of(record.key()).stream().filter(row -> !row.rejected()).toList();
        if (rows.isEmpty()) {
            return;
        }
        FieldSchema disputesField = CsvTable.disputesField(RecordSchemas.of(record));
        String prefix = record.key().typeName() + "." + disputesField.name() + "[1]";
        Map<JoinedRow<RecordKey, Dispute>, List<Reference>> byRow = new LinkedHashMap<>();
        Set<RecordKey> ask = new HashSet<>();
        for (JoinedRow<RecordKey, Dispute> row : rows) {
            List<Reference> references = References.of(codec.with(record, disputesField, List.of(row.item))).stream()
                    .filter(reference -> reference.field().startsWith(prefix)).toList();
            byRow.put(row, references);
            references.forEach(reference -> ask.add(reference.target()));
        }
        Set<RecordKey> stored = ask.isEmpty() ? Set.of() : session.existing(ask);
        byRow.forEach((row, references) -> {
            for (Reference reference : references) {
                String field = CsvTable.DISPUTE + reference.field().substring(prefix.length());
                if (rowRefersToRejected(row.place, field, reference.target(), () -> read.disputes().reject(row))) {
                    return;
                }
                if (!stored.contains(reference.target())) {
                    problems.add(row.place, field, reference.target().typeName() + " " + reference.target().id()
                            + " does not exist");
                    read.disputes().reject(row);
                    return;
                }
            }
        });
    }

    /**
     * Stored records of a type that rows of the import complete (participants of a meeting, disputes of any record)
     * while the import does not give the record itself.
     *
     * @param schema a type
     * @return the writes of those records, completed
     */
    List<RecordWrite> storedRecords(RecordSchema<?> schema) {
        Set<RecordKey> targets = new TreeSet<>();
        if (schema.javaType() == Meeting.class) {
            for (MeetingId id : read.rows().meetings()) {
                if (read.rows().anyAccepted(id)) {
                    targets.add(RecordKey.of(Meeting.class, id));
                }
            }
        }
        read.disputes().records(schema.javaType()).stream().filter(read.disputes()::anyAccepted).forEach(targets::add);
        targets.removeIf(key -> read.keys().find(read.keys().hash(key)) >= 0);
        List<RecordWrite> writes = new ArrayList<>();
        for (RecordKey key : targets) {
            session.find(schema.javaType(), key).map(Versioned::record).ifPresent(stored -> {
                ConfedRecord record = stored instanceof Meeting meeting ? read.rows().completed(meeting, meeting.participants())
                        : stored;
                checkDisputeRowReferences(record);
                writes.add(RecordWrite.upsert(read.disputes().completed(record, DisputeRows.disputesOf(record))));
            });
        }
        return writes;
    }
}
