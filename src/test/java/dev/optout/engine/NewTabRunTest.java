package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.browser.AttachSettings;
import dev.optout.browser.BrowserSession;
import dev.optout.browser.Browsers;
import dev.optout.browser.DebuggableChromium;
import dev.optout.pack.Pack;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.ReportWriter;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Links that open a new tab on the way to the form ("right to object" on the Privacy Center and in Instagram's
 * policy), in a real headless Chromium against the replica: the run moves into the tab the click opened.
 */
class NewTabRunTest extends PackRunTest {

    @TempDir
    Path personsProfile;

    @AfterEach
    void back_to_one_tab() {
        String first = browser.driver().getWindowHandles().iterator().next();
        for (String handle : browser.driver().getWindowHandles()) {
            if (!handle.equals(first)) {
                browser.driver().switchTo().window(handle).close();
            }
        }
        browser.driver().switchTo().window(first);
    }

    private RunResult run(String packId, Mode mode, String... answers) {
        return run(bundled(packId), mode, new ScriptedPerson().answering(answers), Map.of("country", "PT"));
    }

    @ParameterizedTest
    @CsvSource({"facebook-privacy-center-path, objection", "instagram-policy-path, instagram-objection"})
    void a_live_run_follows_the_links_into_their_new_tabs_and_sends_one_objection(String packId, String form) {
        replica.scenario().linksInNewTab(true);

        RunResult result = run(packId, Mode.LIVE, "y");

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(sent -> {
            assertThat(sent.form()).isEqualTo(form);
            assertThat(sent.fields()).containsEntry("country", "PT").containsEntry("countryName", "Portugal");
        });
        assertThat(result.record().steps()).filteredOn(s -> s.type().equals("click"))
                .filteredOn(s -> s.note().orElse("").contains("the click opened a new tab; optout went on there"))
                .isNotEmpty();
        assertThat(browser.driver().getWindowHandles()).as("the first tab is kept").hasSizeGreaterThan(1);
        assertThat(result.record().finalUrl().orElseThrow()).contains("/contact/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"facebook-privacy-center-path", "instagram-policy-path"})
    void a_dry_run_follows_the_new_tabs_too_finds_every_target_and_sends_nothing(String packId) {
        replica.scenario().linksInNewTab(true);

        RunResult result = run(packId, Mode.DRY_RUN);

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(result.record().steps()).filteredOn(s -> s.type().equals("select")).singleElement()
                .satisfies(s -> assertThat(s.matched()).isPresent());
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokes()).isEmpty();
    }

    @Test
    void attached_to_the_person_s_browser_the_tool_closes_its_tabs_and_the_followed_ones_and_the_person_s_survives() {
        replica.scenario().linksInNewTab(true);
        Pack pack = bundled("facebook-privacy-center-path");
        OriginMap map = OriginMap.parse(pack.origins().stream().map(o -> o + "=" + replica.baseUrl()).toList());
        try (DebuggableChromium chromium = DebuggableChromium.start(personsProfile)) {
            RunResult result;
            try (BrowserSession session = Browsers.attach(new AttachSettings(chromium.address(), Optional.empty(),
                    Optional.empty(), Duration.ofSeconds(30)))) {
                result = new Runner(new ScriptedPerson().answering("y"), RunListener.SILENT, Clock.systemUTC())
                        .run(pack, Map.of("country", "IE"), RunSettings.defaults(Mode.LIVE)
                                .withStepTimeout(Duration.ofSeconds(10)), session.pagePort(), map,
                                new ReportWriter(reports));
                assertThat(chromium.tabUrls()).as("the person's, the tool's and the two the links opened")
                        .hasSize(4).contains(DebuggableChromium.PERSONS_TAB);
            }

            assertThat(result.record().outcome()).as(result.record().message().orElse(""))
                    .isEqualTo(Outcome.CONFIRMED);
            assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
            assertThat(chromium.alive()).isTrue();
            assertThat(chromium.tabUrls()).containsExactly(DebuggableChromium.PERSONS_TAB);
        }
    }
}
