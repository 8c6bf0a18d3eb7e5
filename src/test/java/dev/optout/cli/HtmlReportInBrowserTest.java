package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.browser.BrowserSession;
import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import dev.optout.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/**
 * {@code report.html} after a live run with canary values, opened the way a person opens it: in a browser, from
 * the file. Every screenshot loads from the file itself, nothing comes from elsewhere, no personal value is in it.
 */
class HtmlReportInBrowserTest {

    private static final String CANARY_EMAIL = "canary+7f3@example.test";
    private static final String CANARY_REASON = "CANARY-7f3";

    private static ReplicaServer replica;
    private static BrowserSession browser;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        replica = ReplicaServer.start(new Scenario());
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        try {
            browser.close();
        } finally {
            replica.close();
        }
    }

    @Test
    void the_report_of_a_live_run_is_self_contained_every_image_loads_and_no_personal_value_is_in_it()
            throws Exception {
        CliHarness.Result result = new CliHarness(home).run("run", "facebook-objection", "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--yes", "--set", "country=DE",
                "--set", "email=" + CANARY_EMAIL, "--set", "reason=" + CANARY_REASON, "--profile",
                home.resolve("profile").toString(), "--report", home.resolve("report").toString());
        assertThat(result.exitCode()).as(result.all()).isZero();
        Path html = home.resolve("report/report.html");
        String page = Files.readString(html);

        String text = page.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "");
        assertThat(page).doesNotContain(CANARY_EMAIL).doesNotContain(CANARY_REASON);
        assertThat(text).doesNotContainIgnoringCase("canary")
                .doesNotContain("<script").doesNotContainPattern("(src|href)=\"(https?:)?//")
                .doesNotContain("<link");
        browser.driver().get(html.toUri().toString());
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        List<Long> widths = (List<Long>) js.executeScript(
                "return Array.from(document.images).map(i => i.complete ? i.naturalWidth : 0);");
        assertThat(widths).hasSizeGreaterThanOrEqualTo(2).allSatisfy(width -> assertThat(width).isPositive());
        assertThat((String) js.executeScript("return document.body.innerText;"))
                .contains("Sent, and Meta's page confirmed it.").contains("UTC").contains("local time")
                .contains("c***@e***.test").contains("Your objection has been submitted")
                .contains("What happens next").contains("within one month")
                .contains("'optout letter --platform facebook'").contains(replica.baseUrl() + "/help/contact/")
                .contains("The steps").contains("send the objection");
    }
}
