package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.confed.application.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code confed query} and {@code confed forecast} on the AES demo data: tables for people, the API's JSON for scripts. */
class QueryCommandTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void demoData() {
        cli = Cli.h2(dir).withDemoData();
    }

    @AfterEach
    void close() throws Exception {
        cli.close();
    }

    @Test
    void burkina_faso_presides_on_2026_01_15() {
        Cli.Result result = cli.run("query", "presidency", "--confederation", "AES", "--at", "2026-01-15").expect(0);

        List<String> lines = Cli.lines(result.out());
        assertEquals("Presidency of AES on 2026-01-15", lines.get(0));
        assertEquals("state       Burkina Faso (BFA)", lines.get(1));
        assertEquals("holder      Ibrahim Traoré", lines.get(2));
        assertEquals("from        2025-12-23", lines.get(3));
        assertEquals("until       2026-12-22 (planned; still open)", lines.get(4));
        assertEquals("decided at  aes-2025-12-22-bamako", lines.get(5));
        assertEquals("sources     lepays-bamako-session, kassataya-bamako-session", lines.get(6));
        assertEquals(7, lines.size(), result.out());
        assertEquals("", result.err());
    }

    @Test
    void mali_presided_on_2024_11_06_until_the_day_before_the_next_term() {
        Cli.Result result = cli.run("query", "presidency", "--confederation", "AES", "--at", "2024-11-06").expect(0);

        assertTrue(result.out().contains("state       Mali (MLI)\nholder      Assimi Goïta\n"), result.out());
        // Mali's one-year term ran on until the Bamako session chose Burkina Faso.
        assertTrue(result.out().contains("until       2025-12-22 (planned 2025-07-05)"), result.out());
        // Sources by id, each once, though the APA dispatch is cited for two quotes.
        assertTrue(result.out().endsWith("sources     aconews-niamey-summit, echowebafrique-niamey-summit, dounia-niamey-summit,"
                + " apa-2024-11-06-koulouba\n"), result.out());
    }

    @Test
    void without_at_the_question_is_about_today() {
        String today = cli.run("query", "presidency", "--confederation", "AES").expect(0).out();

        assertTrue(today.startsWith("Presidency of AES on 2026-01-15\nstate       Burkina Faso (BFA)"), today);
    }

    @Test
    void presidency_as_json_is_the_apis_shape_with_the_holder_expanded() throws Exception {
        String out = cli.run("query", "presidency", "--confederation", "AES", "--at", "2024-11-06", "--format", "json")
                .expect(0).out();

        JsonNode term = Json.mapper().readTree(out);
        assertEquals("presidency", term.get("type").asText());
        assertEquals("MLI", term.get("state").asText());
        assertEquals("2024-07-06", term.get("start").asText());
        assertEquals("Assimi Goïta", term.get("holder").get("name").asText());
        assertEquals("2025-07-05", term.get("planned_end").asText());
        assertEquals("2025-12-22", term.get("ends_on").asText());
        assertEquals("aes-2024-07-06-niamey", term.get("designated_at").asText());
        assertTrue(term.get("certain").asBoolean());
    }

    @Test
    void members_as_a_table_and_as_json() throws Exception {
        String table = cli.run("query", "members", "--confederation", "AES", "--at", "2024-11-06").expect(0).out();
        JsonNode json = Json.mapper().readTree(cli.run("query", "members", "--confederation", "AES", "--at", "2024-11-06",
                "--format", "json").expect(0).out());

        assertEquals(List.of("Members of AES on 2024-11-06: 3",
                "state               since       until",
                "Burkina Faso (BFA)  2023-09-16  -",
                "Mali (MLI)          2023-09-16  -",
                "Niger (NER)         2023-09-16  -"), Cli.lines(table));
        assertEquals("2024-11-06", json.get("at").asText());
        assertEquals(3, json.get("items").size());
        assertEquals("membership", json.get("items").get(0).get("type").asText());
    }

    @Test
    void before_the_charter_there_were_no_members() {
        String out = cli.run("query", "members", "--confederation", "AES", "--at", "2023-09-15").expect(0).out();

        assertEquals(List.of("Members of AES on 2023-09-15: 0"), Cli.lines(out));
    }

    @Test
    void a_plans_status_on_a_day_follows_its_history() throws Exception {
        String before = cli.run("query", "plan", "--id", "aes-defence-security-2024", "--at", "2024-11-04").expect(0).out();
        String validated = cli.run("query", "plan", "--id", "aes-defence-security-2024", "--at", "2024-11-05").expect(0).out();
        String after = cli.run("query", "plan", "--id", "aes-defence-security-2024", "--at", "2024-11-06").expect(0).out();
        JsonNode beforeJson = Json.mapper().readTree(cli.run("query", "plan", "--id", "aes-defence-security-2024",
                "--at", "2024-11-04", "--format", "json").expect(0).out());
        JsonNode json = Json.mapper().readTree(cli.run("query", "plan", "--id", "aes-defence-security-2024",
                "--at", "2024-11-06", "--format", "json").expect(0).out());

        // Validated "recently" before the audience of 2024-11-06: on or before 2024-11-05, so on the 4th it may not be yet.
        assertTrue(before.contains("Status on 2024-11-04: validated (since ../2024-11-05)\n"
                + "uncertain, because:\n"
                + "  plan_event:aes-defence-security-2024:validated:../2024-11-05: its date is known only as some day"
                + " on or before 2024-11-05\n"), before);
        assertTrue(validated.contains("Status on 2024-11-05: validated (since ../2024-11-05)\n"), validated);
        assertFalse(validated.contains("uncertain"), validated);
        assertTrue(after.contains("Status on 2024-11-06: presented (since 2024-11-06)\n"), after);
        assertTrue(after.contains("../2024-11-05  validated  -  "), after);
        assertTrue(after.contains("2024-11-06     presented  aes-2024-11-06-koulouba"), after);
        assertFalse(after.contains("uncertain"), after);
        assertEquals("validated", beforeJson.get("status").asText());
        assertFalse(beforeJson.get("certain").asBoolean());
        JsonNode why = beforeJson.get("uncertain").get(0);
        assertEquals(1, beforeJson.get("uncertain").size());
        assertEquals("plan_event", why.get("record").get("type").asText());
        assertEquals("date", why.get("field").asText());
        assertEquals("span", why.get("because").asText());
        assertEquals("../2024-11-05", why.get("value").asText());
        assertEquals("presented", json.get("status").asText());
        assertTrue(json.get("certain").asBoolean());
        assertFalse(json.has("uncertain"));
        assertEquals(2, json.get("history").size());
    }

    @Test
    void a_plan_adopted_some_day_of_a_month_is_uncertain_within_it() {
        String out = cli.run("query", "plan", "--confederation", "AES", "--at", "2025-01-15").expect(0).out();

        assertEquals(List.of("Action plans of AES on 2025-01-15: 2",
                "plan                       pillar            status               since",
                "aes-defence-security-2024  defence_security  presented            2024-11-06",
                "aes-unified-force          defence_security  adopted (uncertain)  2025-01",
                "uncertain, because:",
                "  plan_event:aes-unified-force:adopted:2025-01: its date is known only as some day of 2025-01"
                        + " (2025-01-01 to 2025-01-31)"),
                Cli.lines(out));
    }

    @Test
    void members_whose_start_is_known_only_as_on_or_before_a_day_are_uncertain_before_it() throws Exception {
        String table = cli.run("query", "members", "--confederation", "ECOWAS", "--at", "2024-01-01").expect(0).out();
        String later = cli.run("query", "members", "--confederation", "ECOWAS", "--at", "2024-06-01").expect(0).out();
        JsonNode json = Json.mapper().readTree(cli.run("query", "members", "--confederation", "ECOWAS", "--at", "2024-01-01",
                "--format", "json").expect(0).out());

        assertEquals(List.of("Members of ECOWAS on 2024-01-01: 3",
                "state               since          until",
                "Burkina Faso (BFA)  ../2024-01-28  2025-01-28",
                "Mali (MLI)          ../2024-01-28  2025-01-28",
                "Niger (NER)         ../2024-01-28  2025-01-28",
                "uncertain, because:",
                "  membership:ECOWAS:BFA:../2024-01-28: its start is known only as some day on or before 2024-01-28",
                "  membership:ECOWAS:MLI:../2024-01-28: its start is known only as some day on or before 2024-01-28",
                "  membership:ECOWAS:NER:../2024-01-28: its start is known only as some day on or before 2024-01-28"),
                Cli.lines(table));
        assertTrue(later.startsWith("Members of ECOWAS on 2024-06-01: 3\n"), later);
        assertFalse(later.contains("uncertain"), later);
        assertFalse(json.get("certain").asBoolean());
        assertEquals(3, json.get("uncertain").size());
        assertEquals("span", json.get("uncertain").get(0).get("because").asText());
    }

    @Test
    void a_disputed_start_makes_the_presidency_on_the_other_day_uncertain() throws Exception {
        cli.file("disputed.ndjson", "{\"type\":\"presidency\",\"confederation\":\"AES\",\"state\":\"BFA\","
                + "\"holder\":\"ibrahim-traore\",\"start\":\"2025-12-23\",\"designated_at\":\"aes-2025-12-22-bamako\","
                + "\"sources\":[\"lepays-bamako-session\",\"kassataya-bamako-session\"],"
                + "\"disputes\":[{\"field\":\"start\",\"value\":\"2025-12-22\",\"sources\":[\"kassataya-bamako-session\"]}]}\n");
        cli.run("import", "disputed.ndjson").expect(0);

        String disputed = cli.run("query", "presidency", "--confederation", "AES", "--at", "2025-12-22").expect(0).out();
        String settled = cli.run("query", "presidency", "--confederation", "AES", "--at", "2025-12-24").expect(0).out();
        JsonNode json = Json.mapper().readTree(cli.run("query", "presidency", "--confederation", "AES", "--at", "2025-12-22",
                "--format", "json").expect(0).out());

        // Read as the registry prefers, Mali still presides on the 22nd; by the other source, Burkina Faso already does.
        assertTrue(disputed.startsWith("Presidency of AES on 2025-12-22\nstate       Mali (MLI)\n"), disputed);
        assertTrue(disputed.endsWith("uncertain, because:\n"
                + "  presidency:AES:2025-12-23: its start is disputed: a source gives 2025-12-22\n"), disputed);
        assertFalse(settled.contains("uncertain"), settled);
        assertEquals("MLI", json.get("state").asText());
        assertFalse(json.get("certain").asBoolean());
        JsonNode why = json.get("uncertain").get(0);
        assertEquals("presidency", why.get("record").get("type").asText());
        assertEquals("start", why.get("field").asText());
        assertEquals("dispute", why.get("because").asText());
        assertEquals("2025-12-22", why.get("value").asText());
    }

    @Test
    void every_plan_of_a_confederation_on_a_day() {
        String out = cli.run("query", "plan", "--confederation", "AES", "--at", "2025-06-01").expect(0).out();

        assertEquals(List.of("Action plans of AES on 2025-06-01: 2",
                "plan                       pillar            status     since",
                "aes-defence-security-2024  defence_security  presented  2024-11-06",
                "aes-unified-force          defence_security  adopted    2025-01"), Cli.lines(out));
    }

    @Test
    void the_forecast_follows_the_rotation_from_the_last_term() throws Exception {
        String table = cli.run("forecast", "--confederation", "AES", "--count", "3").expect(0).out();
        JsonNode json = Json.mapper().readTree(cli.run("forecast", "--confederation", "AES", "--count", "2",
                "--format", "json").expect(0).out());

        assertEquals(List.of("Next 3 presidency term(s) of AES (rotation MLI, BFA, NER; each term P1Y)",
                "state               from        to",
                "Niger (NER)         2026-12-23  2027-12-22",
                "Mali (MLI)          2027-12-23  2028-12-22",
                "Burkina Faso (BFA)  2028-12-23  2029-12-22"), Cli.lines(table));
        assertEquals(2, json.get("items").size());
        assertEquals("NER", json.get("items").get(0).get("state").asText());
        assertEquals("2026-12-23", json.get("items").get(0).get("start").asText());
        assertEquals("MLI", json.get("rotation").get(0).asText());
    }

    @Test
    void questions_without_an_answer_exit_1_and_say_why() {
        cli.run("query", "presidency", "--confederation", "AES", "--at", "2024-01-01").expect(ExitCode.INVALID_INPUT).noLeaks();
        Cli.Result unknown = cli.run("query", "members", "--confederation", "G5S").expect(ExitCode.INVALID_INPUT).noLeaks();
        Cli.Result noPlan = cli.run("query", "plan", "--id", "no-such-plan").expect(ExitCode.INVALID_INPUT).noLeaks();

        assertEquals("confed: there is no confederation with code G5S\n", unknown.err());
        assertEquals("confed: there is no action plan with id no-such-plan\n", noPlan.err());
        assertEquals("", unknown.out());
    }

    @Test
    void a_forecast_the_facts_cannot_support_exits_1() {
        cli.file("g5.ndjson", "{\"type\":\"confederation\",\"code\":\"G5S\",\"name\":\"G5 Sahel\"}\n");
        cli.run("import", "g5.ndjson").expect(0);

        Cli.Result result = cli.run("forecast", "--confederation", "G5S").expect(ExitCode.INVALID_INPUT).noLeaks();

        assertTrue(result.err().startsWith("confed: G5S has no"), result.err());
    }

    @Test
    void malformed_arguments_are_usage_errors() {
        Cli.Result badDay = cli.run("query", "presidency", "--confederation", "AES", "--at", "06/11/2024")
                .expect(ExitCode.USAGE).noLeaks();
        Cli.Result badCode = cli.run("query", "members", "--confederation", "aes!").expect(ExitCode.USAGE).noLeaks();
        cli.run("query", "plan", "--id", "x", "--confederation", "AES").expect(ExitCode.USAGE).noLeaks();
        cli.run("query", "plan").expect(ExitCode.USAGE).noLeaks();
        cli.run("query").expect(ExitCode.USAGE).noLeaks();
        cli.run("forecast", "--confederation", "AES", "--count", "0").expect(ExitCode.USAGE).noLeaks();
        cli.run("query", "presidency", "--confederation", "AES", "--format", "xml").expect(ExitCode.USAGE).noLeaks();

        assertTrue(badDay.err().startsWith("Invalid value for option '--at': expected a day as YYYY-MM-DD, not '06/11/2024'"),
                badDay.err());
        assertTrue(badCode.err().startsWith("Invalid value for option '--confederation': 'aes!' is not a confederation code"),
                badCode.err());
    }

    @Test
    void an_empty_store_says_how_to_fill_it() throws Exception {
        try (Cli empty = Cli.h2(dir.resolve("empty"))) {
            Cli.Result result = empty.run("query", "presidency", "--confederation", "AES", "--at", "2026-01-15")
                    .expect(ExitCode.INVALID_INPUT).noLeaks();

            assertTrue(result.err().startsWith("confed: the store H2 file "), result.err());
            assertTrue(result.err().contains(" is empty: `confed serve` loads the AES demo data into an empty store"),
                    result.err());
        }
    }
}
