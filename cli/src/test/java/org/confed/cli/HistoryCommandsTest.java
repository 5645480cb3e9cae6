package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confed.application.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code confed log}, {@code --recorded}, {@code confed retract} and {@code confed merge-persons} on a store holding
 * the AES demo data (an H2 file; the whole session also on PostgreSQL): a change, the answer as recorded before and after it, a refused and an accepted
 * retraction, a merge of two records of one person, and the log that tells all of it.
 */
class HistoryCommandsTest {
    /** The line of the demo data's Mali presidency; the change names another record of its holder. */
    private static final String MALI_TERM = "\"type\":\"presidency\",\"confederation\":\"AES\",\"state\":\"MLI\"";
    private static final String LOG_LINE = "[0-9]+ +[0-9-]+T[0-9:.]+Z +cli +";

    @TempDir
    Path dir;

    private Cli cli;

    @AfterEach
    void close() throws Exception {
        cli.close();
    }

    @ParameterizedTest
    @EnumSource(Cli.Kind.class)
    void a_change_asked_as_recorded_a_refused_and_an_accepted_retraction_a_merge_and_the_log_of_them(Cli.Kind kind)
            throws Exception {
        cli = Cli.of(kind, dir).withDemoData();
        String demo = cli.export();
        String beforeChange = newestInstant();

        cli.run("import", changes()).expect(ExitCode.OK);

        assertTrue(presidency().contains("holder      A. Goïta\n"), presidency());
        Cli.Result then = cli.run("query", "presidency", "--confederation", "AES", "--at", "2024-11-06",
                "--recorded", beforeChange).expect(ExitCode.OK).noLeaks();
        assertTrue(then.out().startsWith("Presidency of AES on 2024-11-06 as recorded at " + beforeChange + "\n"
                + "state       Mali (MLI)\nholder      Assimi Goïta\n"), then.out());
        assertEquals(demo, cli.run("export", "--format", "ndjson", "--recorded", beforeChange).expect(ExitCode.OK).out());

        String beforeRetraction = cli.export();
        Cli.Result refused = cli.run("retract", "person:a-goita").expect(ExitCode.INVALID_INPUT).noLeaks();
        assertEquals("confed: person:a-goita is still referred to by presidency:AES:2024-07-06; retract or change those"
                + " first; nothing was retracted\n", refused.err());
        assertEquals("", refused.out());
        assertEquals(beforeRetraction, cli.export());

        Cli.Result retracted = cli.run("retract", "person:ghost-id").expect(ExitCode.OK).noLeaks();
        assertEquals("retracted person:ghost-id (version 1)\n", retracted.out());
        assertFalse(cli.export().contains("\"ghost-id\""));
        String beforeMerge = newestInstant();

        Cli.Result merged = cli.run("merge-persons", "a-goita", "--into", "assimi-goita").expect(ExitCode.OK).noLeaks();
        assertEquals("""
                person:a-goita merged into person:assimi-goita
                survivor  Assimi Goïta (assimi-goita)
                aliases   A. Goïta
                moved     presidency:AES:2024-07-06
                """, merged.out());
        assertTrue(presidency().contains("holder      Assimi Goïta\n"), presidency());
        Cli.Result beforeTheMerge = cli.run("query", "presidency", "--confederation", "AES", "--at", "2024-11-06",
                "--recorded", beforeMerge).expect(ExitCode.OK);
        assertTrue(beforeTheMerge.out().contains("holder      A. Goïta\n"), beforeTheMerge.out());

        List<String> log = Cli.lines(cli.run("log", "--limit", "6").expect(ExitCode.OK).noLeaks().out());
        assertEquals(8, log.size(), String.join("\n", log));
        assertTrue(log.get(0).matches("seq +recorded at +actor +change +version +record"), log.get(0));
        assertTrue(log.get(1).matches(LOG_LINE + "update +2 +person:assimi-goita"), log.get(1));
        assertTrue(log.get(2).matches(LOG_LINE + "update +3 +presidency:AES:2024-07-06"), log.get(2));
        assertTrue(log.get(3).matches(LOG_LINE + "merge +1 +person:a-goita → person:assimi-goita"), log.get(3));
        assertTrue(log.get(4).matches(LOG_LINE + "retract +1 +person:ghost-id"), log.get(4));
        assertTrue(log.get(5).matches(LOG_LINE + "update +2 +presidency:AES:2024-07-06"), log.get(5));
        assertTrue(log.get(6).matches(LOG_LINE + "insert +1 +person:(ghost-id|a-goita)"), log.get(6));
        String oldest = log.get(6).split(" ")[0];
        assertEquals("Older changes follow: add --before " + oldest + " to see them.", log.get(7));

        List<String> older = Cli.lines(cli.run("log", "--limit", "1", "--before", oldest).expect(ExitCode.OK).out());
        assertTrue(older.get(1).matches(LOG_LINE + "insert +1 +person:(ghost-id|a-goita)"), older.get(1));
        assertTrue(Long.parseLong(older.get(1).split(" ")[0]) < Long.parseLong(oldest), older.get(1));
    }

    @Test
    void the_log_as_json_holds_each_record_as_it_was_written() throws Exception {
        cli = Cli.h2(dir).withDemoData();
        cli.run("import", changes()).expect(ExitCode.OK);
        cli.run("merge-persons", "a-goita", "--into", "assimi-goita").expect(ExitCode.OK);

        JsonNode term = json("log", "--record", "presidency:AES:2024-07-06", "--format", "json");

        assertFalse(term.get("more").asBoolean());
        assertEquals(List.of("update 3 assimi-goita", "update 2 a-goita", "insert 1 assimi-goita"), summaries(term));
        JsonNode first = term.get("items").get(2);
        assertEquals("cli", first.get("actor").asText());
        assertEquals("presidency", first.get("record").get("type").asText());
        assertEquals("[\"AES\",\"2024-07-06\"]", first.get("record").get("key").toString());
        assertEquals(first.get("at").asText(), java.time.Instant.parse(first.get("at").asText()).toString());
        assertEquals(2, term.get("items").get(0).get("replaced").asLong());
        assertEquals(1, term.get("items").get(1).get("replaced").asLong());
        assertFalse(first.has("replaced"));

        JsonNode person = json("log", "--record", "person:a-goita", "--format", "json");
        JsonNode merge = person.get("items").get(0);
        assertEquals("merge", merge.get("kind").asText());
        assertEquals("[\"assimi-goita\"]", merge.get("merged_into").get("key").toString());
        assertEquals("A. Goïta", merge.get("content").get("name").asText());

        JsonNode page = json("log", "--limit", "2", "--format", "json");
        assertTrue(page.get("more").asBoolean());
        assertEquals(2, page.get("items").size());
        assertTrue(page.get("items").get(0).get("sequence").asLong() > page.get("items").get(1).get("sequence").asLong());
    }

    @Test
    void a_batch_is_retracted_in_one_write_or_not_at_all() {
        cli = Cli.h2(dir);
        cli.run("import", cli.file("ghost.ndjson", """
                {"type":"person","id":"ghost-id","name":"Nobody"}
                {"type":"state","code":"MLI","name":"Mali"}
                {"type":"office_term","person":"ghost-id","office":"Ministre","state":"MLI","start":"2020-01-01"}
                """)).expect(ExitCode.OK);
        String before = cli.export();

        Cli.Result referred = cli.run("retract", "person:ghost-id").expect(ExitCode.INVALID_INPUT).noLeaks();
        // The office term alone could go, but not with a record that is not stored: all or none.
        Cli.Result unknown = cli.run("retract", "office_term:ghost-id:Ministre:2020-01-01", "person:nobody")
                .expect(ExitCode.INVALID_INPUT).noLeaks();
        Cli.Result malformed = cli.run("retract", "person").expect(ExitCode.USAGE).noLeaks();
        Cli.Result noType = cli.run("retract", "ghost:x").expect(ExitCode.USAGE).noLeaks();
        Cli.Result nothing = cli.run("retract").expect(ExitCode.USAGE).noLeaks();

        assertEquals("confed: person:ghost-id is still referred to by office_term:ghost-id:Ministre:2020-01-01; retract or"
                + " change those first; nothing was retracted\n", referred.err());
        assertEquals("confed: there is no person:nobody\n", unknown.err());
        assertTrue(malformed.err().contains("\"person\" is not a record's name: write TYPE:KEY"), malformed.err());
        assertTrue(noType.err().contains("\"ghost\" is not a record type"), noType.err());
        assertTrue(nothing.err().startsWith("Missing required parameter: 'TYPE:KEY'"), nothing.err());
        assertEquals(before, cli.export());

        Cli.Result both = cli.run("retract", "office_term:ghost-id:Ministre:2020-01-01", "person:ghost-id",
                "person:ghost-id").expect(ExitCode.OK).noLeaks();

        assertEquals("""
                retracted office_term:ghost-id:Ministre:2020-01-01 (version 1)
                retracted person:ghost-id (version 1)
                """, both.out());
        assertEquals("{\"type\":\"state\",\"code\":\"MLI\",\"name\":\"Mali\"}\n", cli.export());
        assertEquals("confed: there is no person:ghost-id\n",
                cli.run("retract", "person:ghost-id").expect(ExitCode.INVALID_INPUT).err());
    }

    @Test
    void a_merge_is_refused_for_an_unknown_person_and_needs_two_persons() {
        cli = Cli.h2(dir).withDemoData();
        String before = cli.export();

        Cli.Result unknown = cli.run("merge-persons", "nobody", "--into", "assimi-goita").expect(ExitCode.INVALID_INPUT)
                .noLeaks();
        Cli.Result unknownSurvivor = cli.run("merge-persons", "assimi-goita", "--into", "nobody")
                .expect(ExitCode.INVALID_INPUT).noLeaks();
        Cli.Result same = cli.run("merge-persons", "assimi-goita", "--into", "assimi-goita").expect(ExitCode.USAGE).noLeaks();
        Cli.Result badId = cli.run("merge-persons", "A_B", "--into", "assimi-goita").expect(ExitCode.USAGE).noLeaks();
        Cli.Result noInto = cli.run("merge-persons", "assimi-goita").expect(ExitCode.USAGE).noLeaks();

        assertEquals("confed: there is no person:nobody\n", unknown.err());
        assertEquals("confed: there is no person:nobody\n", unknownSurvivor.err());
        assertTrue(same.err().startsWith("FROM and --into both name assimi-goita: name two persons"), same.err());
        assertTrue(badId.err().contains("\"A_B\" is not a valid person id"), badId.err());
        assertTrue(noInto.err().startsWith("Missing required option: '--into=TO'"), noInto.err());
        assertEquals(before, cli.export());
    }

    @Test
    void a_merge_that_would_give_one_office_two_overlapping_terms_is_refused_and_changes_nothing() {
        cli = Cli.h2(dir).withDemoData();
        cli.run("import", cli.file("bis.ndjson", """
                {"type":"person","id":"goita-bis","name":"Goïta bis"}
                {"type":"office_term","person":"goita-bis","office":"Président de la Transition","state":"MLI","start":"2024-01-01"}
                """)).expect(ExitCode.OK);
        String before = cli.export();

        Cli.Result refused = cli.run("merge-persons", "goita-bis", "--into", "assimi-goita").expect(ExitCode.INVALID_INPUT)
                .noLeaks();

        assertTrue(refused.err().startsWith("confed: merge refused, nothing changed: "), refused.err());
        assertTrue(refused.err().contains("overlaps"), refused.err());
        assertEquals("", refused.out());
        assertEquals(before, cli.export());
    }

    @Test
    void every_question_takes_recorded_and_a_malformed_instant_is_wrong_usage() throws Exception {
        cli = Cli.h2(dir).withDemoData();
        String recorded = newestInstant();
        String members = cli.run("query", "members", "--confederation", "AES").expect(ExitCode.OK).out();
        String plans = cli.run("query", "plan", "--confederation", "AES").expect(ExitCode.OK).out();
        String plan = cli.run("query", "plan", "--id", "aes-unified-force").expect(ExitCode.OK).out();
        String forecast = cli.run("forecast", "--confederation", "AES").expect(ExitCode.OK).out();
        cli.run("import", changes()).expect(ExitCode.OK);
        cli.run("retract", "plan_event:aes-unified-force:adopted:2025-01").expect(ExitCode.OK);

        assertEquals(members.replace("2026-01-15:", "2026-01-15 as recorded at " + recorded + ":"),
                cli.run("query", "members", "--confederation", "AES", "--recorded", recorded).expect(ExitCode.OK).out());
        assertEquals(plans.replace("2026-01-15:", "2026-01-15 as recorded at " + recorded + ":"),
                cli.run("query", "plan", "--confederation", "AES", "--recorded", recorded).expect(ExitCode.OK).out());
        assertEquals(plan.replace("Status on 2026-01-15:", "Status on 2026-01-15 as recorded at " + recorded + ":"),
                cli.run("query", "plan", "--id", "aes-unified-force", "--recorded", recorded).expect(ExitCode.OK).out());
        assertFalse(plan.equals(cli.run("query", "plan", "--id", "aes-unified-force").expect(ExitCode.OK).out()));
        List<String> forecastThen = Cli.lines(cli.run("forecast", "--confederation", "AES", "--recorded", recorded)
                .expect(ExitCode.OK).out());
        assertEquals(Cli.lines(forecast).get(0) + " as recorded at " + recorded, forecastThen.get(0));
        assertEquals(Cli.lines(forecast).subList(1, Cli.lines(forecast).size()), forecastThen.subList(1, forecastThen.size()));

        // A date is the end of that day, UTC: on the day before anything was written, there was nothing.
        Cli.Result empty = cli.run("query", "members", "--confederation", "AES", "--recorded", "2020-01-01")
                .expect(ExitCode.INVALID_INPUT).noLeaks();
        assertEquals("confed: there was no confederation with code AES as recorded at 2020-01-01T23:59:59.999999999Z\n",
                empty.err());
        assertEquals("", cli.run("export", "--format", "ndjson", "--recorded", "2020-01-01").expect(ExitCode.OK).out());
        assertTrue(cli.run("query", "plan", "--id", "aes-unified-force", "--recorded", "2020-01-01T00:00:00+01:00")
                .expect(ExitCode.INVALID_INPUT).err().startsWith("confed: there was no action plan with id aes-unified-force"));

        for (List<String> command : List.of(List.of("query", "presidency", "--confederation", "AES"),
                List.of("query", "members", "--confederation", "AES"), List.of("query", "plan", "--confederation", "AES"),
                List.of("forecast", "--confederation", "AES"), List.of("export", "--format", "ndjson"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--recorded", "yesterday"));
            Cli.Result wrong = cli.run(args.toArray(String[]::new)).expect(ExitCode.USAGE).noLeaks();
            assertTrue(wrong.err().startsWith("Invalid value for option '--recorded': \"yesterday\" is not an instant"),
                    command + ": " + wrong.err());
            assertEquals("", wrong.out());
        }
    }

    @Test
    void the_log_filters_and_its_bounds() throws Exception {
        cli = Cli.h2(dir);
        assertEquals("No change recorded yet.\n", cli.run("log").expect(ExitCode.OK).out());
        cli.withDemoData();

        int records = (int) demoLines().stream().filter(line -> line.startsWith("{")).count();
        JsonNode all = json("log", "--format", "json");
        assertEquals(records, all.get("items").size());
        assertFalse(all.get("more").asBoolean());
        JsonNode ten = json("log", "--format", "json", "--limit", "10");
        assertEquals(10, ten.get("items").size());
        assertTrue(ten.get("more").asBoolean());
        assertEquals(records, json("log", "--format", "json", "--actor", "cli", "--since", "2020-01-01", "--limit", "100")
                .get("items").size());
        assertEquals("No change matches.\n", cli.run("log", "--actor", "someone").expect(ExitCode.OK).out());
        assertEquals("No change matches.\n", cli.run("log", "--since", "2999-01-01").expect(ExitCode.OK).out());
        assertEquals("No change matches.\n", cli.run("log", "--record", "person:nobody").expect(ExitCode.OK).out());
        List<String> one = Cli.lines(cli.run("log", "--record", "person:assimi-goita").expect(ExitCode.OK).out());
        assertEquals(2, one.size(), String.join("\n", one));
        assertTrue(one.get(1).matches(LOG_LINE + "insert +1 +person:assimi-goita"), one.get(1));

        assertTrue(cli.run("log", "--limit", "0").expect(ExitCode.USAGE).noLeaks().err()
                .startsWith("--limit must be between 1 and 1000, not 0"));
        assertTrue(cli.run("log", "--limit", "1001").expect(ExitCode.USAGE).err().startsWith("--limit must be between 1 and 1000"));
        assertTrue(cli.run("log", "--before", "0").expect(ExitCode.USAGE).err().startsWith("--before must be"));
        assertTrue(cli.run("log", "--since", "soon").expect(ExitCode.USAGE).noLeaks().err()
                .startsWith("Invalid value for option '--since': \"soon\" is not an instant"));
        assertTrue(cli.run("log", "--record", "person").expect(ExitCode.USAGE).noLeaks().err()
                .startsWith("Invalid value for option '--record': \"person\" is not a record's name"));
        assertTrue(cli.run("log", "--actor", " ").expect(ExitCode.USAGE).noLeaks().err()
                .startsWith("Invalid value for option '--actor': ' ' is not an actor's name: it is blank"));
    }

    /** The change: Mali's term names a second record of its holder, a-goita; a person nothing refers to comes too. */
    private String changes() {
        String line = demoLines().stream().filter(text -> text.contains(MALI_TERM)).findFirst().orElseThrow();
        assertTrue(line.contains("\"holder\":\"assimi-goita\""), line);
        return cli.file("changes.ndjson", line.replace("\"holder\":\"assimi-goita\"", "\"holder\":\"a-goita\"") + "\n"
                + "{\"type\":\"person\",\"id\":\"a-goita\",\"name\":\"A. Goïta\"}\n"
                + "{\"type\":\"person\",\"id\":\"ghost-id\",\"name\":\"Nobody\"}\n");
    }

    private static List<String> demoLines() {
        try (InputStream in = DemoData.class.getResourceAsStream(DemoData.RESOURCE)) {
            return Cli.lines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String presidency() {
        return cli.run("query", "presidency", "--confederation", "AES", "--at", "2024-11-06").expect(ExitCode.OK).out();
    }

    /** When the newest change was recorded, as the log gives it: the registry "as recorded" then holds it. */
    private String newestInstant() throws IOException {
        return json("log", "--limit", "1", "--format", "json").get("items").get(0).get("at").asText();
    }

    private JsonNode json(String... args) throws IOException {
        return Json.mapper().readTree(cli.run(args).expect(ExitCode.OK).noLeaks().out());
    }

    private static List<String> summaries(JsonNode page) {
        List<String> summaries = new ArrayList<>();
        page.get("items").forEach(item -> summaries.add(item.get("kind").asText() + " " + item.get("version").asLong()
                + " " + item.get("content").get("holder").asText()));
        return summaries;
    }
}
