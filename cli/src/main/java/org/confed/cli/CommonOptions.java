package org.confed.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options every command takes, before or after its other arguments: {@code --db URL} and {@code --verbose}. */
final class CommonOptions {
    static final String MIXIN = "common";

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the store (default: $CONFED_DB_URL, else an H2 file in $CONFED_DATA_DIR or ~/.local/share/confed).")
    String db;

    @Option(names = "--verbose", description = "Show the details of an unexpected failure (a stack trace).")
    boolean verbose;

    /** The options as given to {@code spec} or, when absent there, to the commands it is nested in. */
    static String db(CommandSpec spec) {
        for (CommandSpec command = spec; command != null; command = command.parent()) {
            CommonOptions options = of(command);
            if (options != null && options.db != null) {
                return options.db;
            }
        }
        return null;
    }

    static boolean verbose(CommandSpec spec) {
        for (CommandSpec command = spec; command != null; command = command.parent()) {
            CommonOptions options = of(command);
            if (options != null && options.verbose) {
                return true;
            }
        }
        return false;
    }

    private static CommonOptions of(CommandSpec command) {
        CommandSpec mixin = command.mixins().get(MIXIN);
        return mixin == null ? null : (CommonOptions) mixin.userObject();
    }
}
