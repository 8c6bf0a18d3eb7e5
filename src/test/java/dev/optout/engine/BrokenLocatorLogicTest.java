package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.5 and failure 6: a locator the browser refuses at run time (here {@code :has()}, which browsers before
 * 2023 did not know) is no match for that locator; the engine goes on to the target's next locator, and a failure
 * names the refused one with the browser's reason.
 */
class BrokenLocatorLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final String REFUSED = "Failed to execute 'querySelectorAll' on 'Document': "
            + "'div[role=button]:has(> span)' is not a valid selector.";

    @TempDir
    Path reports;

    private InMemoryRun engine;

    @BeforeEach
    void a_page_whose_browser_refuses_one_selector() {
        engine = new InMemoryRun(reports);
        engine.page.rejects("div[role=button]:has(> span)", REFUSED);
    }

    private static Pack clickNext(String locators) {
        return InMemoryRun.pack(
                "targets:",
                "  next: " + locators,
                "steps:",
                "  - open: " + FORM,
                "  - click: next");
    }

    @Test
    void the_target_s_next_locator_is_tried_and_the_report_names_the_one_that_matched() {
        engine.page.route(FORM, page -> page.show(FakeElement.button("Next")));

        RunResult result = engine.run(clickNext("[{css: 'div[role=button]:has(> span)'}, {text: Next}]"),
                Mode.LIVE, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DONE);
        assertThat(InMemoryRun.step(result, 2).status()).isEqualTo(StepStatus.DONE);
        assertThat(InMemoryRun.step(result, 2).matched()).hasValue("text=\"Next\"");
        assertThat(engine.page.clicks()).containsExactly("<button> Next");
    }

    @Test
    void when_no_locator_matches_the_failure_names_the_refused_one_with_the_browser_s_reason() {
        engine.page.route(FORM, page -> page.show(FakeElement.heading("Welcome"), FakeElement.button("Continue")));

        RunResult result = engine.run(clickNext("[{css: 'div[role=button]:has(> span)'}, {text: Next}]"),
                Mode.LIVE, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValue("step 2 'click next' failed: no element matched 'next' "
                + "[css=div[role=button]:has(> span) (the browser refused it: " + REFUSED + "), text=\"Next\"] "
                + "within 10 s; page: " + FORM + ", lang=en. Nothing was sent. If Meta changed the page, put the text "
                + "you see on it in the browser (its label, button text or message) in place of … and run: optout fix "
                + "test-pack next --text \"…\"");
    }
}
