package org.confed.application.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confed.application.json.RecordJson;
import org.confed.application.recording.MergedIds;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.Membership;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.WriteReport;
import org.confed.domain.port.WriteSession;
import org.confed.domain.rules.Consistency;
import org.confed.domain.rules.Violation;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.References;
import org.confed.domain.schema.References.Reference;

/**
 * The second stage of an import, inside one write of the store: the records put aside by the read stage, type by type
 * in dependency order, a chunk at a time: each chunk's references checked against the store as the write sees it
 * (what the import wrote before included), then written; once everything is in, the rules across records checked on
 * what the write holds ({@link Consistency}, the only place rules are checked). A record that breaks a rule is a
 * problem at its place. Rows that give records their lists are joined by {@link RowJoin}. One pass of this stage is one
 * try: see {@link Importer} for what follows a failed one.
 */
final class WriteStage {
    private static final int CHUNK = 1000;
    private static final Set<Class<?>> GROUPED = Set.of(Membership.class, RotatingPresidency.class, ActionPlan.class,
            PlanEvent.class);

    private final ReadStage.Result read;
    private final ImportOptions options;
    private final Problems problems;
    private final WorkingFolder folder;
    private final ImportProgress progress;
    private final RecordJson codec = RecordJson.codec();
    private final List<ConfedRecord> grouped = new ArrayList<>();
    private final WriteReport report = new WriteReport();
    /** Records whose key named a merged person, by their key now, with the slot of the key they were read under. */
    private final Map<RecordKey, Integer> rekeyed = new HashMap<>();
    private WriteSession session;
    private RowJoin rows;
    private MergedIds merged;

    WriteStage(ReadStage.Result read, ImportOptions options, Problems problems, WorkingFolder folder, ImportProgress progress) {
        this.read = read;
        this.options = options;
        this.problems = problems;
        this.folder = folder;
        this.progress = progress;
    }

    /**
     * Writes everything accepted into the session and checks the rules on the result.
     *
     * @param session the write under way
     * @return what was written, and whether the rules across records rejected any record now
     */
    Pass run(WriteSession session) {
        this.session = session;
        this.rows = new RowJoin(read, options, problems, session);
        this.merged = new MergedIds(session);
        progress.phase(ImportProgress.Phase.WRITING, read.spills().values().stream().mapToLong(Spill::count).sum());
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            rows.check(schema);
            Spill spill = read.spills().get(schema);
            if (spill != null) {
                writeSpill(spill);
            }
            writeStoredRecordsWithRows(schema);
        }
        progress.phase(ImportProgress.Phase.CHECKING, grouped.size());
        return new Pass(report, checkGroups());
    }

    /**
     * One pass's outcome.
     *
     * @param written    what it wrote
     * @param newRejects how many records the rules across records rejected in it
     */
    record Pass(WriteReport written, int newRejects) {
    }

    private void writeSpill(Spill spill) {
        try (Spill.Entries entries = spill.read()) {
            List<Incoming> chunk = new ArrayList<>(CHUNK);
            while (entries.next()) {
                ConfedRecord record = codec.decode(entries.json());
                int slot = read.keys().find(read.keys().hash(record.key()));
                if (read.keys().rejected(slot) || read.keys().present(slot)) {
                    continue;
                }
                chunk.add(new Incoming(record, entries.place(), entries.origin(), slot));
                if (chunk.size() == CHUNK) {
                    writeChunk(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            writeChunk(chunk);
        } catch (IOException e) {
            throw folder.failed(e);
        } catch (UncheckedIOException e) {
            throw folder.failed(e.getCause());
        }
    }

    /** A record on its way in, with where it was read. */
    private record Incoming(ConfedRecord record, Place place, RecordOrigin origin, int slot) {
    }

    private void writeChunk(List<Incoming> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Incoming> accepted = new ArrayList<>(chunk.size());
        List<RecordKey> linked = chunk.stream().filter(incoming -> incoming.origin() == RecordOrigin.LINKED)
                .map(incoming -> incoming.record().key()).toList();
        Set<RecordKey> stored = linked.isEmpty() ? Set.of() : session.existing(linked);
        List<RecordKey> withoutLists = chunk.stream().filter(incoming -> incoming.origin() == RecordOrigin.WITHOUT_LISTS)
                .map(incoming -> incoming.record().key()).toList();
        Set<RecordKey> storedWithLists = withoutLists.isEmpty() ? Set.of() : session.existing(withoutLists);
        for (Incoming incoming : chunk) {
            if (incoming.origin() == RecordOrigin.LINKED && stored.contains(incoming.record().key())) {
                read.keys().markPresent(incoming.slot());
            } else if (refersToNoRejected(incoming)) {
                resolved(withRows(incoming, storedWithLists)).ifPresent(accepted::add);
            }
        }
        Map<RecordKey, Incoming> byKey = new LinkedHashMap<>();
        accepted.forEach(incoming -> byKey.put(incoming.record().key(), incoming));
        Set<RecordKey> refused = new HashSet<>();
        for (Violation violation : Consistency.missingReferences(records(accepted), byKey::containsKey, session)) {
            Incoming blamed = byKey.get(violation.record());
            if (blamed != null) {
                problems.add(blamed.place(), violation.field(), violation.message());
                refused.add(violation.record());
                reject(blamed.slot());
            }
        }
        List<Incoming> toWrite = byKey.values().stream().filter(incoming -> !refused.contains(incoming.record().key())).toList();
        List<WriteOutcome> outcomes = session.putAll(toWrite.stream().map(incoming -> RecordWrite.upsert(incoming.record())).toList());
        for (int i = 0; i < toWrite.size(); i++) {
            ConfedRecord record = toWrite.get(i).record();
            report.record(record.key().type(), outcomes.get(i));
            if (GROUPED.contains(record.getClass())) {
                grouped.add(record);
            }
        }
        progress.advance(chunk.size());
    }

    // A reference to a record the import rejected: with SKIP the referrer goes too, and says why; with STOP nothing is
    // written anyway, so the rejection alone is enough.
    private boolean refersToNoRejected(Incoming incoming) {
        for (Reference reference : References.of(incoming.record())) {
            int slot = read.keys().find(read.keys().hash(reference.target()));
            if (slot >= 0 && read.keys().rejected(slot)) {
                if (options.onError() == OnError.SKIP) {
                    problems.add(incoming.place(), reference.field(), reference.target().typeName() + " "
                            + String.join("/", reference.target().parts()) + " is rejected (" + read.keys().place(slot) + ")");
                }
                reject(incoming.slot());
                return false;
            }
        }
        return true;
    }

    private void reject(int slot) {
        read.keys().reject(slot);
    }

    private static List<ConfedRecord> records(List<Incoming> incoming) {
        return incoming.stream().map(Incoming::record).toList();
    }

    // A record of the import with the lists rows give; a CSV record keeps the stored ones unless rows give them.
    private Incoming withRows(Incoming incoming, Set<RecordKey> storedWithLists) {
        ConfedRecord record = incoming.record();
        boolean fromCsv = incoming.origin() == RecordOrigin.WITHOUT_LISTS;
        ConfedRecord stored = fromCsv && storedWithLists.contains(record.key())
                ? session.find(record.getClass(), record.key()).map(Versioned::record).orElse(null) : null;
        return new Incoming(rows.completed(record, incoming.place(), fromCsv, stored), incoming.place(), incoming.origin(),
                incoming.slot());
    }

    /**
     * The record naming survivors where it named merged persons ({@link MergedIds}); empty when it is a merged person
     * itself (counted unchanged: the survivor stands for it) or cannot name the survivor (a problem at its place).
     */
    private Optional<Incoming> resolved(Incoming incoming) {
        Optional<ConfedRecord> resolved;
        try {
            resolved = merged.resolve(incoming.record());
        } catch (InvalidFieldException e) {
            problems.add(incoming.place(), e.field(), e.problem() + " once merged persons are named by their survivor");
            reject(incoming.slot());
            return Optional.empty();
        }
        if (resolved.isEmpty()) {
            report.record(incoming.record().key().type(), WriteOutcome.UNCHANGED);
            return Optional.empty();
        }
        if (!resolved.get().key().equals(incoming.record().key())) {
            rekeyed.put(resolved.get().key(), incoming.slot());
        }
        return Optional.of(new Incoming(resolved.get(), incoming.place(), incoming.origin(), incoming.slot()));
    }

    private void writeStoredRecordsWithRows(RecordSchema<?> schema) {
        List<RecordWrite> completed = new ArrayList<>();
        for (RecordWrite write : rows.storedRecords(schema)) {
            merged.resolve(write.record()).ifPresent(record -> completed.add(new RecordWrite(record, write.expectedVersion())));
        }
        List<WriteOutcome> outcomes = session.putAll(completed);
        outcomes.forEach(outcome -> report.record(schema.javaType(), outcome));
    }

    // --- the rules across records, on everything written

    private int checkGroups() {
        Set<RecordKey> imported = new HashSet<>();
        grouped.forEach(record -> imported.add(record.key()));
        int fresh = 0;
        for (Violation violation : Consistency.groupRules(grouped, session, imported::contains)) {
            int slot = rekeyed.getOrDefault(violation.record(), read.keys().find(read.keys().hash(violation.record())));
            if (slot < 0 || read.keys().rejected(slot)) {
                continue;
            }
            problems.add(read.keys().place(slot), violation.field(), violation.message());
            reject(slot);
            fresh++;
        }
        // the rules run over the whole group at once: all of it is done when they return
        progress.advance(grouped.size());
        return fresh;
    }
}
