package org.confed.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.confed.api.http.TlsIdentity;

/** TLS for a client that trusts the certificates of one PEM file, and those only: a self-signed server's, say. */
final class TlsTrust {
    private TlsTrust() {
    }

    /**
     * @param file PEM {@code CERTIFICATE} blocks
     * @return a TLS context trusting them
     * @throws InvalidInputException when the file holds no certificate that can be read
     */
    static SSLContext of(Path file) {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (X509Certificate certificate : TlsIdentity.certificates(file)) {
                trusted.setCertificateEntry("trusted-" + n++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("confed: --tls-ca " + e.getMessage());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS to trust " + file, e);
        }
    }
}
