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
import java.util.Map;
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
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.BodyKind;
import org.confed.domain.model.Citation;
import org.confed.domain.model.Confederation;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.Dispute;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.Participant;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.RecordWrite;
import org.confed.domain.schema.RecordSchemas;
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
        ImportReport again = run(copy, spill(), bytes("export.ndjson", second));

        assertEquals(List.of(), problems(report));
        assertEquals(contents(original), contents(copy));
        assertArrayEquals(first, second);
        assertFalse(again.written().changedAnything());
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
        ImportReport again = run(copy, spill(), bytes("export.json", second));

        assertEquals(List.of(), problems(report));
        assertEquals(contents(original), contents(copy));
        assertArrayEquals(first, second);
        assertFalse(again.written().changedAnything());
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
        assertEquals(List.of("action_plans.csv", "confederations.csv", "disputes.csv", "instruments.csv", "meetings.csv",
                "memberships.csv", "office_terms.csv", "participants.csv", "persons.csv", "plan_events.csv", "posts.csv",
                "presidencies.csv", "sources.csv", "states.csv"),
                files.stream().map(source -> Path.of(source.name()).getFileName().toString()).toList());
        String states = Files.readString(directory.resolve("states.csv"));
        assertTrue(states.startsWith("code,name,names,sources\r\nBFA,Burkina Faso,en=Burkina Faso;fr=Burkina Faso,\r\n"), states);
    }

    @Test
    void csv_cells_hold_citations_with_their_quotes_and_fields_and_disputes_come_as_rows() throws IOException {
        Path directory = work.resolve("csv");
        new Exporter(aes()).csv(directory);

        String presidencies = Files.readString(directory.resolve("presidencies.csv"));
        String confederations = Files.readString(directory.resolve("confederations.csv"));
        String disputes = Files.readString(directory.resolve("disputes.csv"));
        String participants = Files.readString(directory.resolve("participants.csv"));

        assertTrue(presidencies.startsWith("confederation,state,holder,start,end,designated_at,instrument,sources\r\n"), presidencies);
        assertTrue(presidencies.contains(",\"aconews-niamey-summit;echowebafrique-niamey-summit;dounia-niamey-summit;"
                + "apa-2024-11-06-koulouba|le Mali, par l’entremise"), presidencies);
        assertTrue(presidencies.contains("apa-2024-11-06-koulouba|Le Général Goïta, en tant que Président en exercice"
                + " de la Confédération des États du Sahel, a souligné l’importance d’une coopération renforcée||holder\""),
                presidencies);
        assertTrue(confederations.contains("naijaone-liptako-gourma-charter|||code,name,founded,founding_instrument;"),
                confederations);
        assertEquals("record,field,value,sources,note\r\n"
                + "confederation:AES,founded,2023-09-15,naijaone-liptako-gourma-charter,One report gives 2023-09-15 for the charter;"
                + " the date given first is kept.\r\n"
                + "instrument:liptako-gourma-charter,signed,2023-09-15,naijaone-liptako-gourma-charter,One report gives 2023-09-15;"
                + " the date given first is kept.\r\n"
                + "presidency:AES:2025-12-23,start,2025-12-25,kassataya-bamako-session,One report gives 2025-12-25 for the handover;"
                + " the date given first is kept.\r\n", disputes);
        assertTrue(participants.startsWith("meeting,person,post,capacity\r\n"
                + "aes-2024-11-06-koulouba,assimi-goita,,Président de la Transition du Mali\r\n"
                + "aes-2024-11-06-koulouba,,bfa-chief-of-defence-staff,Chef d’état-major général des armées du Burkina Faso\r\n"),
                participants);
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
        ImportReport again = new Importer(copy, spill()).run(entries, ImportOptions.defaults(Imports.TESTER));

        assertEquals(List.of(), problems(report));
        assertEquals(contents(original), contents(copy));
        assertFalse(again.written().changedAnything());
        assertEquals(14, entries.size());
        assertArrayEquals(zip, export(out -> new Exporter(copy).csvZip(out)), "the same store gives the same archive");
    }

    @Test
    void csv_cells_a_spreadsheet_would_run_are_written_as_text_and_read_back_as_they_were() throws IOException {
        InMemoryRegistry original = aes();
        List<String> names = List.of("=HYPERLINK(\"http://backup-host.invalid\",\"x\")", "+1", "-1", "@SUM(A1)",
                "\tTab", "'=already marked", "''+twice", "'plain quote", "Ali - Zeine");
        List<RecordWrite> persons = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            persons.add(RecordWrite.upsert(new Person(PersonId.of("formula-" + i), names.get(i), null, null, null)));
        }
        original.write(persons, Imports.TESTER);
        Path directory = work.resolve("csv");
        new Exporter(original).csv(directory);
        String written = Files.readString(directory.resolve("persons.csv"));
        List<ImportSource> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.sorted().forEach(file -> files.add(ImportSource.file(file, null)));
        }
        InMemoryRegistry copy = new InMemoryRegistry();

        ImportReport report = new Importer(copy, spill()).run(files, ImportOptions.defaults(Imports.TESTER));

        assertEquals(List.of(), problems(report));
        assertEquals(contents(original), contents(copy));
        Path again = work.resolve("again");
        new Exporter(copy).csv(again);
        assertEquals(written, Files.readString(again.resolve("persons.csv")));
        // no written cell starts a formula: each begins with the text mark
        for (String line : written.split("\r\n")) {
            if (line.startsWith("formula-")) {
                String cell = line.substring(line.indexOf(',') + 1).replaceFirst("^\"", "");
                assertFalse(cell.matches("(?s)[=+\\-@\t\r].*"), line);
            }
        }
        assertTrue(written.contains("formula-0,\"'=HYPERLINK(\"\"http://backup-host.invalid\"\",\"\"x\"\")\""), written);
        assertTrue(written.contains("formula-5,''=already marked"), written);
        assertTrue(written.contains("formula-7,'plain quote"), written);
        assertTrue(written.contains("formula-8,Ali - Zeine"), written);
    }

    @Test
    void csv_keeps_texts_that_look_like_its_own_syntax_and_disputes_of_any_field() throws IOException {
        InMemoryRegistry original = aes();
        Citation tricky = new Citation(AesFacts.APA, " a quote; with | bars, \\ and\na line break ", "p. 3, § 2", List.of("name", "honorific"));
        Dispute names = new Dispute("names", Map.of("fr", "Sahel; les cinq", "en", "G5 | Sahel"), List.of(tricky), "names; disputed");
        Dispute rotation = new Dispute("rotation", List.of(AesFacts.NER, AesFacts.MLI), List.of(Citation.of(AesFacts.LEPAYS)), null);
        Dispute attendance = new Dispute("participants", List.of(new Participant(null, AesFacts.NER_CEMGA, "Chef; d’état-major")),
                List.of(new Citation(AesFacts.KASSATAYA, null, "00:01:20", null)), null);
        Meeting bamako = original.find(Meeting.class, RecordKey.of(Meeting.class, AesFacts.BAMAKO_SESSION)).orElseThrow().record();
        original.write(List.of(
                RecordWrite.upsert(new Person(PersonId.of("abdourahamane-tiani"), "Abdourahamane Tiani", "Général", List.of(tricky,
                        Citation.of(AesFacts.APA)), null)),
                RecordWrite.upsert(new Confederation(ConfederationCode.of("G5S"), "G5 Sahel", BodyKind.ORGANIZATION, Map.of("fr", "G5"),
                        null, null, null, null, List.of(AesFacts.MLI, AesFacts.NER), null, null, List.of(names, rotation))),
                RecordWrite.upsert(RecordJson.codec().with(bamako, RecordSchemas.of(Meeting.class).field("disputes").orElseThrow(),
                        List.of(attendance)))), Imports.TESTER);
        Path directory = work.resolve("csv");
        new Exporter(original).csv(directory);
        List<ImportSource> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.sorted().forEach(file -> files.add(ImportSource.file(file, null)));
        }
        InMemoryRegistry copy = new InMemoryRegistry();

        ImportReport report = new Importer(copy, spill()).run(files, ImportOptions.defaults(Imports.TESTER));

        assertEquals(List.of(), problems(report));
        assertEquals(contents(original), contents(copy));
    }
}
