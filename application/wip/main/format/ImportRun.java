package org.confed.application.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.confed.application.format.CsvColumns.Column;
import org.confed.application.format.CsvColumns.CsvType;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.ConfedException;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.MeetingId;
import org.confed.domain.model.Membership;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanEvent;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.model.RotatingPresidency;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.domain.port.Versioned;
import org.confed.domain.port.WriteOutcome;
import org.confed.domain.port.WriteReport;
import org.confed.domain.rules.Consistency;
import org.confed.domain.rules.RuleViolationException;
import org.confed.domain.rules.Violation;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;
import org.confed.domain.schema.References;
import org.confed.domain.schema.References.Reference;

/**
 * One import, from reading to writing. See {@link Importer} for the rules; this is how they are kept with
 * bounded memory:
 *
 * <ol>
 *   <li>Read: every input is parsed and each record checked on its own; a good record goes, as canonical JSON, to a
 *       spill file of its type, and only its key's hash, content hash and place stay in memory ({@link KeyTable}).
 *       Records the rules across records need whole (confederations, memberships, presidencies, action plans, plan
 *       events: few in practice) are also held. CSV participant rows are held, grouped by meeting.</li>
 *   <li>Check: types are taken in dependency order ({@link RecordSchemas#all()}), so when a type's records are
 *       checked every record they can refer to is settled: each reference must point at an accepted record of the
 *       import or, asked in batches, at a stored one. Then the rules of {@link Consistency} run over the held
 *       records merged with the stored ones; with {@link OnError#SKIP} until no new record is rejected.</li>
 *   <li>Write: the spill files are streamed in the same order into one {@code registry.write} call.</li>
 * </ol>
 */
final class ImportRun implements Closeable {
    private static final int ASK_BATCH = 1000;
    private static final int MAX_PENDING_REFERRERS = 20_000;
    private static final long LINE_BITS = 40;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;
    private static final String NO_SOURCE = "import";

    private static final String MEETING = RecordSchemas.of(Meeting.class).name();
    private static final String MEMBERSHIP = RecordSchemas.of(Membership.class).name();
    private static final String PRESIDENCY = RecordSchemas.of(RotatingPresidency.class).name();
    private static final String ACTION_PLAN = RecordSchemas.of(ActionPlan.class).name();
    private static final String PLAN_EVENT = RecordSchemas.of(PlanEvent.class).name();
    private static final String CONFEDERATION = RecordSchemas.of(Confederation.class).name();
    /** The types the rules across records need whole. */
    private static final Set<String> HELD = Set.of(CONFEDERATION, MEMBERSHIP, PRESIDENCY, ACTION_PLAN, PLAN_EVENT);

    private final Registry registry;
    private final Path spillDirectory;
    private final List<ImportSource> sources;
    private final ImportOptions options;
    private final KeyTable keys = new KeyTable(new SecureRandom().nextLong());
    private final Map<String, Spill> spills = new HashMap<>();
    private final Map<String, List<Held>> held = new HashMap<>();
    private final Map<String, List<Row>> rows = new TreeMap<>();
    private final Map<String, Meeting> storedMeetingsWithRows = new HashMap<>();
    private final Map<String, List<Participant>> storedParticipantsOfCsvMeetings = new HashMap<>();
    private final List<Located> problems = new ArrayList<>();
    private final Map<RecordKey, List<Referrer>> pending = new LinkedHashMap<>();
    private final KeyTable.Remembered knownStored = new KeyTable.Remembered(100_000);
    private final List<Closeable> open = new ArrayList<>();
    private final CsvType participantType = CsvColumns.participant();
    private int pendingReferrers;
    private long problemCount;
    private long recordsRead;
    private long rejected;

    ImportRun(Registry registry, Path spillDirectory, List<ImportSource> sources, ImportOptions options) {
        this.registry = registry;
        this.spillDirectory = spillDirectory;
        this.sources = List.copyOf(sources);
        this.options = options;
    }

    ImportReport execute() {
        try {
            for (int index = 0; index < sources.size(); index++) {
                read(index);
            }
            finishSpills();
            check();
        } catch (SpillFailure e) {
            throw workspaceFailed(e);
        }
        boolean refused = problemCount > 0 && options.onError() == OnError.STOP;
        if (refused) {
            return report(new WriteReport(), new WriteReport());
        }
        if (options.dryRun()) {
            return report(new WriteReport(), plan());
        }
        return report(write(), new WriteReport());
    }

    // --- reading

    private void read(int index) {
        ImportSource source = sources.get(index);
        SourceSink sink = new SourceSink(index);
        try (InputStream in = source.open().get()) {
            switch (source.format()) {
                case NDJSON:
                    NdjsonReader.read(new Utf8Input(in, true), source.type(), sink);
                    break;
                case CSV:
                    Optional<CsvType> type = source.type() != null ? CsvColumns.typeNamed(source.type())
                            : CsvColumns.typeOfFileName(source.name());
                    if (type.isEmpty()) {
                        sink.problem(0, null, "cannot tell the record type: name the file after its type (presidencies.csv)"
                                + " or give a type (one of " + CsvColumns.typeNames() + ")");
                        break;
                    }
                    CsvRecordsReader.read(new Utf8Input(in, false), type.get(), sink);
                    break;
                default:
                    JsonRecordsReader.read(new Utf8Input(in, false), source.type(), sink);
                    break;
            }
        } catch (IOException e) {
            sink.problem(0, null, "cannot be read: " + describe(e));
        }
    }

    /** Takes what the readers of one input find. */
    private final class SourceSink implements RecordSink {
        private final int source;

        SourceSink(int source) {
            this.source = source;
        }

        @Override
        public void record(long line, ObjectNode node, String type, int flags) {
            recordsRead++;
            long place = place(source, line);
            JsonNode declared = node.get("type");
            String name = declared != null && declared.isTextual() ? declared.asText() : type;
            if (name != null && CsvColumns.typeNamed(name).map(CsvType::isParticipant).orElse(false)) {
                participantRow(place, node);
                return;
            }
            ConfedRecord record;
            try {
                record = RecordCodec.fromJson(node, type);
            } catch (InvalidRecordException e) {
                rejected++;
                for (FieldProblem problem : e.problems()) {
                    problem(place, problem.field(), problem.message());
                }
                rememberRejectedKey(node, type, place);
                return;
            } catch (RuntimeException e) {
                rejected++;
                problem(place, name, "cannot be read: " + describe(e));
                return;
            }
            try {
                accept(record, place, flags);
            } catch (IOException e) {
                throw new SpillFailure(e);
            }
        }

        @Override
        public void unreadable(long line, String field, String message) {
            recordsRead++;
            rejected++;
            problem(place(source, line), field, message);
        }

        @Override
        public void problem(long line, String field, String message) {
            ImportRun.this.problem(place(source, line), field, message);
        }
    }

    private void accept(ConfedRecord record, long place, int flags) throws IOException {
        String type = record.key().type();
        byte[] json = Json.mapper().writeValueAsBytes(RecordCodec.toJson(record));
        long content = keys.hash(json) ^ (flags * 0x9E3779B97F4A7C15L);
        long hash = keys.hash(record.key());
        int slot = keys.find(hash);
        if (slot >= 0) {
            if (keys.content(slot) == content) {
                return; // the same record again: it is one record
            }
            rejected++;
            problem(place, type, "a different " + type + " with the same key (" + keyText(record.key()) + ") is at "
                    + where(keys.place(slot)) + "; give each key once");
            if (keys.reject(slot)) {
                rejected++;
            }
            return;
        }
        keys.add(hash, content, place, (byte) 0);
        spill(type).write(place, flags, json);
        if (HELD.contains(type)) {
            held.computeIfAbsent(type, t -> new ArrayList<>()).add(new Held(record, hash));
        }
    }

    // A record too bad to build may still name its key: remember it, so what refers to it reads "rejected", not "missing".
    private void rememberRejectedKey(ObjectNode node, String typeName, long place) {
        try {
            RecordSchema<?> schema = RecordCodec.schemaOf(node, typeName);
            List<String> parts = new ArrayList<>();
            for (FieldSchema field : schema.keyFields()) {
                JsonNode value = node.get(field.name());
                if (value == null || !value.isTextual()) {
                    return;
                }
                Object parsed = RecordCodec.scalar(field, value.asText());
                parts.add(parsed instanceof Enum<?> constant ? constant.name().toLowerCase(Locale.ROOT) : parsed.toString());
            }
            long hash = keys.hash(schema.name(), parts);
            if (keys.find(hash) < 0) {
                keys.add(hash, 0, place, KeyTable.REJECTED);
            }
        } catch (RuntimeException e) {
            // no usable key: references to it will read "does not exist"
        }
    }

    private void participantRow(long place, ObjectNode node) {
        List<FieldProblem> found = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!name.equals("type") && participantType.column(name).isEmpty()) {
                found.add(new FieldProblem(CsvColumns.PARTICIPANT + "." + name, "is not a field of " + CsvColumns.PARTICIPANT
                        + " (its fields: " + participantType.columnNames() + ")"));
            }
        });
        List<Column> columns = participantType.columns();
        MeetingId meeting = (MeetingId) scalar(node, columns.get(0), found);
        PersonId person = (PersonId) scalar(node, columns.get(1), found);
        String capacity = (String) scalar(node, columns.get(2), found);
        if (found.isEmpty()) {
            try {
                new Participant(person, capacity);
            } catch (InvalidFieldException e) {
                found.add(new FieldProblem(e.field(), e.problem()));
            }
        }
        if (!found.isEmpty()) {
            rejected++;
            found.forEach(problem -> problem(place, problem.field(), problem.message()));
            return;
        }
        List<Row> ofMeeting = rows.computeIfAbsent(meeting.value(), id -> new ArrayList<>(4));
        for (Row other : ofMeeting) {
            if (other.person.equals(person)) {
                if (Objects.equals(other.capacity, capacity)) {
                    return; // the same row again
                }
                rejected++;
                problem(place, CsvColumns.PARTICIPANT + "." + columns.get(2).name(), "another row for meeting " + meeting
                        + " and person " + person + " is at " + where(other.place) + " with the capacity "
                        + (other.capacity == null ? "absent" : RecordCodec.quote(other.capacity)) + "; give each pair once");
                rejectRow(other);
                return;
            }
        }
        ofMeeting.add(new Row(person, capacity, place));
    }

    private static Object scalar(ObjectNode node, Column column, List<FieldProblem> found) {
        String where = CsvColumns.PARTICIPANT + "." + column.name();
        JsonNode value = node.get(column.name());
        if (value == null || value.isNull()) {
            if (column.required()) {
                found.add(new FieldProblem(where, "is required"));
            }
            return null;
        }
        if (!value.isTextual()) {
            found.add(new FieldProblem(where, "must be a text, not " + RecordCodec.describe(value)));
            return null;
        }
        try {
            return RecordCodec.scalar(column.field(), value.asText());
        } catch (InvalidFieldException e) {
            found.add(new FieldProblem(where, e.problem()));
            return null;
        }
    }

    private Spill spill(String type) throws IOException {
        Spill spill = spills.get(type);
        if (spill == null) {
            spill = new Spill(spillDirectory, type);
            spills.put(type, spill);
            open.add(spill);
        }
        return spill;
    }

    private void finishSpills() {
        try {
            for (Spill spill : spills.values()) {
                spill.finish();
            }
        } catch (IOException e) {
            throw new SpillFailure(e);
        }
    }

    // --- checking

    private void check() {
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            String type = schema.name();
            Spill spill = spills.get(type);
            if (spill != null) {
                try (Spill.Entries entries = spill.read()) {
                    while (entries.next()) {
                        checkEntry(type, entries);
                    }
                } catch (IOException e) {
                    throw new SpillFailure(e);
                }
            }
            flushPending();
            if (type.equals(MEETING)) {
                checkRows();
            }
            applyRules(type);
        }
    }

    private void checkEntry(String type, Spill.Entries entries) {
        ConfedRecord record = decode(entries.json(), type);
        int slot = keys.find(keys.hash(record.key()));
        if (keys.rejected(slot)) {
            return;
        }
        if ((entries.flags() & RecordSink.IF_ABSENT) != 0 && !registry.existing(List.of(record.key())).isEmpty()) {
            keys.markPresent(slot);
            return;
        }
        for (Reference reference : References.of(record)) {
            checkReference(reference.field(), reference.target(), new Referrer(slot, null, entries.place()));
        }
        if (record instanceof Meeting meeting) {
            checkMeetingAgainstRows(meeting, entries.flags());
        }
    }

    private void checkReference(String field, RecordKey target, Referrer referrer) {
        long hash = keys.hash(target);
        int slot = keys.find(hash);
        if (slot >= 0) {
            if (keys.rejected(slot)) {
                rejectReferrer(referrer, field, target.type() + " " + keyText(target) + " is rejected (" + where(keys.place(slot)) + ")");
            }
            return;
        }
        if (knownStored.contains(hash)) {
            return;
        }
        pending.computeIfAbsent(target, key -> new ArrayList<>(2)).add(new Referrer(referrer.slot, referrer.row, referrer.place, field));
        pendingReferrers++;
        if (pending.size() >= ASK_BATCH || pendingReferrers >= MAX_PENDING_REFERRERS) {
            flushPending();
        }
    }

    // Asks the store about the references the import itself does not satisfy, a batch at a time.
    private void flushPending() {
        if (pending.isEmpty()) {
            return;
        }
        Set<RecordKey> found = registry.existing(new ArrayList<>(pending.keySet()));
        pending.forEach((target, referrers) -> {
            if (found.contains(target)) {
                knownStored.add(keys.hash(target));
                return;
            }
            for (Referrer referrer : referrers) {
                problem(referrer.place, referrer.field, target.type() + " " + keyText(target) + " does not exist");
                reject(referrer);
            }
        });
        pending.clear();
        pendingReferrers = 0;
    }

    // In SKIP mode a record that refers to a rejected one goes too, and says why; with STOP nothing is written anyway.
    private void rejectReferrer(Referrer referrer, String field, String message) {
        if (referrer.rejected(keys)) {
            return;
        }
        if (options.onError() == OnError.SKIP) {
            problem(referrer.place, field, message);
        }
        reject(referrer);
    }

    private void reject(Referrer referrer) {
        if (referrer.row != null) {
            rejectRow(referrer.row);
        } else if (keys.reject(referrer.slot)) {
            rejected++;
        }
    }

    private void rejectRow(Row row) {
        if (!row.rejected) {
            row.rejected = true;
            rejected++;
        }
    }

    /** A meeting of the import: rows for it may add participants but not change the capacity it gives one. */
    private void checkMeetingAgainstRows(Meeting meeting, int flags) {
        List<Row> ofMeeting = rows.get(meeting.id().value());
        if ((flags & RecordSink.FROM_CSV) != 0) {
            // A CSV meeting cannot list participants: it keeps the stored ones unless accepted rows give them.
            registry.find(Meeting.class, meeting.key()).map(Versioned::record)
                    .filter(stored -> !stored.participants().isEmpty())
                    .ifPresent(stored -> storedParticipantsOfCsvMeetings.put(meeting.id().value(), stored.participants()));
            return;
        }
        if (ofMeeting == null) {
            return;
        }
        for (Row row : ofMeeting) {
            for (Participant participant : meeting.participants()) {
                if (!row.rejected && participant.person().equals(row.person)
                        && !Objects.equals(participant.capacity(), row.capacity)) {
                    problem(row.place, CsvColumns.PARTICIPANT + "." + participantType.columns().get(2).name(),
                            "the meeting " + meeting.id() + " at " + where(keys.place(keys.find(keys.hash(meeting.key()))))
                                    + " gives person " + row.person + " the capacity " + (participant.capacity() == null ? "absent"
                                    : RecordCodec.quote(participant.capacity())) + "; a row cannot change it");
                    rejectRow(row);
                }
            }
        }
    }

    /** Participant rows: their meeting must be accepted or stored, their person too. */
    private void checkRows() {
        String meetingField = CsvColumns.PARTICIPANT + "." + participantType.columns().get(0).name();
        String personField = CsvColumns.PARTICIPANT + "." + participantType.columns().get(1).name();
        String person = RecordSchemas.of(Person.class).name();
        List<String> storedMeetings = new ArrayList<>();
        for (Map.Entry<String, List<Row>> entry : rows.entrySet()) {
            RecordKey meeting = RecordKey.of(MEETING, entry.getKey());
            for (Row row : entry.getValue()) {
                checkReference(meetingField, meeting, new Referrer(-1, row, row.place));
                checkReference(personField, RecordKey.of(person, row.person), new Referrer(-1, row, row.place));
            }
            if (keys.find(keys.hash(meeting)) < 0) {
                storedMeetings.add(entry.getKey());
            }
        }
        flushPending();
        // Rows that complete a stored meeting: read it now, so the write needs no read of its own.
        for (String id : storedMeetings) {
            if (rows.get(id).stream().anyMatch(row -> !row.rejected)) {
                registry.find(Meeting.class, RecordKey.of(MEETING, id)).map(Versioned::record)
                        .ifPresent(meeting -> storedMeetingsWithRows.put(id, meeting));
            }
        }
    }

    private void applyRules(String type) {
        if (!HELD.contains(type)) {
            return;
        }
        while (true) {
            int fresh = 0;
            for (Violation violation : violations(type)) {
                int slot = keys.find(keys.hash(violation.record()));
                if (slot < 0 || keys.rejected(slot)) {
                    continue;
                }
                problem(keys.place(slot), violation.field(), violation.message());
                keys.reject(slot);
                rejected++;
                fresh++;
            }
            // With SKIP, a rejection can unseat another record (a term whose membership went): look again.
            if (fresh == 0 || options.onError() == OnError.STOP) {
                return;
            }
        }
    }

    private List<Violation> violations(String type) {
        Predicate<RecordKey> isNew = key -> {
            int slot = keys.find(keys.hash(key));
            return slot >= 0 && !keys.rejected(slot);
        };
        List<Violation> violations = new ArrayList<>();
        if (type.equals(MEMBERSHIP)) {
            for (ConfederationCode code : codes(accepted(Membership.class), Membership::confederation)) {
                violations.addAll(Consistency.overlappingMemberships(memberships(code), isNew));
            }
        } else if (type.equals(PRESIDENCY)) {
            Set<ConfederationCode> codes = codes(accepted(RotatingPresidency.class), RotatingPresidency::confederation);
            codes.addAll(codes(accepted(Membership.class), Membership::confederation));
            for (ConfederationCode code : codes) {
                List<RotatingPresidency> terms = merged(registry.presidencies(code),
                        accepted(RotatingPresidency.class).stream().filter(term -> term.confederation().equals(code)).toList());
                violations.addAll(Consistency.presidencyProblems(terms, memberships(code), isNew));
            }
        } else if (type.equals(ACTION_PLAN)) {
            Map<ConfederationCode, Optional<Confederation>> bodies = new HashMap<>();
            for (ActionPlan plan : accepted(ActionPlan.class)) {
                Optional<Confederation> body = bodies.computeIfAbsent(plan.confederation(), this::confederation);
                Consistency.pillarProblem(plan, body).ifPresent(violations::add);
            }
        } else if (type.equals(PLAN_EVENT)) {
            Set<PlanId> plans = new LinkedHashSet<>();
            accepted(PlanEvent.class).forEach(event -> plans.add(event.plan()));
            for (PlanId plan : plans) {
                List<PlanEvent> events = merged(registry.planEvents(plan),
                        accepted(PlanEvent.class).stream().filter(event -> event.plan().equals(plan)).toList());
                violations.addAll(Consistency.planHistoryProblems(events, isNew));
            }
        }
        return violations;
    }

    private List<Membership> memberships(ConfederationCode code) {
        return merged(registry.memberships(code),
                accepted(Membership.class).stream().filter(membership -> membership.confederation().equals(code)).toList());
    }

    private Optional<Confederation> confederation(ConfederationCode code) {
        for (Confederation body : accepted(Confederation.class)) {
            if (body.code().equals(code)) {
                return Optional.of(body);
            }
        }
        return registry.confederation(code);
    }

    private <R extends ConfedRecord> List<R> accepted(Class<R> type) {
        List<R> records = new ArrayList<>();
        for (Held entry : held.getOrDefault(RecordSchemas.of(type).name(), List.of())) {
            if (!keys.rejected(keys.find(entry.keyHash))) {
                records.add(type.cast(entry.record));
            }
        }
        return records;
    }

    private static <R> Set<ConfederationCode> codes(List<R> records, Function<R, ConfederationCode> code) {
        Set<ConfederationCode> codes = new LinkedHashSet<>();
        records.forEach(record -> codes.add(code.apply(record)));
        return codes;
    }

    // The stored records with the import's accepted ones in place of those with the same key.
    private static <R extends ConfedRecord> List<R> merged(List<R> stored, List<R> incoming) {
        Map<RecordKey, R> byKey = new LinkedHashMap<>();
        stored.forEach(record -> byKey.put(record.key(), record));
        incoming.forEach(record -> byKey.put(record.key(), record));
        return new ArrayList<>(byKey.values());
    }

    // --- writing

    private WriteReport write() {
        try {
            return registry.write(new Writes(), options.actor());
        } catch (RuleViolationException e) {
            for (Violation violation : e.violations()) {
                int slot = keys.find(keys.hash(violation.record()));
                problem(slot >= 0 ? keys.place(slot) : place(-1, 0), violation.field(), violation.message()
                        + (slot >= 0 ? "" : " (" + violation.record() + ")"));
            }
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (ConfedException e) {
            problem(place(-1, 0), null, "the store refused the import: " + describe(e));
        } catch (SpillFailure e) {
            throw workspaceFailed(e);
        } finally {
            closeOpenReaders();
        }
        return new WriteReport();
    }

    /** On a dry run: what writing would do to each record. */
    private WriteReport plan() {
        WriteReport planned = new WriteReport();
        try {
            for (RecordWrite write : new Writes()) {
                ConfedRecord record = write.record();
                Optional<? extends Versioned<? extends ConfedRecord>> stored = registry.find(record.getClass(), record.key());
                planned.record(record.key().type(), stored.isEmpty() ? WriteOutcome.INSERTED
                        : stored.get().record().equals(record) ? WriteOutcome.UNCHANGED : WriteOutcome.UPDATED);
            }
        } catch (SpillFailure e) {
            throw workspaceFailed(e);
        } finally {
            closeOpenReaders();
        }
        return planned;
    }

    /** The records to write, in dependency order, read lazily from the spill files each time it is iterated. */
    private final class Writes implements Iterable<RecordWrite> {
        @Override
        public Iterator<RecordWrite> iterator() {
            return new WriteIterator();
        }
    }

    private final class WriteIterator implements Iterator<RecordWrite> {
        private final Iterator<RecordSchema<?>> types = RecordSchemas.all().iterator();
        private String type;
        private Spill.Entries entries;
        private Iterator<Meeting> completed;
        private RecordWrite next;

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (entries != null) {
                        if (entries.next()) {
                            next = fromSpill(type, entries);
                            continue;
                        }
                        entries.close();
                        open.remove(entries);
                        entries = null;
                        if (type.equals(MEETING)) {
                            completed = storedMeetingsCompleted();
                        }
                    } else if (completed != null) {
                        if (completed.hasNext()) {
                            next = RecordWrite.upsert(completed.next());
                        } else {
                            completed = null;
                        }
                    } else if (types.hasNext()) {
                        type = types.next().name();
                        Spill spill = spills.get(type);
                        if (spill != null) {
                            entries = spill.read();
                            open.add(entries);
                        } else if (type.equals(MEETING)) {
                            completed = storedMeetingsCompleted();
                        }
                    } else {
                        return false;
                    }
                }
                return true;
            } catch (IOException e) {
                throw new SpillFailure(e);
            }
        }

        @Override
        public RecordWrite next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RecordWrite write = next;
            next = null;
            return write;
        }
    }

    // Stored meetings that rows of the import complete, after the import's own meetings.
    private Iterator<Meeting> storedMeetingsCompleted() {
        return storedMeetingsWithRows.values().stream().sorted(Comparator.comparing(Meeting::id))
                .map(stored -> completed(stored, stored.participants())).iterator();
    }

    // The spilled record as it is to be written, or null when it is not to be written.
    private RecordWrite fromSpill(String type, Spill.Entries entries) {
        ConfedRecord record = decode(entries.json(), type);
        int slot = keys.find(keys.hash(record.key()));
        if (keys.rejected(slot) || keys.present(slot)) {
            return null;
        }
        if (record instanceof Meeting meeting) {
            record = withParticipants(meeting, entries.flags());
        }
        return RecordWrite.upsert(record);
    }

    private Meeting withParticipants(Meeting meeting, int flags) {
        List<Participant> base;
        if ((flags & RecordSink.FROM_CSV) != 0) {
            base = storedParticipantsOfCsvMeetings.getOrDefault(meeting.id().value(), List.of());
            if (acceptedRows(meeting.id().value()).iterator().hasNext()) {
                base = List.of(); // rows give a CSV meeting its whole list of participants
            }
        } else {
            base = meeting.participants();
        }
        return completed(meeting, base);
    }

    // The meeting with these participants, then its accepted rows (a row for a listed person sets its capacity).
    private Meeting completed(Meeting meeting, List<Participant> base) {
        List<Participant> participants = new ArrayList<>(base);
        for (Row row : acceptedRows(meeting.id().value())) {
            Participant participant = new Participant(row.person, row.capacity);
            int index = -1;
            for (int i = 0; i < participants.size(); i++) {
                if (participants.get(i).person().equals(row.person)) {
                    index = i;
                }
            }
            if (index < 0) {
                participants.add(participant);
            } else {
                participants.set(index, participant);
            }
        }
        if (participants.equals(meeting.participants())) {
            return meeting;
        }
        return new Meeting(meeting.id(), meeting.confederation(), meeting.kind(), meeting.date(), meeting.place(),
                meeting.title(), participants, meeting.topics(), meeting.sources());
    }

    private Iterable<Row> acceptedRows(String meeting) {
        return rows.getOrDefault(meeting, List.of()).stream().filter(row -> !row.rejected).toList();
    }

    // --- helpers

    private ConfedRecord decode(byte[] json, String type) {
        try {
            return RecordCodec.fromJson(Json.mapper().readTree(json), type);
        } catch (IOException e) {
            throw new SpillFailure(e);
        }
    }

    private void problem(long place, String field, String message) {
        problemCount++;
        if (problems.size() < options.maxProblems()) {
            problems.add(new Located(place, field, message));
        }
    }

    private ImportReport report(WriteReport written, WriteReport planned) {
        List<ImportProblem> listed = problems.stream()
                .sorted(Comparator.comparingLong((Located problem) -> problem.place >>> LINE_BITS)
                        .thenComparingLong(problem -> problem.place & LINE_MASK))
                .map(problem -> new ImportProblem(sourceName(problem.place), problem.place & LINE_MASK, problem.field,
                        problem.message))
                .toList();
        return new ImportReport(listed, problemCount > problems.size(), written, planned, recordsRead, rejected,
                options.dryRun());
    }

    private static long place(int source, long line) {
        long index = source < 0 ? 0xFFFF : source;
        return (index << LINE_BITS) | (Math.max(0, line) & LINE_MASK);
    }

    private String sourceName(long place) {
        int index = (int) (place >>> LINE_BITS);
        return index < sources.size() ? sources.get(index).name() : NO_SOURCE;
    }

    private String where(long place) {
        long line = place & LINE_MASK;
        return sourceName(place) + (line > 0 ? ":" + line : "");
    }

    private static String keyText(RecordKey key) {
        return String.join("/", key.parts());
    }

    private static String describe(Throwable e) {
        if (e instanceof JsonProcessingException json) {
            return JsonErrors.describe(json);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private void closeOpenReaders() {
        for (Closeable closeable : List.copyOf(open)) {
            if (closeable instanceof Spill.Entries) {
                try {
                    closeable.close();
                } catch (IOException e) {
                    // a reader of a file about to be deleted
                }
                open.remove(closeable);
            }
        }
    }

    /** Closes and deletes every working file. */
    @Override
    public void close() {
        for (Closeable closeable : open) {
            try {
                closeable.close();
            } catch (IOException e) {
                // best effort: the directory is the caller's to remove
            }
        }
        open.clear();
    }

    /**
     * The working files failed (a full disk, a file size limit): not the input's fault, so not a problem of the
     * report but the same failure as a store that cannot be written (exit 3, 503); nothing was written.
     */
    private StoreUnavailableException workspaceFailed(SpillFailure failure) {
        return new StoreUnavailableException("the import cannot use its working files in " + spillDirectory + ": "
                + describe(failure.getCause()), failure.getCause());
    }

    /** The working files failed (a full disk): the import stops, nothing written. */
    private static final class SpillFailure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        SpillFailure(IOException cause) {
            super(cause);
        }
    }

    /** A record held for the rules across records, with its key's hash. */
    private record Held(ConfedRecord record, long keyHash) {
    }

    /** A CSV participant row, held until its meeting is written. */
    private static final class Row {
        final PersonId person;
        final String capacity;
        final long place;
        boolean rejected;

        Row(PersonId person, String capacity, long place) {
            this.person = person;
            this.capacity = capacity;
            this.place = place;
        }
    }

    /** What makes a reference: a record (by its slot) or a participant row, at a place, in a field. */
    private record Referrer(int slot, Row row, long place, String field) {
        Referrer(int slot, Row row, long place) {
            this(slot, row, place, null);
        }

        boolean rejected(KeyTable keys) {
            return row != null ? row.rejected : keys.rejected(slot);
        }
    }

    /** A problem before it is given its input's name. */
    private record Located(long place, String field, String message) {
    }
}
