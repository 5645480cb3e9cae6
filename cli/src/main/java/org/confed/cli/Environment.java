package org.confed.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What a command may touch of the world outside it: environment variables, standard input, standard output (results only) and
 * standard error (messages, progress), whether a person watches a terminal, the clock and the working directory.
 * Tests hand in their own.
 */
public final class Environment {
    private final Map<String, String> variables;
    private final OutputStream stdout;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final Clock clock;
    private final Path workDir;
    private final InputStream stdin;
    private final OutputStream stderr;

    /** An environment whose standard input is empty. */
    public Environment(Map<String, String> variables, OutputStream stdout, OutputStream stderr, boolean terminal, Clock clock,
                       Path workDir) {
        this(variables, InputStream.nullInputStream(), stdout, stderr, terminal, clock, workDir);
    }

    private Environment(Map<String, String> variables, InputStream stdin, OutputStream stdout, OutputStream stderr,
                        boolean terminal, Clock clock, Path workDir) {
        this.variables = Map.copyOf(variables);
        this.stdin = stdin;
        this.stderr = stderr;
        this.stdout = stdout;
        this.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        this.terminal = terminal;
        this.clock = clock;
        this.workDir = workDir;
    }

    /** The real process: its environment, System.out and System.err in UTF-8, a terminal when there is a console. */
    public static Environment system() {
        return new Environment(System.getenv(), System.out, System.err, System.console() != null,
                Clock.systemDefaultZone(), Path.of("").toAbsolutePath()).withStdin(System.in);
    }

    /** The same environment reading {@code in} as standard input. */
    public Environment withStdin(InputStream in) {
        return new Environment(variables, in, stdout, stderr, terminal, clock, workDir);
    }

    /** Standard input, for {@code confed import -}. */
    public InputStream stdin() {
        return stdin;
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    public Map<String, String> variables() {
        return variables;
    }

    /** Standard output as bytes, for binary exports; flush {@link #out()} before writing here. */
    public OutputStream stdout() {
        return stdout;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public boolean terminal() {
        return terminal;
    }

    public Clock clock() {
        return clock;
    }

    /** A path as the user typed it, taken from the working directory when relative. */
    public Path resolve(String path) {
        return workDir.resolve(path).normalize();
    }
}
