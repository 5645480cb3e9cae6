package org.confed.application.exporting;

import static org.confed.application.importing.Imports.aes;
import static org.confed.application.importing.Imports.bytes;
import static org.confed.application.importing.Imports.contents;
import static org.confed.application.importing.Imports.export;
import static org.confed.application.importing.Imports.problems;
import static org.confed.application.importing.Imports.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.confed.application.importing.ImportOptions;
import org.confed.application.importing.ImportReport;
import org.confed.application.importing.ImportSource;
import org.confed.application.importing.Importer;
import org.confed.application.importing.Imports;
import org.confed.application.json.Json;
import org.confed.application.json.RecordJson;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.port.WriteOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRoundTripTest {
    @TempDir
    Path work;

    private Path spill() throws IOException {
        return Files.createDirectories(work.resolve("spill"));
    }

    @Test
    void ndjson_export_reimported_into_an_empty_store_exports_the_same_bytes() throws IOException {
        InMemoryRegistry original = aes();
        byte[] first = export(out -> new Exporter(original).ndjson(out));
        InMemoryRegistry copy = new InMemoryRegistry();

        ImportReport report = run(copy, spill(), bytes("export.ndjson", first));
        byte[] second = export(out -> new Exporter(copy).ndjson(out));

        assertEquals(List.of(), problems(report));
        assertEquals(contents(original), contents(copy));
        assertArrayEquals(first, second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"type\":\"source\",\"id\":\"aconews-niamey-summit\""), text);
        assertEquals(contents(original).size(), text.lines().count());
    }

    @Test
    void json_export_reimported_into_an_empty_store_exports_the_same_bytes() throws IOException {
        InMemoryRegistry original = aes();
        byte[] first = export(out -> new Exporter(original).json(out));
        InMemoryRegistry copy = new InMemoryRegistry();

        ImportReport report = run(copy, spill(), bytes("export.json", first));
        byte[] second = export(out -> new Exporter(copy).json(out));

        assertEquals(List.of(), problems(report));
        assertEquals(contents(original), contents(copy));
        assertArrayEquals(first, second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"records\":[\n{\"type\":\"source\""), text);
        assertTrue(text.endsWith("}\n]}\n"), text);
    }

    @Test
    void an_empty_store_exports_empty_documents_that_import() throws IOException {
        InMemoryRegistry empty = new InMemoryRegistry();

        byte[] json = export(out -> new Exporter(empty).json(out));
        byte[] ndjson = export(out -> new Exporter(empty).ndjson(out));

        assertEquals("{\"records\":[\n]}\n", new String(json, StandardCharsets.UTF_8));
        assertEquals(0, ndjson.length);
        assertEquals(List.of(), problems(run(new InMemoryRegistry(), spill(), bytes("e.json", json))));
    }

    @Test
    void csv_directory_export_reimports_to_the_same_records_and_a_rerun_changes_nothing() throws IOException {
        InMemoryRegistry original = aes();
        Path directory = work.resolve("csv");
        new Exporter(original).csv(directory);
        List<ImportSource> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.sorted().forEach(file -> files.add(ImportSource.file(file, null)));
        }
        InMemoryRegistry copy = new InMemoryRegistry();

        ImportReport first = new Importer(copy, spill()).run(files, ImportOptions.defaults(Imports.TESTER));
        ImportReport again = new Importer(copy, spill()).run(files, ImportOptions.defaults(Imports.TESTER));

        assertEquals(List.of(), problems(first));
        assertEquals(contents(original), contents(copy));
        assertFalse(again.written().changedAnything());
        assertEquals(contents(original).size(), again.written().total(WriteOutcome.UNCHANGED));
        assertEquals(List.of("action_plans.csv", "confederations.csv", "meetings.csv", "memberships.csv", "office_terms.csv",
                "participants.csv", "persons.csv", "plan_events.csv", "presidencies.csv", "sources.csv", "states.csv"),
                files.stream().map(source -> Path.of(source.name()).getFileName().toString()).toList());
        String states = Files.readString(directory.resolve("states.csv"));
        assertTrue(states.startsWith("code,name,names,sources\r\nBFA,Burkina Faso,fr=Burkina Faso;en=Burkina Faso,\r\n"), states);
    }

    @Test
    void csv_zip_export_holds_the_same_files_and_reimports_to_the_same_records() throws IOException {
        InMemoryRegistry original = aes();
        byte[] zip = export(out -> new Exporter(original).csvZip(out));
        List<ImportSource> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.add(bytes(entry.getName(), in.readAllBytes()));
            }
        }
        InMemoryRegistry copy = new InMemoryRegistry();

        ImportReport report = new Importer(copy, spill()).run(entries, ImportOptions.defaults(Imports.TESTER));

        assertEquals(List.of(), problems(report));
        assertEquals(contents(original), contents(copy));
        assertEquals(11, entries.size());
        assertArrayEquals(zip, export(out -> new Exporter(copy).csvZip(out)), "the same store gives the same archive");
    }
}
