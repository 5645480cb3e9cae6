package org.confed.application.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.confed.application.format.CsvTable;
import org.confed.application.json.FieldProblem;
import org.confed.application.json.InvalidRecordException;
import org.confed.application.json.Json;
import org.confed.application.json.JsonErrors;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.schema.FieldSchema;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;

/**
 * The first stage of an import: every input read, each record decoded and checked alone, repeated keys told apart
 * from conflicting ones, and the records put aside by type in the working folder. Nothing here asks the store.
 */
final class ReadStage {
    private final RecordJson codec = RecordJson.codec();
    private final WorkingFolder workingFolder;
    private final List<ImportSource> sources;
    private final List<String> sourceNames;
    private final Problems problems;
    private final KeyTable keys = new KeyTable(new SecureRandom().nextLong());
    private final Map<RecordSchema<?>, Spill> spills = new HashMap<>();
    private final ParticipantRows rows;
    private final DisputeRows disputes;
    private final ImportProgress progress;
    private long recordsRead;
    private long rejectedWithoutKey;

    ReadStage(WorkingFolder workingFolder, List<ImportSource> sources, Problems problems, ImportProgress progress) {
        this.workingFolder = workingFolder;
        this.sources = sources;
        this.sourceNames = sources.stream().map(ImportSource::name).toList();
        this.problems = problems;
        this.rows = new ParticipantRows(problems);
        this.disputes = new DisputeRows(problems);
        this.progress = progress;
    }

    /**
     * What reading found.
     *
     * @param keys               every key read, with its place and state
     * @param spills             the records read, by type
     * @param rows               the participant rows read
     * @param disputes           the dispute rows read
     * @param recordsRead        how many records the inputs held
     * @param rejectedWithoutKey how many were refused without a key of their own (unreadable, a later duplicate)
     */
    record Result(KeyTable keys, Map<RecordSchema<?>, Spill> spills, ParticipantRows rows, DisputeRows disputes,
                  long recordsRead, long rejectedWithoutKey) {
        /** How many records are refused so far, rows included. */
        long rejected() {
            return rejectedWithoutKey + keys.rejectedCount() + rows.rejectedCount() + disputes.rejectedCount();
        }
    }

    /**
     * Reads every input.
     *
     * @return the records read, by type, with their keys and places
     * @throws org.confed.domain.port.StoreUnavailableException when the working folder cannot be written
     */
    Result run() {
        progress.phase(ImportProgress.Phase.READING, -1);
        for (int index = 0; index < sources.size(); index++) {
            read(index);
        }
        try {
            for (Spill spill : spills.values()) {
                spill.finish();
            }
        } catch (IOException e) {
            throw workingFolder.failed(e);
        }
        return new Result(keys, spills, rows, disputes, recordsRead, rejectedWithoutKey);
    }

    private void read(int index) {
        ImportSource source = sources.get(index);
        Sink sink = new Sink(index, source.name());
        CsvTable type = source.type().orElse(null);
        try (InputStream in = source.open().get()) {
            switch (source.format()) {
                case NDJSON -> NdjsonReader.read(new Utf8Input(in, true), type, sink);
                case CSV -> {
                    type = type != null ? type : CsvTable.ofFileName(source.name()).orElse(null);
                    if (type == null) {
                        sink.problem(0, null, "cannot tell the record type: name the file after its type (presidencies.csv)"
                                + " or give a type (one of " + CsvTable.typeNames() + ")");
                    } else {
                        CsvRecordsReader.read(new Utf8Input(in, false), type, sink);
                    }
                }
                case JSON, POPOLO -> JsonRecordsReader.read(new Utf8Input(in, false), type, sink);
            }
        } catch (UncheckedIOException e) {
            throw workingFolder.failed(e.getCause());
        } catch (IOException e) {
            sink.problem(0, null, "cannot be read: " + describe(e));
        }
    }

    /** Receives one input's records. */
    private final class Sink implements RecordSink {
        private final int source;
        private final String name;

        Sink(int source, String name) {
            this.source = source;
            this.name = name;
        }

        @Override
        public void record(long line, ObjectNode node, CsvTable expected, RecordOrigin origin) {
            recordsRead++;
            Place place = new Place(name, line);
            JsonNode declared = node.get("type");
            CsvTable table = declared != null && declared.isTextual() ? CsvTable.named(declared.asText()).orElse(expected)
                    : expected;
            if (table instanceof CsvTable.Participants) {
                rows.add(place, node);
                return;
            }
            if (table instanceof CsvTable.Disputes) {
                disputes.add(place, node);
                return;
            }
            RecordSchema<?> schema = table instanceof CsvTable.Records records ? records.schema() : null;
            ConfedRecord record;
            try {
                record = codec.fromJson(node, schema);
            } catch (InvalidRecordException e) {
                for (FieldProblem problem : e.problems()) {
                    problems.add(place, problem.field(), problem.message());
                }
                if (!rememberRejectedKey(node, schema, place)) {
                    rejectedWithoutKey++;
                }
                return;
            }
            try {
                accept(record, source, place, origin);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void unreadable(long line, String field, String message) {
            recordsRead++;
            rejectedWithoutKey++;
            problems.add(new Place(name, line), field, message);
        }

        @Override
        public void problem(long line, String field, String message) {
            problems.add(new Place(name, line), field, message);
        }
    }

    private void accept(ConfedRecord record, int source, Place place, RecordOrigin origin) throws IOException {
        byte[] json = Json.mapper().writeValueAsBytes(codec.toJson(record));
        long content = keys.hash(json) ^ (origin.ordinal() * 0x9E3779B97F4A7C15L);
        long hash = keys.hash(record.key());
        int slot = keys.find(hash);
        if (slot >= 0) {
            if (keys.content(slot) == content) {
                return; // the same record again: it is one record
            }
            String type = record.key().typeName();
            rejectedWithoutKey++;
            problems.add(place, type, "a different " + type + " with the same key (" + String.join("/", record.key().parts())
                    + ") is at " + keys.place(slot) + "; give each key once");
            keys.reject(slot);
            return;
        }
        keys.add(hash, content, place, KeyState.ACCEPTED);
        RecordSchema<?> schema = RecordSchemas.of(record);
        Spill spill = spills.get(schema);
        if (spill == null) {
            spill = new Spill(workingFolder.path(), schema.name(), sourceNames);
            spills.put(schema, spill);
        }
        spill.write(source, place.line(), origin, json);
    }

    // A record too bad to build may still name its key: remember it, so what refers to it reads "rejected", not "missing".
    private boolean rememberRejectedKey(ObjectNode node, RecordSchema<?> expected, Place place) {
        try {
            RecordSchema<?> schema = codec.schemaOf(node, expected);
            List<String> parts = new ArrayList<>();
            for (FieldSchema field : schema.keyFields()) {
                JsonNode value = node.get(field.name());
                if (value == null || !value.isTextual()) {
                    return false;
                }
                Object parsed = codec.scalar(field, value.asText());
                parts.add(parsed instanceof Enum<?> constant ? constant.name().toLowerCase(Locale.ROOT) : parsed.toString());
            }
            long hash = keys.hash(schema.name(), parts);
            if (keys.find(hash) < 0) {
                keys.add(hash, 0, place, KeyState.REJECTED);
                return true;
            }
            return false;
        } catch (RuntimeException e) {
            return false; // no usable key: references to it will read "does not exist"
        }
    }

    static String describe(Throwable e) {
        if (e instanceof JsonProcessingException json) {
            return JsonErrors.describe(json);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
