package dev.optout.browser;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * How Selenium talks to the driver it started: plain HTTP to 127.0.0.1, never TLS. Without a TLS context of its
 * own, Java's HTTP client makes the default one as it is built, reading and parsing every certificate authority
 * the Java installation trusts, at each start, for a connection that never uses one. This context trusts no
 * certificate at all: were a TLS connection ever attempted through it, it would fail rather than trust anyone.
 */
final class LoopbackHttp {

    private LoopbackHttp() {
    }

    static ClientConfig clientConfig() {
        return ClientConfig.defaultConfig().sslContext(trustingNoOne());
    }

    static SSLContext trustingNoOne() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[] {refusingEveryCertificate()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java offers no TLS context: " + e.getMessage(), e);
        }
    }

    static X509TrustManager refusingEveryCertificate() {
        return new NoTrust();
    }

    /** Refuses every certificate. */
    private static final class NoTrust implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("optout's driver connection trusts no certificate");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("optout's driver connection trusts no certificate");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
