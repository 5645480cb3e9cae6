package org.confed.cli;

import io.javalin.Javalin;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.confed.api.http.ApiConfig;
import org.confed.api.http.BackupSource;
import org.confed.api.http.ConfedApi;
import org.confed.api.http.ExpensiveRoute;
import org.confed.api.http.LoadLimits;
import org.confed.api.http.TlsIdentity;
import org.confed.api.http.Tokens;
import org.confed.application.importing.ImportReport;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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

    @Option(names = "--tls-cert", paramLabel = "FILE",
            description = "Serve HTTPS with this PEM certificate chain (the server's certificate first); needs --tls-key.")
    String tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "The PEM private key of --tls-cert (unencrypted PKCS #8).")
    String tlsKey;

    @Option(names = "--insecure-http",
            description = "Allow plain HTTP on an address beyond this machine (--host 0.0.0.0 without TLS): tokens and data then cross the network in clear text.")
    boolean insecureHttp;

    @Option(names = "--limit", paramLabel = "ROUTE=N",
            description = "Requests of an expensive route served at once (export=2, import=1, search=2, timeline=2, backup=1, audit=1); more wait in a short queue, then get 503.")
    Map<String, Integer> limits = Map.of();

    @Option(names = "--limit-all", paramLabel = "N", defaultValue = "" + LoadLimits.DEFAULT_ALL_EXPENSIVE,
            description = "Expensive requests served at once, all routes together (default ${DEFAULT-VALUE}): the rest of the store's 8 connections stay for the other routes.")
    int limitAll;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "" + LoadLimits.DEFAULT_QUEUE,
            description = "Requests of one expensive route that may wait for a place (default ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--queue-wait", paramLabel = "SECONDS", defaultValue = "5",
            description = "How long a request waits for a place before it gets 503 (default ${DEFAULT-VALUE}).")
    int queueWait;

    @Option(names = "--client-rate", paramLabel = "N", defaultValue = "" + LoadLimits.DEFAULT_CLIENT_RATE,
            description = "Expensive requests a second one client address may make, in bursts of twice as many; more get 429 (default ${DEFAULT-VALUE}; 0: no limit).")
    int clientRate;

    @Option(names = "--min-data-rate", paramLabel = "BYTES", defaultValue = "" + LoadLimits.DEFAULT_MIN_DATA_RATE,
            description = "Bytes a second below which a client sending a body or reading an answer is cut off (default ${DEFAULT-VALUE}; 0: none).")
    long minDataRate;

    ServeCommand(Environment env) {
        super(env);
    }

    private LoadLimits loadLimits;
    private TlsIdentity tls;

    // Wrong options and unreadable TLS files are refused before the store is opened (and perhaps filled with the
    // demo data).
    @Override
    public Integer call() throws Exception {
        loadLimits = loadLimits();
        refusePlainHttpBeyondThisMachine();
        tls = tlsIdentity();
        return super.call();
    }

    @Override
    int run(Store store) throws Exception {
        Tokens tokens;
        try {
            tokens = Tokens.fromEnvironmentAndFile(env.variables(), tokenFile == null ? null : env.resolve(tokenFile));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("confed: " + e.getMessage());
        }
        if (tokenFile != null) {
            TokenFiles.warnIfOthersMayRead(env.resolve(tokenFile), tokenFile, env.err());
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
        ApiConfig config = ApiConfig.defaults(tokens).withClock(env.clock()).withLimits(loadLimits).withTls(tls);
        Javalin app = ConfedApi.create(store, config, backups);
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
        env.out().println("confed serving on " + (tls == null ? "http" : "https") + "://" + host + ":" + app.port() + "/");
        env.out().println("writes: " + (tokens.isEmpty() ? "disabled (set CONFED_API_TOKEN or --token-file)" : "enabled for " + tokens.names()));
        env.out().flush();
        stopped.await();
        return ExitCode.OK;
    }

    private LoadLimits loadLimits() {
        Map<ExpensiveRoute, Integer> concurrent = new EnumMap<>(ExpensiveRoute.class);
        try {
            limits.forEach((route, limit) -> concurrent.put(ExpensiveRoute.ofKey(route), limit));
            return LoadLimits.defaults().withConcurrent(concurrent).withAllExpensive(limitAll)
                    .withQueue(queue, Duration.ofSeconds(queueWait)).withClientRate(clientRate).withMinDataRate(minDataRate);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Plain HTTP beyond loopback would carry the write tokens in clear text: only with TLS, or when told so. */
    private void refusePlainHttpBeyondThisMachine() {
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new ParameterException(spec.commandLine(), "--tls-cert and --tls-key go together");
        }
        if (tlsCert != null || insecureHttp) {
            return;
        }
        boolean loopback;
        try {
            loopback = Loopback.is(host);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--host " + host + " names no address");
        }
        if (!loopback) {
            throw new ParameterException(spec.commandLine(), "--host " + host + " reaches beyond this machine, "
                    + "and plain HTTP would carry tokens and data in clear text: give --tls-cert and --tls-key, "
                    + "or --insecure-http if a proxy on this machine adds TLS");
        }
    }

    private TlsIdentity tlsIdentity() {
        if (tlsCert == null) {
            return null;
        }
        try {
            return TlsIdentity.fromPem(env.resolve(tlsCert), env.resolve(tlsKey));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("confed: " + e.getMessage());
        }
    }
}
