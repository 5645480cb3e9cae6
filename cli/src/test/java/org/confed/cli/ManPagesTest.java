package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The man pages the build generates from the command classes (picocli's ManPageGenerator, then Asciidoctor):
 * one troff page per command, {@code confed.1} naming every command, and {@code man} can show them.
 */
class ManPagesTest {
    private static final Path MAN1 = Path.of(System.getProperty("confed.man", "target/man"), "man1");

    @Test
    void there_is_one_page_per_command_and_the_main_page_names_every_command() throws Exception {
        List<String> commands = new ArrayList<>();
        collect(Confed.commandLine(environment()), "confed", commands);
        TreeSet<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.list(MAN1)) {
            files.forEach(file -> pages.add(file.getFileName().toString()));
        }

        TreeSet<String> expected = new TreeSet<>();
        commands.forEach(command -> expected.add(command.replace(' ', '-') + ".1"));
        assertEquals(expected, pages);
        String main = Files.readString(MAN1.resolve("confed.1"));
        for (String name : Confed.commandLine(environment()).getSubcommands().keySet()) {
            // troff writes a dash in a name as \-
            assertTrue(main.contains("\n\\fB" + name.replace("-", "\\-") + "\\fP\n"),
                    "confed.1 lists " + name + " under COMMANDS");
        }
        for (String command : commands) {
            String dashed = command.replace(' ', '-');
            String page = Files.readString(MAN1.resolve(dashed + ".1"));
            assertTrue(page.contains(".TH \"" + dashed.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-") + "\" \"1\""),
                    dashed + ".1 is a troff page of section 1 titled after its command");
            assertTrue(page.contains(".SH \"NAME\"\n" + dashed + " \\- "), dashed + ".1 names its command");
        }
    }

    @Test
    void man_shows_the_main_page_with_its_commands() throws Exception {
        Process man = new ProcessBuilder("man", "-l", MAN1.resolve("confed.1").toString())
                .redirectErrorStream(true).start();
        man.getOutputStream().close();
        assertTrue(man.waitFor(30, TimeUnit.SECONDS));
        String shown = new String(man.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, man.exitValue(), shown);
        assertTrue(shown.contains("NAME") && shown.contains("confed - A sourced, time-aware registry"), shown);
        for (String name : List.of("serve", "import", "export", "query", "forecast", "audit", "log", "retract",
                "merge-persons", "migrate", "backup", "restore", "completion")) {
            assertTrue(shown.contains("\n       " + name + "\n"), "man confed lists " + name + ":\n" + shown);
        }
    }

    private static void collect(CommandLine command, String path, List<String> commands) {
        commands.add(path);
        command.getSubcommands().forEach((name, sub) -> collect(sub, path + " " + name, commands));
    }

    private static Environment environment() {
        return new Environment(Map.of(), new ByteArrayOutputStream(), new ByteArrayOutputStream(), false, Cli.TODAY,
                Path.of("."));
    }
}
