package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options of {@code serve} and {@code backup --server} that are refused before anything is opened or sent: wrong
 * load limits, plain HTTP beyond this machine, TLS files that cannot be used; and the one message of an unexpected
 * failure, which shows nothing of it.
 */
class ServeOptionsTest {
    @TempDir
    Path dir;

    private Cli.Result refused(int exit, String... args) {
        Cli cli = Cli.h2(dir);
        Cli.Result result = cli.run(args).expect(exit).noLeaks();
        assertFalse(Files.exists(Path.of(cli.db.substring("jdbc:h2:file:".length()) + ".mv.db")), "refused before the store is made");
        return result;
    }

    @Test
    void plain_http_beyond_this_machine_is_refused_without_tls_or_insecure_http() {
        for (String host : new String[] {"0.0.0.0", "192.0.2.7", "::"}) {
            Cli.Result result = refused(ExitCode.USAGE, "serve", "--port", "0", "--host", host);

            assertTrue(result.err().contains("--host " + host + " reaches beyond this machine") && result.err().contains("--insecure-http"),
                    result.err());
        }
    }

    @Test
    void a_tls_certificate_without_its_key_or_a_key_that_cannot_be_read_is_refused() throws Exception {
        Cli.Result alone = refused(ExitCode.USAGE, "serve", "--port", "0", "--tls-cert", "cert.pem");
        Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
        Files.writeString(dir.resolve("rsa.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        Cli.Result missing = refused(ExitCode.INVALID_INPUT, "serve", "--port", "0", "--tls-cert", "nowhere.pem", "--tls-key", "rsa.pem");
        Cli.Result garbled = refused(ExitCode.INVALID_INPUT, "serve", "--port", "0", "--tls-cert", "cert.pem", "--tls-key", "rsa.pem");

        assertTrue(alone.err().contains("--tls-cert and --tls-key go together"), alone.err());
        assertTrue(missing.err().startsWith("confed: " + dir.resolve("nowhere.pem") + ": no such TLS certificate file"), missing.err());
        assertTrue(garbled.err().startsWith("confed: " + dir.resolve("cert.pem") + ": is not a PEM certificate"), garbled.err());
    }

    /** A self-signed EC certificate and its key, as PEM files NAME-cert.pem and NAME-key.pem, made with keytool. */
    private void certificate(String name) throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Path store = dir.resolve(name + ".p12");
        Process made = new ProcessBuilder(keytool, "-genkeypair", "-alias", name, "-keyalg", "EC", "-dname", "CN=" + name,
                "-validity", "1", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "test-only")
                .redirectErrorStream(true).start();
        made.getInputStream().readAllBytes();
        assertTrue(made.waitFor() == 0, "keytool");
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keys.load(in, "test-only".toCharArray());
        }
        java.util.Base64.Encoder base64 = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'});
        Files.writeString(dir.resolve(name + "-cert.pem"), "-----BEGIN CERTIFICATE-----\n"
                + base64.encodeToString(keys.getCertificate(name).getEncoded()) + "\n-----END CERTIFICATE-----\n");
        Files.writeString(dir.resolve(name + "-key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + base64.encodeToString(keys.getKey(name, "test-only".toCharArray()).getEncoded()) + "\n-----END PRIVATE KEY-----\n");
    }

    @Test
    void a_key_in_another_pem_form_or_of_another_certificate_is_refused() throws Exception {
        certificate("one");
        certificate("two");
        Files.writeString(dir.resolve("rsa.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");

        Cli.Result pkcs1 = refused(ExitCode.INVALID_INPUT, "serve", "--port", "0", "--tls-cert", "one-cert.pem", "--tls-key", "rsa.pem");
        Cli.Result other = refused(ExitCode.INVALID_INPUT, "serve", "--port", "0", "--tls-cert", "one-cert.pem", "--tls-key", "two-key.pem");
        Cli.Result none = refused(ExitCode.INVALID_INPUT, "serve", "--port", "0", "--tls-cert", "one-cert.pem", "--tls-key", "one-cert.pem");

        assertTrue(pkcs1.err().contains("holds a RSA PRIVATE KEY block") && pkcs1.err().contains("openssl pkcs8 -topk8 -nocrypt"),
                pkcs1.err());
        assertTrue(other.err().contains("two-key.pem: this EC key does not belong to the first certificate in")
                && other.err().contains("CN=one"), other.err());
        assertTrue(none.err().contains("one-cert.pem: holds no PEM private key"), none.err());
    }

    @Test
    void load_limits_out_of_range_or_for_no_route_are_usage_errors() {
        Cli.Result unknown = refused(ExitCode.USAGE, "serve", "--port", "0", "--limit", "everything=3");
        Cli.Result zero = refused(ExitCode.USAGE, "serve", "--port", "0", "--limit", "export=0");
        Cli.Result negative = refused(ExitCode.USAGE, "serve", "--port", "0", "--client-rate", "-1");

        assertTrue(unknown.err().contains("\"everything\" is not one of export, import, search, timeline, backup"), unknown.err());
        assertTrue(zero.err().contains("the limit of export must be at least 1: 0"), zero.err());
        assertTrue(negative.err().contains("the client rate must not be negative: -1"), negative.err());
    }

    @Test
    void a_backup_over_plain_http_to_another_machine_is_refused_before_anything_is_sent() {
        Cli cli = Cli.h2(dir);
        Cli.Result result = cli.runWith(Map.of("CONFED_API_TOKEN", "a-token-0123456789abcdef"), "backup", "b.zip",
                "--server", "http://192.0.2.7:7070/").expect(ExitCode.USAGE).noLeaks();

        assertTrue(result.err().contains("--server: http:// would send the write token and the backup to 192.0.2.7 in clear text; use https://"),
                result.err());
        assertFalse(Files.exists(dir.resolve("b.zip")));
    }

    @Test
    void an_unexpected_failure_says_so_in_general_words_and_shows_nothing_of_it() throws Exception {
        Cli cli = Cli.h2(dir).withDemoData();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("java.lang.secret insides at org.confed.Somewhere line 42");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment env = new Environment(Map.of("CONFED_DB_URL", cli.db), broken, err, false, Cli.TODAY, dir);

        int exit = Confed.execute(env, "export", "--format", "ndjson");

        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(exit == ExitCode.STORE, "exit " + exit + ": " + said);
        assertTrue(said.startsWith("confed: failed unexpectedly"), said);
        assertFalse(said.contains("secret") || said.contains("line 42") || said.contains("IllegalStateException"), said);
    }
}
