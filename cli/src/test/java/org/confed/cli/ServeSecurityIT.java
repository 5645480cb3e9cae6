package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar confed.jar serve} over TLS with a certificate made for the test (keytool, then written as PEM),
 * {@code backup --server https://...} trusting it, the refusal of plain HTTP beyond this machine, and the warning
 * about a token file other users may read.
 */
class ServeSecurityIT {
    @TempDir
    Path dir;

    private Path certificate;
    private Path key;

    /** A self-signed EC certificate for localhost and 127.0.0.1, valid two days, and its key, as PEM files. */
    @BeforeEach
    void certificate() throws Exception {
        Path store = dir.resolve("test.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "confed", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                store.toString(), "-storepass", "test-only").redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, "keytool: " + said);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keys.load(in, "test-only".toCharArray());
        }
        certificate = pem(dir.resolve("cert.pem"), "CERTIFICATE", keys.getCertificate("confed").getEncoded());
        key = pem(dir.resolve("key.pem"), "PRIVATE KEY", keys.getKey("confed", "test-only".toCharArray()).getEncoded());
    }

    private static Path pem(Path file, String kind, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + kind + "-----\n" + body + "\n-----END " + kind + "-----\n");
    }

    private static HttpClient trusting(Path pem) {
        return HttpClient.newBuilder().sslContext(TlsTrust.of(pem)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void serve_answers_https_with_the_pem_certificate_and_backup_takes_it_trusting_that_certificate() throws Exception {
        Jar jar = new Jar(dir.resolve("home"));
        Path serveErr = dir.resolve("serve.err");
        try (Jar.Server server = jar.serve(ProcessBuilder.Redirect.to(serveErr.toFile()),
                "--tls-cert", certificate.toString(), "--tls-key", key.toString())) {
            assertTrue(server.base.startsWith("https://127.0.0.1:"), server.base);
            HttpResponse<String> health = trusting(certificate).send(HttpRequest.newBuilder(URI.create(server.base + "api/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertEquals("{\"status\":\"ok\"}", health.body());

            // plain HTTP on the TLS port gets nothing it could use
            String plain = server.base.replace("https://", "http://");
            assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(plain + "api/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));
            // a client that does not trust the certificate is refused
            Cli.Result untrusted = jar.run("backup", dir.resolve("untrusted.zip").toString(), "--server", server.base)
                    .expect(ExitCode.STORE).noLeaks();
            assertTrue(untrusted.err().contains("could not be trusted") && untrusted.err().contains("--tls-ca"), untrusted.err());
            assertFalse(Files.exists(dir.resolve("untrusted.zip")));

            jar.run("backup", dir.resolve("backup.zip").toString(), "--server", server.base, "--tls-ca", certificate.toString())
                    .expect(ExitCode.OK).noLeaks();
            assertTrue(Files.size(dir.resolve("backup.zip")) > 0);
        }
        assertFalse(Files.readString(serveErr).contains("Exception"), Files.readString(serveErr));
    }

    @Test
    void serve_refuses_plain_http_beyond_this_machine_unless_told_and_says_when_the_token_file_is_readable() throws Exception {
        Jar jar = new Jar(dir.resolve("home"));
        Cli.Result refused = jar.run("serve", "--port", "0", "--host", "0.0.0.0").expect(ExitCode.USAGE);
        assertTrue(refused.err().contains("--host 0.0.0.0 reaches beyond this machine") && refused.err().contains("--tls-cert"),
                refused.err());
        assertFalse(Files.exists(dir.resolve("home").resolve("data").resolve("confed.mv.db")), "refused before the store is made");

        Path tokens = Files.writeString(dir.resolve("tokens.txt"), "alice alice-token-0123456789abcdef\n");
        Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rw-r--r--"));
        Path serveErr = dir.resolve("serve.err");
        try (Jar.Server server = jar.serve(ProcessBuilder.Redirect.to(serveErr.toFile()), "--host", "0.0.0.0", "--insecure-http",
                "--token-file", tokens.toString())) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base + "api/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
        }
        String warned = Files.readString(serveErr);
        assertTrue(warned.contains("confed: warning: the token file " + tokens + " may be read by other users (rw-r--r--)")
                && warned.contains("chmod 600"), warned);

        Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rw-------"));
        Path quietErr = dir.resolve("quiet.err");
        try (Jar.Server server = jar.serve(ProcessBuilder.Redirect.to(quietErr.toFile()), "--token-file", tokens.toString())) {
            assertTrue(server.base.startsWith("http://127.0.0.1:"), server.base);
        }
        assertFalse(Files.readString(quietErr).contains("warning"), Files.readString(quietErr));
    }
}
