package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only loopback literals are attached to, and the port is asked quickly before any driver. */
class DebuggingAddressAndDevToolsTest {

    @Test
    void loopback_literals_are_accepted() {
        assertThat(DebuggingAddress.parse("127.0.0.1:9222")).isEqualTo(DebuggingAddress.loopback(9222));
        assertThat(DebuggingAddress.parse("[::1]:9333").toString()).isEqualTo("[::1]:9333");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:9222", "0.0.0.0:9222", "192.168.1.2:9222", "evil.test:9222", "127.0.0.1",
        "9222", "127.0.0.1:99999", "127.0.0.1:0", "http://127.0.0.1:9222"})
    void anything_else_is_refused_with_the_reason(String text) {
        assertThatThrownBy(() -> DebuggingAddress.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("127.0.0.1:PORT").extracting(Throwable::getMessage).asString()
                .satisfiesAnyOf(m -> assertThat(m).contains("loopback"), m -> assertThat(m).contains("port"));
    }

    @Test
    void the_version_names_chrome_or_edge_and_its_major_version() {
        DevTools.BrowserVersion chrome = DevTools.parseVersion("{\"Browser\": \"Chrome/156.0.8078.108\"}")
                .orElseThrow();
        DevTools.BrowserVersion edge = DevTools.parseVersion("{\"Browser\": \"Edg/140.0.3485.54\"}").orElseThrow();

        assertThat(chrome.kind()).isEqualTo(BrowserKind.CHROME);
        assertThat(chrome.major()).contains(156);
        assertThat(edge.kind()).isEqualTo(BrowserKind.EDGE);
        assertThat(edge.major()).contains(140);
        assertThat(DevTools.parseVersion("not json")).isEmpty();
    }

    @Test
    void only_ordinary_tabs_are_counted() {
        assertThat(DevTools.countPages("[{\"type\":\"page\"},{\"type\":\"browser_ui\"},{\"type\":\"page\"},"
                + "{\"type\":\"service_worker\"}]")).isEqualTo(2);
    }

    @Test
    void a_port_where_nothing_listens_answers_nothing_within_the_short_limit() {
        Instant start = Instant.now();

        assertThat(new DevTools(DebuggingAddress.loopback(DebuggableChromium.freePort())).version()).isEmpty();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }
}
