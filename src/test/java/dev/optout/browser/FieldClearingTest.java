package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Emptying a field before typing: a filled one is clicked into and emptied, even when its page refills it on clear;
 * an empty one is left alone, since the typing focuses it. In a launched Chromium, which optout drives as a plain
 * RemoteWebDriver.
 */
class FieldClearingTest {

    private static final String PAGE = "<input id='empty'><input id='filled' value='someone@example.test'>"
            + "<script>window.clicks = {}; document.querySelectorAll('input').forEach(i => i.addEventListener("
            + "'click', () => window.clicks[i.id] = (window.clicks[i.id] || 0) + 1));</script>";

    @TempDir
    Path dir;

    private BrowserSession session;
    private WebPage page;

    @BeforeEach
    void open() {
        session = ChromeLauncher.standard().launch(new LaunchSettings(dir.resolve("profile"), true, Optional.empty(),
                Optional.empty(), Duration.ofSeconds(20)));
        session.driver().get("data:text/html," + URLEncoder.encode(PAGE, StandardCharsets.UTF_8).replace("+", "%20"));
        page = new WebPage(session.driver());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void an_empty_field_is_not_clicked_and_a_filled_one_is_clicked_and_emptied() {
        WebElement empty = session.driver().findElement(By.id("empty"));
        WebElement filled = session.driver().findElement(By.id("filled"));

        page.clear(empty);
        page.clear(filled);

        assertThat(clicks("empty")).isZero();
        assertThat(clicks("filled")).isEqualTo(1);
        assertThat(filled.getDomProperty("value")).isEmpty();
        page.append(empty, "typed");
        assertThat(empty.getDomProperty("value")).isEqualTo("typed");
    }

    @Test
    void the_session_is_a_plain_remote_web_driver_not_a_chrome_driver() {
        assertThat(session.driver()).isInstanceOf(RemoteWebDriver.class).isNotInstanceOf(ChromeDriver.class);
    }

    private long clicks(String id) {
        Object count = ((JavascriptExecutor) session.driver()).executeScript("return window.clicks[arguments[0]] || 0",
                id);
        return ((Number) count).longValue();
    }
}
