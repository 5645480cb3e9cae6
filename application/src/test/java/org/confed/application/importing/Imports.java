package org.confed.application.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.confed.application.format.FileFormat;
import org.confed.application.json.Json;
import org.confed.application.json.RecordJson;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.port.Actor;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.port.Registry;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;

/** Shared steps of the import and export tests: inputs from text, runs, and what a registry holds. */
public final class Imports {
    public static final Actor TESTER = new Actor("tester");
    /** Texts no message to a user may hold: class and package names, Jackson's setting names, stack frames. */
    public static final List<String> LEAKS = List.of("exception", "org.confed", "com.fasterxml", "java.", "jackson",
            "feature '", "`", "\tat ", "at org.", "sql");

    private Imports() {
    }

    /** An input named {@code name} (its extension gives the format) holding {@code text} in UTF-8. */
    public static ImportSource text(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static ImportSource bytes(String name, byte[] content) {
        FileFormat format = FileFormat.ofFileName(name).orElseThrow();
        return new ImportSource(name, format, Optional.empty(), () -> new ByteArrayInputStream(content));
    }

    public static ImportSource typed(String name, String type, String text) {
        ImportSource source = text(name, text);
        return new ImportSource(source.name(), source.format(), ImportSource.type(source.format(), name, type), source.open());
    }

    public static ImportReport run(Registry registry, Path spill, ImportSource... sources) {
        return new Importer(registry, spill).run(List.of(sources), ImportOptions.defaults(TESTER));
    }

    public static ImportReport run(Registry registry, Path spill, ImportOptions options, ImportSource... sources) {
        return new Importer(registry, spill).run(List.of(sources), options);
    }

    public static ImportOptions skip() {
        return new ImportOptions(false, OnError.SKIP, 100, TESTER);
    }

    public static ImportOptions dryRun() {
        return new ImportOptions(true, OnError.STOP, 100, TESTER);
    }

    public static List<String> problems(ImportReport report) {
        return report.problems().stream().map(ImportProblem::toString).toList();
    }

    /** A registry holding the AES facts. */
    public static InMemoryRegistry aes() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.write(AesFacts.all().stream().map(RecordWrite::upsert).toList(), TESTER);
        return registry;
    }

    /** The records as NDJSON lines, in the order given. */
    public static String ndjson(List<? extends ConfedRecord> records) {
        StringBuilder out = new StringBuilder();
        for (ConfedRecord record : records) {
            out.append(line(record)).append('\n');
        }
        return out.toString();
    }

    public static String line(ConfedRecord record) {
        try {
            return Json.mapper().writeValueAsString(RecordJson.codec().toJson(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record of the registry, in export order. */
    public static List<ConfedRecord> contents(Registry registry) {
        List<ConfedRecord> all = new ArrayList<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            registry.list(schema.javaType(), null, Integer.MAX_VALUE).forEach(stored -> all.add(stored.record()));
        }
        return all;
    }

    /** The records in the order a store lists them: by type as {@link RecordSchemas#all()}, then by key. */
    public static List<ConfedRecord> inStoreOrder(List<? extends ConfedRecord> records) {
        List<String> types = RecordSchemas.all().stream().map(RecordSchema::name).toList();
        return records.stream()
                .sorted(java.util.Comparator.comparing((ConfedRecord record) -> types.indexOf(record.key().typeName()))
                        .thenComparing(ConfedRecord::key))
                .map(ConfedRecord.class::cast)
                .toList();
    }

    public static byte[] export(ExportStep step) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            step.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An export into a stream. */
    public interface ExportStep {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    /** Files left in a directory (spill files must not be). */
    public static List<Path> filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
