package org.confed.application.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;

/** Shared steps of the import and export tests: inputs from text, runs, and what a registry holds. */
final class Imports {
    static final Actor TESTER = new Actor("tester");

    private Imports() {
    }

    /** An input named {@code name} (its extension gives the format) holding {@code text} in UTF-8. */
    static ImportSource text(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportSource bytes(String name, byte[] content) {
        FileFormat format = FileFormat.ofFileName(name).orElseThrow();
        return new ImportSource(name, format, null, () -> new ByteArrayInputStream(content));
    }

    static ImportSource typed(String name, String type, String text) {
        ImportSource source = text(name, text);
        return new ImportSource(source.name(), source.format(), type, source.open());
    }

    static ImportReport run(Registry registry, Path spill, ImportSource... sources) {
        return new Importer(registry, spill).run(List.of(sources), ImportOptions.defaults(TESTER));
    }

    static ImportReport run(Registry registry, Path spill, ImportOptions options, ImportSource... sources) {
        return new Importer(registry, spill).run(List.of(sources), options);
    }

    static ImportOptions skip() {
        return new ImportOptions(false, OnError.SKIP, 100, TESTER);
    }

    static ImportOptions dryRun() {
        return new ImportOptions(true, OnError.STOP, 100, TESTER);
    }

    static List<String> problems(ImportReport report) {
        return report.problems().stream().map(ImportProblem::toString).toList();
    }

    /** A registry holding the AES facts. */
    static InMemoryRegistry aes() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), TESTER);
        return registry;
    }

    /** The records as NDJSON lines, in the order given. */
    static String ndjson(List<? extends ConfedRecord> records) {
        StringBuilder out = new StringBuilder();
        for (ConfedRecord record : records) {
            out.append(line(record)).append('\n');
        }
        return out.toString();
    }

    static String line(ConfedRecord record) {
        try {
            return Json.mapper().writeValueAsString(RecordCodec.toJson(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record of the registry, in export order. */
    static List<ConfedRecord> contents(Registry registry) {
        List<ConfedRecord> all = new ArrayList<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            registry.list(schema.javaType(), null, Integer.MAX_VALUE).forEach(stored -> all.add(stored.record()));
        }
        return all;
    }

    /** The records in the order a store lists them: by type as {@link RecordSchemas#all()}, then by key. */
    static List<ConfedRecord> inStoreOrder(List<? extends ConfedRecord> records) {
        List<String> types = RecordSchemas.all().stream().map(RecordSchema::name).toList();
        return records.stream()
                .sorted(java.util.Comparator.comparing((ConfedRecord record) -> types.indexOf(record.key().type()))
                        .thenComparing(ConfedRecord::key))
                .map(ConfedRecord.class::cast)
                .toList();
    }

    static byte[] export(ExportStep step) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            step.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An export into a stream. */
    interface ExportStep {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    /** Files left in a directory (spill files must not be). */
    static List<Path> filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
