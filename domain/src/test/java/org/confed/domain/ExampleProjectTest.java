package org.confed.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/domain-consumer, a program that {@code requires org.confed.domain}, compiles against the domain's
 * classes on the module path and runs there in a JVM of its own, as a program that depends on the jar would.
 * It uses the compiled classes (target/classes, module-info.class included), so no {@code mvn install} is needed.
 */
class ExampleProjectTest {
    private static final Path EXAMPLE_SOURCES = Snippets.root().resolve("examples/domain-consumer/src/main/java");
    private static final String EXAMPLE_MAIN = "org.confed.examples.consumer/org.confed.examples.consumer.AesPresidency";

    @TempDir
    Path work;

    @Test
    void the_example_program_runs_on_the_module_path_and_prints_the_readme_answers() throws Exception {
        Path classes = work.resolve("classes");
        Compilation compilation = javac(classes, javaFiles(EXAMPLE_SOURCES));
        assertEquals(0, compilation.exitCode(), compilation.output());

        List<String> printed = java("--module-path", Snippets.domainClasses() + File.pathSeparator + classes,
                "--module", EXAMPLE_MAIN);

        assertEquals(List.of("MLI assimi-goita true", "NER 2026-12-23..2027-12-22"), printed);
    }

    private record Compilation(int exitCode, String output) {
    }

    private static Compilation javac(Path classes, List<Path> sources) {
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new IllegalStateException("no javac: run the tests on a JDK"));
        List<String> arguments = new ArrayList<>(List.of("-encoding", "UTF-8", "--release", "17",
                "--module-path", Snippets.domainClasses().toString(), "-d", classes.toString()));
        sources.forEach(source -> arguments.add(source.toString()));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintWriter writer = new PrintWriter(output, true, StandardCharsets.UTF_8)) {
            int exitCode = javac.run(writer, writer, arguments.toArray(String[]::new));
            writer.flush();
            return new Compilation(exitCode, output.toString(StandardCharsets.UTF_8));
        }
    }

    private static List<String> java(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the example did not finish within 60 s: " + command);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "exit code of " + command + "\n" + output);
        return output.lines().toList();
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
