package org.confed.api.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The certificate chain and private key the server answers HTTPS with, read from PEM files as certbot, openssl and
 * most certificate authorities hand them out: the chain as {@code CERTIFICATE} blocks (the server's first), the key
 * as an unencrypted PKCS #8 {@code PRIVATE KEY} block (RSA, EC or Ed25519). Read with the JDK alone.
 *
 * @param chain the certificates, the server's own first
 * @param key   its private key
 */
public record TlsIdentity(List<X509Certificate> chain, PrivateKey key) {
    private static final Pattern KEY_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS");
    private static final char[] IN_MEMORY = "confed".toCharArray();

    /**
     * @param chain the certificates, the server's own first; at least one
     * @param key   its private key
     */
    public TlsIdentity {
        chain = List.copyOf(chain);
        Objects.requireNonNull(key, "key");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a TLS identity needs at least one certificate");
        }
    }

    /**
     * Reads a certificate chain and its key.
     *
     * @param certificateFile PEM {@code CERTIFICATE} blocks, the server's first
     * @param keyFile         a PEM {@code PRIVATE KEY} block (PKCS #8, unencrypted)
     * @return the identity
     * @throws IllegalArgumentException saying which file is wrong and how, in words for a user
     */
    public static TlsIdentity fromPem(Path certificateFile, Path keyFile) {
        List<X509Certificate> chain = certificates(certificateFile);
        PrivateKey key = privateKey(keyFile);
        if (!belongTogether(key, chain.get(0))) {
            throw new IllegalArgumentException(keyFile + ": this " + key.getAlgorithm() + " key does not belong to the "
                    + "first certificate in " + certificateFile + " (" + chain.get(0).getSubjectX500Principal() + ")");
        }
        return new TlsIdentity(chain, key);
    }

    /**
     * Reads PEM certificates, for a client that trusts a server whose certificate no authority signed.
     *
     * @param file PEM {@code CERTIFICATE} blocks
     * @return the certificates, in the file's order
     * @throws IllegalArgumentException saying what is wrong with the file
     */
    public static List<X509Certificate> certificates(Path file) {
        byte[] bytes = read(file, "certificate");
        try {
            List<X509Certificate> chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes)).stream().map(X509Certificate.class::cast).toList();
            if (chain.isEmpty()) {
                throw new IllegalArgumentException(file + ": holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
            }
            return chain;
        } catch (CertificateException e) {
            throw new IllegalArgumentException(file + ": is not a PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
    }

    /** Whether the certificate's public key verifies what the private key signs. */
    private static boolean belongTogether(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "RSASSA-PSS" -> "RSASSA-PSS";
            default -> key.getAlgorithm(); // Ed25519, Ed448, EdDSA
        };
        try {
            byte[] probe = "confed".getBytes(StandardCharsets.US_ASCII);
            java.security.Signature signer = java.security.Signature.getInstance(algorithm);
            if (algorithm.equals("RSASSA-PSS")) {
                signer.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                        java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
            }
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            java.security.Signature verifier = java.security.Signature.getInstance(algorithm);
            if (algorithm.equals("RSASSA-PSS")) {
                verifier.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                        java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
            }
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static PrivateKey privateKey(Path file) {
        String text = new String(read(file, "key"), StandardCharsets.US_ASCII);
        Matcher block = KEY_BLOCK.matcher(text);
        while (block.find()) {
            String kind = block.group(1);
            if (kind.equals("CERTIFICATE")) {
                continue;
            }
            if (!kind.equals("PRIVATE KEY")) {
                throw new IllegalArgumentException(file + ": holds a " + kind + " block; confed reads an unencrypted "
                        + "PKCS #8 PRIVATE KEY (convert it with: openssl pkcs8 -topk8 -nocrypt -in " + file.getFileName()
                        + " -out key.pem)");
            }
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(block.group(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": the PRIVATE KEY block is not base64");
            }
            for (String algorithm : KEY_ALGORITHMS) {
                try {
                    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                } catch (GeneralSecurityException notThisOne) {
                    // try the next algorithm
                }
            }
            throw new IllegalArgumentException(file + ": the PRIVATE KEY is not an RSA, EC or EdDSA key this Java can read");
        }
        throw new IllegalArgumentException(file + ": holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
    }

    private static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such TLS " + what + " file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IllegalArgumentException(file + ": the TLS " + what + " file may not be read (permission denied)");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the TLS " + what + " file");
        }
    }

    /** Jetty's server-side TLS, with this identity, TLS 1.2 and 1.3 only (Jetty's defaults exclude the weak suites). */
    SslContextFactory.Server sslContextFactory() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("confed", key, IN_MEMORY, chain.toArray(Certificate[]::new));
            SslContextFactory.Server factory = new SslContextFactory.Server();
            factory.setKeyStore(store);
            factory.setKeyStorePassword(new String(IN_MEMORY));
            factory.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            return factory;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the TLS key in memory", e);
        }
    }
}
