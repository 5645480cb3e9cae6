package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.confed.application.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code confed import} and {@code confed export} end to end: every type from each format, round trips, re-runs. */
class ImportExportCommandTest {
    /** Every record type of the demo data, with its count, as an import of it into an empty store reports them. */
    private static final List<String> DEMO_INSERTED = List.of(
            "source: 12 inserted, 0 updated, 0 unchanged",
            "state: 3 inserted, 0 updated, 0 unchanged",
            "confederation: 2 inserted, 0 updated, 0 unchanged",
            "person: 3 inserted, 0 updated, 0 unchanged",
            "post: 3 inserted, 0 updated, 0 unchanged",
            "meeting: 3 inserted, 0 updated, 0 unchanged",
            "instrument: 2 inserted, 0 updated, 0 unchanged",
            "membership: 6 inserted, 0 updated, 0 unchanged",
            "office_term: 2 inserted, 0 updated, 0 unchanged",
            "presidency: 2 inserted, 0 updated, 0 unchanged",
            "action_plan: 2 inserted, 0 updated, 0 unchanged",
            "plan_event: 3 inserted, 0 updated, 0 unchanged");

    @TempDir
    Path dir;

    /** The demo data exported as {@code format} to {@code out}, from a store of its own. */
    private byte[] exported(String format, String out) throws Exception {
        try (Cli source = Cli.h2(dir.resolve("source")).withDemoData()) {
            source.run("export", "--format", format, "--out", dir.resolve(out).toString()).expect(0);
            return Files.isDirectory(dir.resolve(out)) ? new byte[0] : Files.readAllBytes(dir.resolve(out));
        }
    }

    @ParameterizedTest
    @EnumSource(Cli.Kind.class)
    void ndjson_export_reimports_every_type_to_the_same_bytes_and_a_rerun_changes_nothing(Cli.Kind kind) throws Exception {
        byte[] ndjson = exported("ndjson", "aes-export.ndjson");
        try (Cli copy = Cli.of(kind, dir.resolve("copy"))) {
            copy.file("aes.ndjson", new String(ndjson, StandardCharsets.UTF_8));

            Cli.Result first = copy.run("import", "aes.ndjson").expect(0);
            Cli.Result again = copy.run("import", "aes.ndjson").expect(0);

            assertEquals(DEMO_INSERTED, Cli.lines(first.out()));
            assertEquals("", first.err());
            assertTrue(Cli.lines(again.out()).stream().allMatch(line -> line.matches("[a-z_]+: 0 inserted, 0 updated, [1-9][0-9]* unchanged")),
                    again.out());
            assertEquals(new String(ndjson, StandardCharsets.UTF_8), copy.export());
        }
    }

    @ParameterizedTest
    @EnumSource(Cli.Kind.class)
    void json_export_reimports_to_the_same_bytes(Cli.Kind kind) throws Exception {
        byte[] json = exported("json", "aes-export.json");
        try (Cli copy = Cli.of(kind, dir.resolve("copy"))) {
            copy.file("aes.json", new String(json, StandardCharsets.UTF_8));

            copy.run("import", "aes.json").expect(0);

            assertEquals(new String(json, StandardCharsets.UTF_8), copy.run("export", "--format", "json").expect(0).out());
        }
    }

    @Test
    void csv_directory_and_zip_exports_reimport_every_type_to_the_same_records() throws Exception {
        String ndjson = new String(exported("ndjson", "aes-export.ndjson"), StandardCharsets.UTF_8);
        exported("csv", "csv-export");
        exported("csv", "csv-export.zip");
        try (Cli fromDirectory = Cli.h2(dir.resolve("from-directory"));
             Cli fromZip = Cli.h2(dir.resolve("from-zip"));
             Cli fromFiles = Cli.h2(dir.resolve("from-files"))) {
            List<String> files = new ArrayList<>();
            try (var listing = Files.list(dir.resolve("csv-export"))) {
                listing.map(Path::toString).sorted().forEach(files::add);
            }
            // Named one by one, in reverse: records may come in any order, across files.
            Collections.reverse(files);
            List<String> importFiles = new ArrayList<>(List.of("import"));
            importFiles.addAll(files);

            Cli.Result directory = fromDirectory.run("import", dir.resolve("csv-export").toString()).expect(0);
            fromZip.run("import", dir.resolve("csv-export.zip").toString()).expect(0);
            fromFiles.run(importFiles.toArray(String[]::new)).expect(0);

            assertEquals(DEMO_INSERTED, Cli.lines(directory.out()));
            assertEquals(ndjson, fromDirectory.export());
            assertEquals(ndjson, fromZip.export());
            assertEquals(ndjson, fromFiles.export());
            assertTrue(files.stream().anyMatch(file -> file.endsWith("participants.csv")), files.toString());
        }
    }

    @Test
    void popolo_export_reads_back_into_a_store_that_exports_the_same_popolo() throws Exception {
        byte[] popolo = exported("popolo", "aes.popolo.json");
        try (Cli copy = Cli.h2(dir.resolve("copy"))) {
            copy.file("aes.popolo.json", new String(popolo, StandardCharsets.UTF_8));

            Cli.Result result = copy.run("import", "aes.popolo.json").expect(0);
            copy.run("import", "aes.popolo.json").expect(0);

            assertTrue(result.out().contains("person: 3 inserted"), result.out());
            assertTrue(result.out().contains("post: 3 inserted"), result.out());
            // AES and ECOWAS: three states in each.
            assertTrue(result.out().contains("confederation: 2 inserted"), result.out());
            assertTrue(result.out().contains("membership: 6 inserted"), result.out());
            assertEquals(new String(popolo, StandardCharsets.UTF_8), copy.run("export", "--format", "popolo").expect(0).out());
            JsonNode document = Json.mapper().readTree(popolo);
            assertEquals(3, document.get("persons").size());
        }
    }

    @Test
    void ics_export_is_read_by_a_real_icalendar_parser() throws Exception {
        byte[] ics = exported("ics", "aes.ics");

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);

        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertEquals(3, events.size());
        VEvent koulouba = events.stream().filter(event -> value(event, Property.DTSTART).equals("20241106")).findFirst()
                .orElseThrow();
        assertTrue(value(koulouba, Property.LOCATION).contains("Koulouba"), value(koulouba, Property.LOCATION));
        assertTrue(value(koulouba, Property.DESCRIPTION).contains("Goïta"), value(koulouba, Property.DESCRIPTION));
        assertEquals("20260115T100000Z", value(koulouba, Property.DTSTAMP));
        assertTrue(new String(ics, StandardCharsets.UTF_8).contains("\r\n"), "RFC 5545 lines end in CRLF");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

    @Test
    void records_in_any_order_and_references_across_files_and_to_stored_records() throws Exception {
        String ndjson = new String(exported("ndjson", "aes-export.ndjson"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(ndjson.lines().toList());
        Collections.shuffle(lines, new Random(20241106));
        try (Cli copy = Cli.h2(dir.resolve("copy"))) {
            // Half the shuffled records in one file, half in another, in one run.
            copy.file("first.ndjson", String.join("\n", lines.subList(0, lines.size() / 2)));
            copy.file("second.jsonl", String.join("\n", lines.subList(lines.size() / 2, lines.size())));
            copy.run("import", "second.jsonl", "first.ndjson").expect(0);
            // Later, a spreadsheet that points at stored records: the state MLI and the person assimi-goita.
            copy.file("office_terms.csv", "person,office,state,start,end\r\n"
                    + "assimi-goita,Vice-président de la Transition,MLI,2020-09-25,2021-05-23\r\n");

            Cli.Result later = copy.run("import", "office_terms.csv").expect(0);

            assertEquals(List.of("office_term: 1 inserted, 0 updated, 0 unchanged"), Cli.lines(later.out()));
            String after = copy.export();
            assertTrue(after.contains("\"office\":\"Vice-président de la Transition\""), after);
            assertEquals(ndjson.lines().count() + 1, after.lines().count());
        }
    }

    @Test
    void a_dry_run_reports_what_it_would_do_and_writes_nothing() {
        try (Cli cli = Cli.h2(dir).withDemoData()) {
            String before = cli.export();
            cli.file("states.csv", "code,name,names\nTCD,Tchad,\nMLI,République du Mali,\n");

            Cli.Result result = cli.run("import", "states.csv", "--dry-run").expect(0);

            assertEquals(List.of("state: would insert 1, update 1, leave unchanged 0", "dry run: nothing was written"),
                    Cli.lines(result.out()));
            assertEquals(before, cli.export());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void on_error_skip_writes_the_good_records_and_reports_the_bad_ones() throws Exception {
        try (Cli cli = Cli.h2(dir).withDemoData()) {
            cli.file("persons.csv", "id,name,honorific\n"
                    + "abdourahamane-tiani,Abdourahamane Tiani,Général de brigade\n"
                    + "Bad Id,Somebody,\n"
                    + "no-name,,\n");

            Cli.Result result = cli.run("import", "persons.csv", "--on-error", "skip", "--report", "rejected.ndjson").expect(0);

            assertEquals(List.of("person: 1 inserted, 0 updated, 0 unchanged", "2 record(s) rejected",
                    "the rejected records and why: rejected.ndjson"), Cli.lines(result.out()));
            assertEquals(List.of("persons.csv:3: person.id: \"Bad Id\" is not a valid person id (for example assimi-goita)",
                    "persons.csv:4: person.name: is required"), Cli.lines(result.err()));
            List<String> report = Files.readAllLines(dir.resolve("rejected.ndjson"));
            assertEquals(2, report.size());
            JsonNode first = Json.mapper().readTree(report.get(0));
            assertEquals("persons.csv", first.get("source").asText());
            assertEquals(3, first.get("line").asInt());
            assertEquals("person.id", first.get("field").asText());
            assertTrue(cli.export().contains("\"honorific\":\"Général de brigade\""));
        }
    }

    @Test
    void export_to_a_file_replaces_it_whole_and_stdout_gets_nothing() throws Exception {
        try (Cli cli = Cli.h2(dir).withDemoData()) {
            cli.file("out/aes.ndjson", "an older export\n");

            Cli.Result result = cli.run("export", "--format", "ndjson", "--out", "out/aes.ndjson").expect(0);

            assertEquals("", result.out());
            assertArrayEquals(cli.export().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("out/aes.ndjson")));
            try (var left = Files.list(dir.resolve("out"))) {
                assertEquals(List.of("aes.ndjson"), left.map(path -> path.getFileName().toString()).toList());
            }
        }
    }
}
