package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code confed --version} names the version and the git commit the jar was built from, or says there was none. */
class VersionTest {
    private static final String VERSION = System.getProperty("confed.version");
    private static final Path ROOT = Path.of(System.getProperty("confed.root", ".."));

    @TempDir
    Path dir;

    @Test
    void the_version_line_names_the_build_s_version_and_commit() throws Exception {
        String first = Cli.h2(dir).run("--version").expect(ExitCode.OK).out().lines().findFirst().orElseThrow();

        if (Files.exists(ROOT.resolve(".git"))) {
            assertEquals("confed " + VERSION + " (commit " + headOf(ROOT) + ")", first);
        } else {
            assertEquals("confed " + VERSION + " (not built from a git checkout: no commit)", first);
        }
    }

    @Test
    void a_build_outside_a_git_checkout_says_so() {
        Properties unfilled = new Properties();
        unfilled.setProperty("version", "2.0.0");
        unfilled.setProperty("commit", "${confed.commit}");
        Properties noCheckout = new Properties();
        noCheckout.setProperty("version", "2.0.0");
        noCheckout.setProperty("commit", "none");
        Properties built = new Properties();
        built.setProperty("version", "2.0.0");
        built.setProperty("commit", "35330c43cc26a6135bc8ed1d4c68b56c243cc737");

        String java = "Java " + System.getProperty("java.version");
        assertArrayEquals(new String[] {"confed 2.0.0 (not built from a git checkout: no commit)", java},
                Confed.Version.lines(unfilled));
        assertArrayEquals(new String[] {"confed 2.0.0 (not built from a git checkout: no commit)", java},
                Confed.Version.lines(noCheckout));
        assertArrayEquals(new String[] {"confed 2.0.0 (commit 35330c43cc26a6135bc8ed1d4c68b56c243cc737)", java},
                Confed.Version.lines(built));
        assertTrue(Confed.Version.lines(new Properties())[0].startsWith("confed (development build)"));
    }

    private static String headOf(Path checkout) throws Exception {
        Process git = new ProcessBuilder("git", "-C", checkout.toString(), "rev-parse", "HEAD").start();
        assertTrue(git.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, git.exitValue(), new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
