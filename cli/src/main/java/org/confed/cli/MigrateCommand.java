package org.confed.cli;

import org.confed.persistence.Store;
import picocli.CommandLine.Command;

/** {@code confed migrate}: brings the store's schema up to date (every command does so on open; this does only that). */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = "Create or upgrade the store's schema, then stop.")
final class MigrateCommand extends StoreCommand {

    MigrateCommand(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) {
        env.out().println("store: " + store.location());
        env.out().println("schema: up to date");
        return ExitCode.OK;
    }
}
