package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.browser.AttachSettings;
import dev.optout.browser.BrowserSession;
import dev.optout.browser.Browsers;
import dev.optout.browser.DebuggableChromium;
import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import dev.optout.replica.Markup;
import dev.optout.replica.SendFault;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.ReportWriter;
import dev.optout.testing.ScriptedPerson;
import dev.optout.testing.SharedReplica;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a browser optout attached to (the person's own), it never listens to the browser's network events, which would
 * show it the person's other tabs: what the tool's tab sent comes from the page's Resource Timing entries, and the
 * outcomes are judged alike.
 */
class ResourceTimingOutcomeRunTest {

    @RegisterExtension
    static final SharedReplica replica = SharedReplica.with(s -> s.cookieDialog(false).markup(Markup.REACT));

    private static DebuggableChromium chromium;

    @TempDir
    Path reports;

    @BeforeAll
    static void the_person_s_browser(@TempDir Path profile) {
        chromium = DebuggableChromium.start(profile);
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    private RunResult liveInTheAttachedBrowser() {
        Pack pack = PackRepository.bundledOnly().byId("facebook-objection").orElseThrow();
        try (BrowserSession session = Browsers.attach(new AttachSettings(chromium.address(), Optional.empty(),
                Optional.empty(), Duration.ofSeconds(30)))) {
            OriginMap map = OriginMap.parse(pack.origins().stream().map(o -> o + "=" + replica.baseUrl()).toList());
            return new Runner(new ScriptedPerson().answering("y"), RunListener.SILENT, Clock.systemUTC()).run(pack,
                    Map.of("country", "DE"), RunSettings.defaults(Mode.LIVE).withStepTimeout(Duration.ofSeconds(10)),
                    session.pagePort(), map, new ReportWriter(reports));
        }
    }

    @Test
    void a_confirmed_objection_names_the_request_resource_timing_saw() {
        RunResult result = liveInTheAttachedBrowser();

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(result.record().evidence().orElseThrow().source()).isEqualTo("the page's Resource Timing entries");
        assertThat(result.record().evidence().orElseThrow().requests()).singleElement().asString()
                .startsWith("fetch ").endsWith("/help/contact/submit → 200");
    }

    @Test
    void a_field_message_with_no_request_seen_is_a_refusal() {
        replica.scenario().extraRequiredUnmarked(true);

        RunResult result = liveInTheAttachedBrowser();

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.REFUSED);
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(result.sentSomething()).isFalse();
    }

    @Test
    void an_error_the_page_shows_is_a_failure_even_when_resource_timing_never_lists_the_request() {
        replica.scenario().sendFault(SendFault.HTTP_500);

        RunResult result = liveInTheAttachedBrowser();

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.FAILED);
        assertThat(result.record().message().orElseThrow()).contains("Something went wrong")
                .contains("show only finished requests, so optout cannot tell whether the send left");
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }
}
