package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What every command says about itself, how wrong usage is told, and a store that cannot be reached. */
class UsageTest {
    @TempDir
    Path dir;

    /** Every command path of the tree: "serve", "query presidency", ... */
    private static List<List<String>> commandPaths() {
        Environment env = new Environment(Map.of(), new ByteArrayOutputStream(), new ByteArrayOutputStream(), false,
                Cli.TODAY, Path.of("."));
        List<List<String>> paths = new ArrayList<>();
        collect(Confed.commandLine(env), new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, paths);
            }
        });
    }

    @Test
    void the_tree_holds_every_command_of_the_design() {
        List<String> names = commandPaths().stream().map(path -> String.join(" ", path)).toList();

        assertEquals(List.of("", "serve", "import", "export", "query", "query presidency", "query members", "query plan",
                "forecast", "audit", "log", "retract", "merge-persons", "migrate", "backup", "restore", "completion"), names);
    }

    @Test
    void every_command_answers_help_and_version() {
        Cli cli = Cli.h2(dir);
        for (List<String> path : commandPaths()) {
            List<String> help = new ArrayList<>(path);
            help.add("--help");
            List<String> version = new ArrayList<>(path);
            version.add("--version");

            Cli.Result helped = cli.run(help.toArray(String[]::new)).expect(ExitCode.OK);
            Cli.Result versioned = cli.run(version.toArray(String[]::new)).expect(ExitCode.OK);

            String usage = "Usage: " + String.join(" ", prefixed(path));
            assertTrue(helped.out().startsWith(usage), () -> path + ":\n" + helped.out());
            assertTrue(versioned.out().startsWith("confed "), versioned.out());
        }
    }

    private static List<String> prefixed(List<String> path) {
        List<String> full = new ArrayList<>(List.of("confed"));
        full.addAll(path);
        return full;
    }

    @Test
    void the_top_level_help_lists_the_exit_codes() {
        String help = Cli.h2(dir).run("--help").expect(0).out();

        assertTrue(help.contains("Exit codes:"), help);
        assertTrue(help.contains("3   store unreachable or failed"), help);
    }

    @Test
    void wrong_usage_exits_2_with_a_message_and_the_usage() {
        Cli cli = Cli.h2(dir);

        Cli.Result nothing = cli.run().expect(ExitCode.USAGE).noLeaks();
        Cli.Result unknown = cli.run("frobnicate").expect(ExitCode.USAGE).noLeaks();
        Cli.Result noFile = cli.run("import").expect(ExitCode.USAGE).noLeaks();
        Cli.Result format = cli.run("export", "--format", "xlsx").expect(ExitCode.USAGE).noLeaks();
        cli.run("import", "x.ndjson", "--on-error", "ignore").expect(ExitCode.USAGE).noLeaks();

        assertTrue(nothing.err().startsWith("Name a command"), nothing.err());
        assertTrue(unknown.err().startsWith("Unmatched argument at index 0: 'frobnicate'"), unknown.err());
        assertTrue(noFile.err().startsWith("Missing required parameter: 'FILE'"), noFile.err());
        assertTrue(format.err().contains("--format"), format.err());
    }

    @Test
    void a_store_that_cannot_be_reached_exits_3_without_a_stack_trace() {
        Cli cli = Cli.h2(dir);

        Cli.Result refused = cli.runWith(Map.of("CONFED_DB_URL", "jdbc:postgresql://127.0.0.1:1/confed?connectTimeout=2"),
                "query", "members", "--confederation", "AES").expect(ExitCode.STORE).noLeaks();
        Cli.Result nonsense = cli.run("export", "--format", "ndjson", "--db", "jdbc:nosuchdb:x").expect(ExitCode.STORE).noLeaks();

        assertTrue(refused.err().startsWith("confed: store unavailable: "), refused.err());
        assertTrue(nonsense.err().startsWith("confed: store unavailable: "), nonsense.err());
        assertEquals("", refused.out());
    }

    @Test
    void wrong_postgresql_credentials_exit_3() {
        String url = Cli.requirePostgres();
        String wrongUser = url.replaceAll("user=[^&]*", "user=confed_nobody");

        Cli.Result result = Cli.h2(dir).run("migrate", "--db", wrongUser).expect(ExitCode.STORE).noLeaks();

        assertTrue(result.err().startsWith("confed: store unavailable: "), result.err());
    }

    @Test
    void verbose_shows_the_details_of_a_failure() {
        Cli.Result result = Cli.h2(dir).run("export", "--format", "ndjson", "--db", "jdbc:nosuchdb:x", "--verbose")
                .expect(ExitCode.STORE);

        assertTrue(result.err().contains("\tat "), result.err());
    }
}
