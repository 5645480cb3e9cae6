package org.confed.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.Properties;
import org.confed.domain.model.ConfedException;
import org.confed.domain.port.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code confed}: serve, import, export and query a registry of how a confederation governs itself. */
@Command(name = "confed", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = "A sourced, time-aware registry of how a confederation of states governs itself.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, QueryCommand.class,
                ForecastCommand.class, AuditCommand.class, LogCommand.class, RetractCommand.class,
                MergePersonsCommand.class, MigrateCommand.class, BackupCommand.class, RestoreCommand.class,
                CompletionCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input (nothing written)", "2:wrong usage", "3:store unreachable or failed"})
public final class Confed implements Runnable {
    @Mixin(name = CommonOptions.MIXIN)
    CommonOptions common;

    private final Environment env;

    Confed(Environment env) {
        this.env = env;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command; `confed --help` lists them.");
    }

    public static void main(String[] args) {
        // Library chatter (Flyway, Jetty) stays out of a user's terminal unless asked for.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // A failed migration is reported once, as confed's own "store unavailable" message, not also as Flyway's log.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.flywaydb") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "off");
        }
        System.exit(execute(Environment.system(), args));
    }

    /** Runs one command line in {@code env} and returns its exit code; never throws. */
    public static int execute(Environment env, String... args) {
        CommandLine commandLine = commandLine(env);
        try {
            return commandLine.execute(args);
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }

    /** The whole command tree, wired to {@code env}, as {@link #execute} runs it. */
    static CommandLine commandLine(Environment env) {
        CommandLine commandLine = new CommandLine(new Confed(env), new Factory(env));
        commandLine.setOut(env.out());
        commandLine.setErr(env.err());
        commandLine.setExecutionExceptionHandler(Confed::failed);
        return commandLine;
    }

    // One place where failures become messages and exit codes; a stack trace only with --verbose.
    private static int failed(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        java.io.PrintWriter err = commandLine.getErr();
        boolean verbose = CommonOptions.verbose(commandLine.getCommandSpec());
        int code;
        if (failure instanceof InvalidInputException) {
            err.println(failure.getMessage());
            code = ExitCode.INVALID_INPUT;
        } else if (failure instanceof StoreUnavailableException) {
            err.println("confed: store unavailable: " + failure.getMessage());
            code = ExitCode.STORE;
        } else if (failure instanceof ConfedException) {
            err.println("confed: " + failure.getMessage());
            code = ExitCode.INVALID_INPUT;
        } else if (failure instanceof UncheckedIOException || failure instanceof IOException) {
            err.println("confed: " + failure.getMessage());
            code = ExitCode.INVALID_INPUT;
        } else {
            // A failure nobody foresaw: its message speaks of the program's insides, not to the user; --verbose
            // shows it with the stack trace.
            err.println("confed: failed unexpectedly" + (verbose ? ":" : " (--verbose shows the details)"));
            code = ExitCode.STORE;
        }
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Builds commands with the environment they run in. */
    private static final class Factory implements CommandLine.IFactory {
        private final Environment env;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(Environment env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(Environment.class);
                return constructor.newInstance(env);
            } catch (NoSuchMethodException e) {
                return fallback.create(type);
            }
        }
    }

    /**
     * Builds the commands for tools that generate documentation from them at build time (the man pages): they
     * instantiate a factory by its class name, so it takes no argument. Nothing runs: the commands are only read.
     */
    public static final class DocumentationFactory implements CommandLine.IFactory {
        private final CommandLine.IFactory commands = new Factory(Environment.system());

        @Override
        public <K> K create(Class<K> type) throws Exception {
            return commands.create(type);
        }
    }

    /** The version and the git commit written into the jar at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Confed.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return lines(properties);
        }

        /** What {@code --version} prints for the build described by {@code properties}. */
        static String[] lines(Properties properties) {
            String version = filled(properties, "version").orElse("(development build)");
            String commit = filled(properties, "commit").filter(id -> id.matches("[0-9a-f]{7,64}"))
                    .map(id -> "commit " + id)
                    .orElse("not built from a git checkout: no commit");
            return new String[] {"confed " + version + " (" + commit + ")", "Java " + System.getProperty("java.version")};
        }

        // A value the build did not fill in is still the placeholder the resource file holds; outside a git checkout
        // the build fills in a word that is no commit.
        private static java.util.Optional<String> filled(Properties properties, String name) {
            String value = properties.getProperty(name, "").strip();
            return value.isEmpty() || value.startsWith("${") ? java.util.Optional.empty() : java.util.Optional.of(value);
        }
    }
}
