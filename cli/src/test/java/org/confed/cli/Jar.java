package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar confed.jar} as people run it, in processes of its own, working in {@code dir}: by default on the H2
 * file under {@code dir/data}, or on the store {@link #on(String)} names.
 */
final class Jar {
    static final String TOKEN = "jar-test-token-0123456789";
    /** The line serve prints once it listens; the test connects to 127.0.0.1 whatever address it listens on. */
    private static final Pattern SERVING = Pattern.compile("confed serving on (https?)://[^/]+:(\\d+)/");

    private final Path dir;
    private final Map<String, String> environment = new HashMap<>();

    Jar(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        environment.put("CONFED_DATA_DIR", dir.resolve("data").toString());
        environment.put("CONFED_API_TOKEN", TOKEN);
    }

    /** The same, on the store at this JDBC URL. */
    Jar on(String dbUrl) {
        environment.put("CONFED_DB_URL", dbUrl);
        return this;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("confed.jar", "target/confed.jar"));
        assertTrue(Files.isRegularFile(jar), "the jar is built before the integration tests: " + jar);
        return jar.toAbsolutePath();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The process, not started yet; the prefix comes before {@code java} (a shell that sets a limit, say). */
    ProcessBuilder command(List<String> prefix, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("CONFED_DB_URL");
        builder.environment().putAll(environment);
        return builder;
    }

    ProcessBuilder command(String... args) {
        return command(List.of(), args);
    }

    /** Runs a command to its end: exit code, stdout, stderr. */
    Cli.Result run(String... args) throws Exception {
        return run(command(args), String.join(" ", args));
    }

    Cli.Result run(ProcessBuilder builder, String what) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "confed " + what + " did not end");
        return new Cli.Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A running {@code confed serve --port 0}; closing it kills it. */
    final class Server implements AutoCloseable {
        final Process process;
        final String base;
        final BufferedReader out;

        private Server(Process process) throws IOException {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.base = awaitUrl(out);
        }

        /** SIGTERM, then waits for the end. */
        boolean stop() throws InterruptedException {
            process.destroy();
            return process.waitFor(60, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
            out.close();
        }
    }

    /** Starts {@code confed serve --port 0 extra...} and waits for its URL; stderr goes to {@code stderr}. */
    Server serve(ProcessBuilder.Redirect stderr, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(List.of(extra));
        return new Server(command(args.toArray(String[]::new)).redirectError(stderr).start());
    }

    private static String awaitUrl(BufferedReader out) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                return serving.group(1) + "://127.0.0.1:" + serving.group(2) + "/";
            }
        }
        throw new AssertionError("serve ended without printing its URL");
    }
}
