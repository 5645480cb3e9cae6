package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code confed import -}: standard input, as Unix tools read it, in every layout, named in problems as {@code -:LINE}. */
class ImportStdinTest {
    private static final String PERSONS = """
            {"type":"person","id":"ali-lamine-zeine","name":"Ali Lamine Zeine"}
            {"type":"person","id":"abdourahamane-tiani","name":"Abdourahamane Tiani"}
            """;

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void store() {
        cli = Cli.h2(dir);
    }

    @AfterEach
    void close() throws Exception {
        cli.close();
    }

    private Cli.Result piped(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment env = new Environment(Map.of("CONFED_DB_URL", cli.db), out, err, false, Cli.TODAY, dir)
                .withStdin(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        int exit = Confed.execute(env, args);
        return new Cli.Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ndjson_piped_in_is_imported_like_a_file() {
        Cli.Result result = piped(PERSONS, "import", "-", "--format", "ndjson").expect(ExitCode.OK).noLeaks();

        assertTrue(result.out().contains("person: 2 inserted, 0 updated, 0 unchanged"), result.out());
        assertTrue(cli.export().contains("\"id\":\"abdourahamane-tiani\""));
        // the same input again changes nothing
        assertTrue(piped(PERSONS, "import", "-", "--format", "ndjson").expect(ExitCode.OK).out()
                .contains("person: 0 inserted, 0 updated, 2 unchanged"));
    }

    @Test
    void csv_piped_in_takes_its_type_from_type() {
        Cli.Result result = piped("id,name\nali-lamine-zeine,Ali Lamine Zeine\n", "import", "-", "--format", "csv", "--type", "person")
                .expect(ExitCode.OK).noLeaks();

        assertTrue(result.out().contains("person: 1 inserted"), result.out());
    }

    @Test
    void a_json_array_piped_in_is_read_whole() {
        Cli.Result result = piped("[{\"type\":\"person\",\"id\":\"ali-lamine-zeine\",\"name\":\"Ali Lamine Zeine\"}]",
                "import", "-", "--format", "json").expect(ExitCode.OK);

        assertTrue(result.out().contains("person: 1 inserted"), result.out());
    }

    @Test
    void a_problem_names_standard_input_as_dash_and_line_or_as_name_and_nothing_is_written() {
        String before = cli.export();
        String bad = PERSONS + "{\"type\":\"person\",\"id\":\"Not An Id\",\"name\":\"X\"}\n";

        Cli.Result dash = piped(bad, "import", "-", "--format", "ndjson");
        Cli.Result named = piped(bad, "import", "-", "--format", "ndjson", "--name", "from-jq");

        assertEquals(ExitCode.INVALID_INPUT, dash.exit());
        assertTrue(dash.err().startsWith("-:3: person.id: "), dash.err());
        assertTrue(named.err().startsWith("from-jq:3: person.id: "), named.err());
        assertEquals(before, cli.export());
    }

    @Test
    void without_a_format_standard_input_is_refused_saying_what_to_give() {
        Cli.Result result = piped(PERSONS, "import", "-");

        assertEquals(ExitCode.INVALID_INPUT, result.exit());
        assertTrue(result.err().contains("give --format ndjson, json or csv"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void a_csv_without_a_type_is_refused_and_a_name_can_give_it() {
        String csv = "id,name\nali-lamine-zeine,Ali Lamine Zeine\n";

        Cli.Result untyped = piped(csv, "import", "-", "--format", "csv");
        Cli.Result named = piped(csv, "import", "-", "--format", "csv", "--name", "persons.csv");

        assertEquals(ExitCode.INVALID_INPUT, untyped.exit());
        assertTrue(untyped.err().contains("--type"), untyped.err());
        assertEquals(ExitCode.OK, named.exit(), named.err());
    }
}
