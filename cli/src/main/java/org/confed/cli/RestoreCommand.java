package org.confed.cli;

import org.confed.application.json.RecordJson;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confed restore FILE}: a backup put in place as the H2 file store. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = {"Put a backup from `confed backup` in place as the H2 file store (stop `confed serve` first).",
                "The backup is checked before anything changes; a store that holds records is replaced only with",
                "--replace, and its file is kept beside it. A PostgreSQL store is restored with pg_restore (see the README)."})
final class RestoreCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The backup, a zip written by `confed backup`.")
    String file;

    @Option(names = "--replace", description = "Replace a store that holds records (its file is kept as NAME.before-restore-STAMP.mv.db).")
    boolean replace;

    RestoreCommand(Environment env) {
        super(env);
    }

    @Override
    public Integer call() {
        java.nio.file.Path backup = env.resolve(file);
        try {
            Store.Restore restore = Store.restore(backup, storeUrl(), env.variables(), replace, env.clock(), RecordJson.codec());
            env.out().println("restored " + file + " into " + restore.location() + ": " + restore.records() + " records");
            if (restore.replacedKeptAs() != null) {
                env.out().println("the replaced store is kept as " + restore.replacedKeptAs());
            }
            return ExitCode.OK;
        } catch (Store.BackupException e) {
            throw new InvalidInputException("confed: " + e.getMessage().replace(backup.toString(), file));
        }
    }

    @Override
    int run(Store store) {
        throw new UnsupportedOperationException("restore never opens the store it replaces through this path");
    }
}
