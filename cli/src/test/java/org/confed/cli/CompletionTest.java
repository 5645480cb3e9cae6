package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code confed completion bash|zsh}: the script bash parses, and completes commands, subcommands and option values
 * when bash runs it, as it would on Tab.
 */
class CompletionTest {
    @TempDir
    Path dir;

    @Test
    void the_bash_script_parses_and_completes_commands_subcommands_and_values() throws Exception {
        Path script = dir.resolve("confed.bash");
        Files.writeString(script, Cli.h2(dir).run("completion", "bash").expect(ExitCode.OK).out());

        assertEquals("", bash("bash -n " + script), "bash -n finds nothing wrong");
        assertEquals("import", complete(script, "confed", "im"));
        assertEquals("merge-persons migrate", complete(script, "confed", "m"));
        assertEquals("--recorded", complete(script, "confed", "query", "presidency", "--rec"));
        assertEquals("members plan presidency", complete(script, "confed", "query", ""));
        assertEquals("csv ics json ndjson popolo", complete(script, "confed", "export", "--format", ""));
        assertEquals("bash zsh", complete(script, "confed", "completion", ""));
    }

    @Test
    void zsh_gets_the_same_script_which_loads_zsh_s_bash_completion_layer() {
        Cli cli = Cli.h2(dir);
        String zsh = cli.run("completion", "zsh").expect(ExitCode.OK).out();

        assertEquals(cli.run("completion", "bash").out(), zsh);
        assertTrue(zsh.contains("bashcompinit"), "in zsh the script first loads bashcompinit");
        assertTrue(cli.run("completion", "fish").expect(ExitCode.USAGE).err().contains("bash, zsh"));
    }

    /** What bash offers for the last word of {@code words}, sorted, as on pressing Tab twice. */
    private String complete(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append('\'').append(word).append("' ");
        }
        String line = String.join(" ", words);
        return bash("source " + script + "; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
                + "; _complete_confed confed 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\" | sort | paste -sd' '");
    }

    private String bash(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), command);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.exitValue(), command + "\n" + output);
        return output;
    }

}
