package org.confed.cli;

import io.javalin.Javalin;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.confed.application.importing.ImportReport;
import org.confed.api.http.ApiConfig;
import org.confed.api.http.BackupSource;
import org.confed.api.http.ConfedApi;
import org.confed.api.http.Tokens;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code confed serve}: the HTTP API and the page; an empty store first gets the AES demo data. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = "Serve the HTTP API and the timeline page. An empty store is first loaded with the AES demo data.")
final class ServeCommand extends StoreCommand {
    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default 7070; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default 127.0.0.1).")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Tokens allowed to write: one token, or NAME TOKEN per line.")
    String tokenFile;

    ServeCommand(Environment env) {
        super(env);
    }

    @Override
    int run(Store store) throws Exception {
        Tokens tokens;
        try {
            tokens = Tokens.fromEnvironmentAndFile(env.variables(), tokenFile == null ? null : env.resolve(tokenFile));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("confed: " + e.getMessage());
        }
        env.err().println("store: " + store.location() + store.readOnly().map(why -> " (read only: " + why + ")").orElse(""));
        // Several servers may start on one empty PostgreSQL store at once: the store lets exactly one of them fill it.
        Optional<ImportReport> demo = store.fillIfEmpty(() -> DemoData.load(store));
        if (demo.isPresent()) {
            if (!demo.get().ok()) {
                throw new IllegalStateException("the demo data did not load: " + demo.get().problems());
            }
            env.err().println("loaded the AES demo data into the empty store");
        }
        BackupSource backups = store.backupSupported() ? store::backupTo : null;
        Javalin app = ConfedApi.create(store, ApiConfig.defaults(tokens).withClock(env.clock()), backups);
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C or SIGTERM: stop taking requests, let those in flight finish, then close the store (H2 shuts down
        // cleanly) before the JVM halts. Each write is one transaction, so nothing is left half-written either way.
        Thread hook = new Thread(() -> {
            try {
                app.stop();
                store.close();
                env.err().println("confed: stopped; store closed");
            } finally {
                stopped.countDown();
            }
        }, "confed-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        app.start(host, port);
        env.out().println("confed serving on http://" + host + ":" + app.port() + "/");
        env.out().println("writes: " + (tokens.isEmpty() ? "disabled (set CONFED_API_TOKEN or --token-file)" : "enabled for " + tokens.names()));
        env.out().flush();
        stopped.await();
        return ExitCode.OK;
    }
}
