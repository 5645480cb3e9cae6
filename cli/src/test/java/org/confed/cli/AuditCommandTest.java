package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confed.application.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code confed audit}: what the demo data asserts without support, as text, as JSON, and as an exit code for CI. */
class AuditCommandTest {
    /** A source and a person it supports entirely, in the source's own words: nothing to find. */
    private static final String SUPPORTED = """
            {"type":"source","id":"apa-2024-11-06-koulouba","publisher":"APA","published":"2024-11-06"}
            {"type":"person","id":"assimi-goita","name":"Assimi Goïta","sources":[{"source":"apa-2024-11-06-koulouba","quote":"le Président de la Transition, le Général d’Armée Assimi Goïta"}]}
            """;

    @TempDir
    Path dir;

    private Cli cli;

    @AfterEach
    void close() throws Exception {
        cli.close();
    }

    @Test
    void the_demo_s_forecast_rests_on_a_rotation_no_source_gives() {
        cli = Cli.h2(dir).withDemoData();

        Cli.Result result = cli.run("audit", "--confederation", "AES").expect(ExitCode.OK).noLeaks();

        List<String> lines = Cli.lines(result.out());
        int aes = lines.indexOf("confederation:AES");
        assertTrue(aes >= 0, result.out());
        assertTrue(lines.subList(aes, lines.size()).contains("  rotation: rests_on_unsupported: the presidency forecast "
                + "rests on rotation, which no citation supports"), result.out());
        assertTrue(lines.contains("meeting:aes-2024-11-06-koulouba"), result.out());
        assertTrue(lines.get(lines.size() - 1).matches("[0-9]+ finding\\(s\\) on [0-9]+ record\\(s\\): .*1 rests_on_unsupported.*"),
                lines.get(lines.size() - 1));
    }

    @Test
    void strict_exits_1_when_anything_is_found_and_0_when_nothing_is() {
        cli = Cli.h2(dir).withDemoData();
        Cli.Result found = cli.run("audit", "--strict");

        assertEquals(ExitCode.INVALID_INPUT, found.exit(), found.err());
        assertTrue(found.out().contains("rests_on_unsupported"), found.out());
        assertEquals(ExitCode.OK, cli.run("audit").exit());
    }

    @Test
    void a_store_whose_every_fact_is_quoted_passes_the_strict_audit() throws Exception {
        cli = Cli.h2(dir);
        cli.run("import", cli.file("supported.ndjson", SUPPORTED)).expect(ExitCode.OK);

        Cli.Result result = cli.run("audit", "--strict").expect(ExitCode.OK).noLeaks();

        assertEquals("Nothing found: every fact is sourced, quoted, supported and certain.\n", result.out());
        JsonNode json = Json.mapper().readTree(cli.run("audit", "--format", "json").expect(ExitCode.OK).out());
        assertEquals(0, json.get("items").size());
    }

    @Test
    void as_json_each_finding_names_its_record_field_and_kind() throws Exception {
        cli = Cli.h2(dir).withDemoData();

        JsonNode items = Json.mapper().readTree(cli.run("audit", "--format", "json").expect(ExitCode.OK).out()).get("items");

        List<String> unnamed = new ArrayList<>();
        items.forEach(item -> {
            assertTrue(item.has("record") && item.has("finding") && item.has("detail"), item.toString());
            if (item.get("finding").asText().equals("unnamed_participant")) {
                unnamed.add(item.get("record").get("key").get(0).asText() + " " + item.get("field").asText());
            }
        });
        assertEquals(List.of("aes-2024-11-06-koulouba participants", "aes-2024-11-06-koulouba participants"), unnamed);
    }

    @Test
    void an_unknown_confederation_is_refused_not_found_clean() {
        cli = Cli.h2(dir).withDemoData();

        Cli.Result result = cli.run("audit", "--confederation", "ZZZ", "--strict");

        assertEquals(ExitCode.INVALID_INPUT, result.exit());
        assertTrue(result.err().contains("ZZZ"), result.err());
        assertEquals("", result.out());
    }
}
