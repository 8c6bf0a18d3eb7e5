package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** The driver connection's TLS context, which is never used, trusts nobody rather than everybody. */
class LoopbackHttpTest {

    @Test
    void theDriversClientConfigCarriesAReadyContextOfItsOwn() {
        assertThat(LoopbackHttp.clientConfig().sslContext()).isNotNull();
        assertThat(LoopbackHttp.trustingNoOne().getDefaultSSLParameters().getProtocols()).isNotEmpty();
    }

    @Test
    void itsTrustRefusesEvenACertificateAuthorityJavaTrusts() throws Exception {
        X509TrustManager refusing = LoopbackHttp.refusingEveryCertificate();
        X509Certificate[] trustedByJava = {systemTrust().getAcceptedIssuers()[0]};

        assertThat(refusing.getAcceptedIssuers()).isEmpty();
        assertThatThrownBy(() -> refusing.checkServerTrusted(trustedByJava, "RSA"))
                .isInstanceOf(CertificateException.class);
        assertThatThrownBy(() -> refusing.checkClientTrusted(trustedByJava, "RSA"))
                .isInstanceOf(CertificateException.class);
    }

    private static X509TrustManager systemTrust() throws Exception {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }
}
