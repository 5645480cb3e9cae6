package org.confed.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The domain jar stands alone, as the README promises: in a copy of this checkout, the README's install command
 * ({@code mvn -B -pl domain install}) puts the domain into an empty local repository; a copy of
 * examples/domain-consumer, outside any checkout, then builds against that repository alone and runs on the
 * module path.
 *
 * <p>Maven still needs its plugins and the build's test libraries. They are read from the outer build's local
 * repository, offered as a read-only remote repository ({@code file:}) through a settings file, with
 * {@code org/confed} left out: whatever of confed the builds find, the install command put there. What the outer
 * build has not needed by the time this test runs comes from Maven Central, as for anyone who runs the install: the
 * javadoc plugin's own libraries, for one, which the outer build fetches only at {@code verify}, after this test.
 * The outer repository is never written. The nested install runs the domain's tests like any install, except this
 * one ({@code -DskipITs}), which would otherwise start itself again.
 */
class StandaloneJarIT {
    private static final String VERSION = System.getProperty("confed.version");
    private static final Path ROOT = Path.of(System.getProperty("confed.root")).toAbsolutePath().normalize();
    private static final Path MAVEN = Path.of(System.getProperty("maven.home"), "bin", "mvn");
    private static final Path PLUGINS = Path.of(System.getProperty("confed.plugins.repository"));
    /** The README's install command. */
    private static final List<String> INSTALL = List.of("mvn", "-B", "-pl", "domain", "install");
    /** Maven's colour codes would otherwise wrap the program's output (Maven 3.8 still prints resets). */
    private static final String NO_COLOUR = "-Dstyle.color=never";
    /** Build output and tool state, not part of a checkout. */
    private static final Set<String> NOT_COPIED = Set.of("target", ".git", ".idea", ".cifuzz-corpus", "node_modules");

    @TempDir
    Path work;

    @Test
    void the_readme_install_alone_lets_a_program_elsewhere_build_and_run_on_the_module_path() throws Exception {
        Path checkout = copy(ROOT, work.resolve("checkout"));
        Path repository = Files.createDirectories(work.resolve("repository"));
        Path settings = settings(work);

        assertTrue(Files.readString(ROOT.resolve("README.md")).contains("`" + String.join(" ", INSTALL) + "`"),
                "the README gives the install command this test runs: " + INSTALL);
        List<String> install = new ArrayList<>(INSTALL.subList(1, INSTALL.size()));
        install.addAll(List.of("-Dmaven.repo.local=" + repository, "-s", settings.toString(), "-DskipITs", NO_COLOUR));
        Result installed = maven(checkout, install.toArray(String[]::new));
        assertEquals(0, installed.exit(), installed.output());

        Path domain = repository.resolve("org/confed/confed-domain/" + VERSION);
        String pom = Files.readString(domain.resolve("confed-domain-" + VERSION + ".pom"));
        assertFalse(pom.contains("<parent>"), "the installed POM needs no parent:\n" + pom);
        assertFalse(Files.exists(repository.resolve("org/confed/confed-parent")), "the install put no parent there");
        assertTrue(Files.exists(domain.resolve("confed-domain-" + VERSION + ".jar")));

        Path consumer = copy(ROOT.resolve("examples/domain-consumer"), work.resolve("elsewhere/domain-consumer"));
        Result run = maven(consumer, "-B", "-q", "compile", "exec:exec", "-Dconfed.version=" + VERSION,
                "-Dmaven.repo.local=" + repository, "-s", settings.toString(), NO_COLOUR);

        assertEquals(0, run.exit(), run.output());
        assertEquals(List.of("MLI assimi-goita true", "NER 2026-12-23..2027-12-22"), run.output().lines().toList());
    }

    /** A settings file whose first repository is the outer local repository, less confed's own artifacts. */
    private static Path settings(Path work) throws IOException {
        Path mirror = Files.createDirectories(work.resolve("plugins"));
        try (Stream<Path> groups = Files.list(PLUGINS)) {
            for (Path group : groups.toList()) {
                if (group.getFileName().toString().equals("org")) {
                    Path org = Files.createDirectories(mirror.resolve("org"));
                    try (Stream<Path> orgs = Files.list(group)) {
                        for (Path sub : orgs.filter(sub -> !sub.getFileName().toString().equals("confed")).toList()) {
                            Files.createSymbolicLink(org.resolve(sub.getFileName().toString()), sub);
                        }
                    }
                } else {
                    Files.createSymbolicLink(mirror.resolve(group.getFileName().toString()), group);
                }
            }
        }
        Path settings = work.resolve("settings.xml");
        // a repository of an active profile in the settings is asked before Maven Central
        String outer = "<id>outer-build</id><url>" + mirror.toUri() + "</url>";
        Files.writeString(settings, "<settings><profiles><profile><id>outer-build</id>"
                + "<repositories><repository>" + outer + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + outer + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>outer-build</activeProfile></activeProfiles>"
                + "</settings>\n");
        return settings;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(file -> from.relativize(file).toString().isEmpty()
                    || !inSkippedFolder(from.relativize(file))).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static boolean inSkippedFolder(Path relative) {
        for (Path part : relative) {
            if (NOT_COPIED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private record Result(int exit, String output) {
    }

    private static Result maven(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(MAVEN.toString()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(directory.getParent(), "maven", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 20 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        // Maven 3.8 prints colour resets even when told not to colour: they are not the program's output.
        return new Result(process.exitValue(), output.replaceAll("\u001B\\[[0-9;]*m", "").strip());
    }
}
