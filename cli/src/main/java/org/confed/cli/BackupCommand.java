package org.confed.cli;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.persistence.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code confed backup FILE}: a consistent copy of an H2 file store, taken directly or from the server that holds it. */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = Confed.Version.class,
        description = {"Write a consistent backup of the H2 file store to FILE (a zip), for `confed restore`.",
                "While `confed serve` holds the store, take it through the server with --server (it goes on serving).",
                "A PostgreSQL store is backed up with pg_dump (see the README)."})
final class BackupCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to write; an existing file is replaced only once the new one is whole.")
    String file;

    @Option(names = "--server", paramLabel = "URL",
            description = "Take the backup through a running `confed serve` at URL (http://127.0.0.1:7070/, or https:// for another host), with the write token in $CONFED_API_TOKEN.")
    String server;

    @Option(names = "--tls-ca", paramLabel = "FILE",
            description = "Trust the https:// server whose certificate (or its authority's) is in this PEM file, as for a self-signed certificate.")
    String tlsCa;

    BackupCommand(Environment env) {
        super(env);
    }

    @Override
    public Integer call() throws Exception {
        return server == null ? super.call() : fromServer();
    }

    @Override
    int run(Store store) {
        Path target = env.resolve(file);
        try {
            Store.Backup backup = store.backupTo(target);
            env.out().println("backup: " + file + " (" + backup.records() + " records, " + backup.bytes() + " bytes) of "
                    + store.location());
            return ExitCode.OK;
        } catch (Store.BackupException e) {
            // the file named as the user typed it
            throw new InvalidInputException("confed: " + e.getMessage().replace(target.toString(), file)
                    .replace(String.valueOf(target.getParent()), String.valueOf(Path.of(file).getParent())));
        }
    }

    /** POST /api/backup on the server, saved beside FILE and moved into place once whole and readable. */
    private int fromServer() throws IOException, InterruptedException {
        String token = env.variable("CONFED_API_TOKEN").filter(value -> !value.isBlank()).orElseThrow(() ->
                new ParameterException(spec.commandLine(),
                        "--server needs the server's write token in CONFED_API_TOKEN"));
        URI endpoint;
        try {
            endpoint = URI.create(server.endsWith("/") ? server : server + "/").resolve("api/backup");
            if (endpoint.getHost() == null || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https"))) {
                throw new IllegalArgumentException("not an http URL");
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--server: \"" + server + "\" is not a server URL such as http://127.0.0.1:7070/");
        }
        refuseClearTextBeyondThisMachine(endpoint);
        Path target = env.resolve(file);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, target.getFileName().toString(), ".partial");
        try {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
            if (tlsCa != null) {
                builder.sslContext(TlsTrust.of(env.resolve(tlsCa)));
            }
            HttpClient client = builder.build();
            HttpResponse<Path> answer;
            try {
                answer = client.send(HttpRequest.newBuilder(endpoint).header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofFile(partial));
            } catch (java.net.ConnectException e) {
                throw new StoreUnavailableException("no confed server answers at " + server, e);
            } catch (SSLException e) {
                // the JDK's words name its classes ("PKIX path building failed: sun.security..."): say it plainly
                String why = e instanceof SSLHandshakeException
                        ? "its certificate is not one this machine trusts" : "it does not speak TLS there";
                throw new StoreUnavailableException("the server at " + server + " could not be trusted: " + why
                        + "; for a self-signed certificate give it with --tls-ca", e);
            }
            if (answer.statusCode() != 200) {
                String detail = problemDetail(Files.readString(partial));
                throw new StoreUnavailableException("the server at " + server + " refused the backup (" + answer.statusCode()
                        + "): " + detail, null);
            }
            Store.checkBackup(partial, "the backup the server sent");
            long bytes = Files.size(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            env.out().println("backup: " + file + " (" + bytes + " bytes) from " + server);
            return ExitCode.OK;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The token would cross the network in clear text: http:// only to this machine. */
    private void refuseClearTextBeyondThisMachine(URI endpoint) {
        if (endpoint.getScheme().equals("https")) {
            return;
        }
        boolean loopback;
        try {
            loopback = Loopback.is(endpoint.getHost());
        } catch (UnknownHostException e) {
            throw new StoreUnavailableException("--server: the host " + endpoint.getHost() + " names no address", e);
        }
        if (!loopback) {
            throw new ParameterException(spec.commandLine(), "--server: http:// would send the write "
                    + "token and the backup to " + endpoint.getHost() + " in clear text; use https://");
        }
    }

    /** The detail of a problem+json answer, or the start of any other. */
    private static String problemDetail(String body) {
        try {
            com.fasterxml.jackson.databind.JsonNode problem = org.confed.application.json.Json.mapper().readTree(body);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (IOException e) {
            // not JSON: shown as it came
        }
        String text = body.replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
