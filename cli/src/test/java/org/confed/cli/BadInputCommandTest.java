package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of FORMAT.md broken through {@code confed import}, on an H2 file and on PostgreSQL: each file is refused
 * with exit 1 and a {@code FILE:LINE: type.field: message}, and the store holding the AES demo data exports the same
 * bytes afterwards. (The api module's corpus covers the same rules and more at the importer; this is the command.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCommandTest {
    // Static: shared by every test of the class, as the stores in it are.
    @TempDir
    static Path dir;

    private final Map<Cli.Kind, Cli> stores = new EnumMap<>(Cli.Kind.class);
    private final Map<Cli.Kind, String> before = new EnumMap<>(Cli.Kind.class);

    private Cli store(Cli.Kind kind) {
        return stores.computeIfAbsent(kind, k -> {
            Cli cli = Cli.of(k, dir.resolve(k.name())).withDemoData();
            before.put(k, cli.export());
            return cli;
        });
    }

    @AfterAll
    void close() throws Exception {
        for (Cli cli : stores.values()) {
            cli.close();
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Cli.Kind kind : Cli.Kind.values()) {
            for (Object[] bad : BAD_FILES) {
                cases.add(Arguments.of(kind, bad[0], bad[1], bad[2]));
            }
        }
        return cases.stream();
    }

    /** File name, content, the first problem line expected. */
    private static final Object[][] BAD_FILES = {
        {"slash.ndjson", "{\"type\":\"meeting\",\"id\":\"m1\",\"kind\":\"summit\",\"date\":\"06/07/2024\"}",
            "slash.ndjson:1: meeting.date: \"06/07/2024\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"},
        {"month.ndjson", "\n// a comment line\n{\"type\":\"meeting\",\"id\":\"m1\",\"kind\":\"summit\",\"date\":\"2024-13\"}",
            "month.ndjson:3: meeting.date: \"2024-13\" is not a date: month 13 does not exist"},
        {"feb30.jsonl", "{\"type\":\"meeting\",\"id\":\"m1\",\"kind\":\"summit\",\"date\":\"2024-02-30\"}",
            "feb30.jsonl:1: meeting.date: \"2024-02-30\" is not a date: February 2024 has no day 30"},
        {"required.ndjson", "{\"type\":\"person\",\"id\":\"x-y\"}", "required.ndjson:1: person.name: is required"},
        {"type.ndjson", "{\"type\":\"treaty\",\"id\":\"x\"}", "type.ndjson:1: record.type: \"treaty\" is not a record type"},
        {"state.ndjson", "{\"type\":\"state\",\"code\":\"mli\",\"name\":\"Mali\"}",
            "state.ndjson:1: state.code: \"mli\" is not a valid state code (for example MLI)"},
        {"person.json", "[\n{\"type\":\"person\",\"id\":\"Assimi Goita\",\"name\":\"x\"}\n]",
            "person.json:2: person.id: \"Assimi Goita\" is not a valid person id (for example assimi-goita)"},
        {"overlap.ndjson", "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"MLI\",\"start\":\"2024-01-01\"}",
            "overlap.ndjson:1: membership.start: MLI's membership of AES 2024-01-01.. overlaps its membership 2023-09-16.."},
        {"terms.ndjson", "{\"type\":\"presidency\",\"confederation\":\"AES\",\"state\":\"NER\",\"start\":\"2025-01-01\",\"end\":\"2026-02-01\"}",
            "terms.ndjson:1: presidency.end: the term of NER from 2025-01-01 overlaps the term of BFA from 2025-12-23"},
        {"member.ndjson", "{\"type\":\"presidency\",\"confederation\":\"AES\",\"state\":\"MLI\",\"start\":\"2023-01-01\",\"end\":\"2023-06-30\"}",
            "member.ndjson:1: presidency.state: MLI is not a member of AES on 2023-01-01, the first day of its term"},
        {"nothing.ndjson", "{\"type\":\"office_term\",\"person\":\"nobody\",\"office\":\"x\",\"start\":\"2020\"}",
            "nothing.ndjson:1: office_term.person: person nobody does not exist"},
        {"source.ndjson", "{\"type\":\"state\",\"code\":\"TCD\",\"name\":\"Tchad\",\"sources\":[\"nowhere\"]}",
            "source.ndjson:1: state.sources: source nowhere does not exist"},
        {"kind.ndjson", "{\"type\":\"meeting\",\"id\":\"m1\",\"kind\":\"party\",\"date\":\"2024\"}",
            "kind.ndjson:1: meeting.kind: \"party\" is not one of summit, audience, ministerial, committee, other"},
        {"move.ndjson", "{\"type\":\"plan_event\",\"plan\":\"aes-unified-force\",\"status\":\"drafted\",\"date\":\"2025-06\"}",
            "move.ndjson:1: plan_event.status: plan aes-unified-force cannot move from adopted (2025-01) to drafted (2025-06)"},
        {"period.ndjson", "{\"type\":\"confederation\",\"code\":\"G5S\",\"name\":\"G5 Sahel\",\"presidency_term\":\"1 year\"}",
            "period.ndjson:1: confederation.presidency_term: \"1 year\" is not a period such as P1Y or P6M"},
        {"ends.ndjson", "{\"type\":\"membership\",\"confederation\":\"AES\",\"state\":\"NER\",\"start\":\"2024-05-01\",\"end\":\"2024-01-01\"}",
            "ends.ndjson:1: membership.end: 2024-01-01 is before the start 2024-05-01"},
        {"rotation.ndjson", "{\"type\":\"confederation\",\"code\":\"G5S\",\"name\":\"G5\",\"rotation\":[\"MRT\",\"XYZ\"]}",
            "rotation.ndjson:1: confederation.rotation[2]:"},
        {"names.ndjson", "{\"type\":\"state\",\"code\":\"TCD\",\"name\":\"Tchad\",\"names\":\"Tchad\"}",
            "names.ndjson:1: state.names: must be an object of language to name, not the text \"Tchad\""},
        {"twice.ndjson", "{\"type\":\"state\",\"code\":\"TCD\",\"name\":\"Tchad\"}\n{\"type\":\"state\",\"code\":\"TCD\",\"name\":\"Chad\"}",
            "twice.ndjson:2: state: a different state with the same key (TCD) is at twice.ndjson:1; give each key once"},
        {"broken.ndjson", "{\"type\":\"state\",\"code\":\"TCD\",\"name\":\"Tchad\"}\n{\"type\":\"state\",\"code\":\"TCD\",",
            "broken.ndjson:2: the line ends before its JSON value is complete (was it cut short?)"},
        {"cut.json", "[{\"type\":\"state\",\"code\":\"TCD\",\"name\":\"Tchad\"},\n{\"type\":\"state\",",
            "cut.json:2: the file ends inside the record that starts here (was it cut short?)"},
        {"field.ndjson", "{\"type\":\"state\",\"code\":\"TCD\",\"name\":\"Tchad\",\"capital\":\"N'Djamena\"}",
            "field.ndjson:1: state.capital: is not a field of state (its fields: code, name, names, sources, disputes)"},
        {"topics.ndjson", "{\"type\":\"meeting\",\"id\":\"m1\",\"kind\":\"summit\",\"date\":\"2024\",\"topics\":\"security\"}",
            "topics.ndjson:1: meeting.topics: must be a list, not the text \"security\""},
        // CSV gives a record's disputes as rows of their own type (dispute), so no state column holds them
        {"states.csv", "code,name,capital\nTCD,Tchad,N'Djamena",
            "states.csv:1: state.capital: is not a column of state (its columns: code, name, names, sources)"},
        {"meetings.csv", "id,kind,date\nm1,summit,2024-07-06\nm2,summit,2024-13-01",
            "meetings.csv:3: meeting.date: \"2024-13-01\" is not a date: month 13 does not exist"},
        {"persons.csv", "id,name\n\"never-closed,Nobody\nx-y,Somebody\n",
            "persons.csv:2: a quoted cell opened in this row is never closed"},
        {"participants.csv", "meeting,person,capacity\nnowhere,assimi-goita,host",
            "participants.csv:2: participant.meeting: meeting nowhere does not exist"},
        {"memberships.csv", "confederation,state,start\r\nAES,TCD,2024-01-01\r\n",
            "memberships.csv:2: membership.state: state TCD does not exist"},
    };

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void a_bad_file_is_refused_where_it_is_wrong_and_changes_nothing(Cli.Kind kind, String name, String content,
                                                                    String expected) {
        Cli cli = store(kind);
        cli.file(name, content);

        Cli.Result result = cli.run("import", name).expect(ExitCode.INVALID_INPUT).noLeaks();

        List<String> problems = Cli.lines(result.err());
        assertTrue(problems.get(0).startsWith(expected), () -> "expected " + expected + "\nbut got:\n" + result.err());
        assertTrue(problems.get(problems.size() - 1).startsWith("confed: import refused:"), result.err());
        assertEquals("", result.out());
        assertEquals(before.get(kind), cli.export(), "the store changed");
    }

    @Test
    void every_problem_is_listed_not_just_the_first_up_to_the_cap() {
        Cli cli = store(Cli.Kind.H2_FILE);
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            lines.append("{\"type\":\"person\",\"id\":\"person-").append(i).append("\"}\n");
        }
        cli.file("many.ndjson", lines.toString());

        Cli.Result all = cli.run("import", "many.ndjson").expect(ExitCode.INVALID_INPUT);
        Cli.Result capped = cli.run("import", "many.ndjson", "--max-problems", "5").expect(ExitCode.INVALID_INPUT);

        assertEquals(31, Cli.lines(all.err()).size(), all.err());
        assertEquals("many.ndjson:30: person.name: is required", Cli.lines(all.err()).get(29));
        assertEquals(List.of("many.ndjson:1: person.name: is required", "many.ndjson:2: person.name: is required",
                "many.ndjson:3: person.name: is required", "many.ndjson:4: person.name: is required",
                "many.ndjson:5: person.name: is required", "(more problems not listed; raise --max-problems to see them)",
                "confed: import refused: 5+ problem(s) in 30 record(s); nothing was written"), Cli.lines(capped.err()));
        assertEquals(before.get(Cli.Kind.H2_FILE), cli.export());
    }

    @Test
    void one_bad_file_among_good_ones_keeps_all_of_them_out() {
        Cli cli = store(Cli.Kind.H2_FILE);
        cli.file("good.ndjson", "{\"type\":\"state\",\"code\":\"TCD\",\"name\":\"Tchad\"}");
        cli.file("bad.csv", "code,name\nMRT,");

        Cli.Result result = cli.run("import", "good.ndjson", "bad.csv", "--type", "state")
                .expect(ExitCode.INVALID_INPUT);

        assertEquals("bad.csv:2: state.name: is required", Cli.lines(result.err()).get(0));
        assertEquals(before.get(Cli.Kind.H2_FILE), cli.export());
    }

    @Test
    void files_that_cannot_be_read_are_named() {
        Cli cli = store(Cli.Kind.H2_FILE);
        cli.file("notes.txt", "x");
        cli.file("treaties.csv", "id\nx");

        Cli.Result missing = cli.run("import", "nowhere.ndjson", "notes.txt", "treaties.csv").expect(ExitCode.INVALID_INPUT)
                .noLeaks();

        List<String> lines = Cli.lines(missing.err());
        assertEquals("nowhere.ndjson: no such file", lines.get(0));
        assertTrue(lines.get(1).startsWith("notes.txt: cannot tell the format from the name notes.txt"), missing.err());
        assertTrue(lines.get(2).startsWith("treaties.csv: cannot tell the record type from the name treaties.csv"),
                missing.err());
        assertEquals(before.get(Cli.Kind.H2_FILE), cli.export());
    }
}
