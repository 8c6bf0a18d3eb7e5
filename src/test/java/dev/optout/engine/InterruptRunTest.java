package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.CookieDialogTiming;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.testing.ScriptedPerson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Cookie;

/**
 * The cookie dialog as the pack's interrupt, in a real headless Chromium against the replica: whenever Meta shows
 * it, over a half-filled form too, it is declined and the run goes on; an overlay no interrupt knows is never
 * clicked through.
 */
class InterruptRunTest extends PackRunTest {

    private static final Pack pack = bundled("facebook-objection");

    @ParameterizedTest
    @EnumSource(value = CookieDialogTiming.class, names = {"AFTER_FIRST_INPUT", "AFTER_MS", "ARRIVAL"})
    void a_cookie_dialog_shown_at_any_moment_is_declined_and_send_is_clicked_once_after_it_is_gone(
            CookieDialogTiming timing) {
        // 300 ms after the form rendered: the run is then still arriving or filling, even on a fast machine.
        replica.scenario().cookieDialogAt(timing).cookieDialogDelayMs(300).language("de");

        RunResult result = run(pack, Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "AT", "reason", "Ich widerspreche."));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(sent -> {
            assertThat(sent.form()).isEqualTo(Submission.OBJECTION);
            assertThat(sent.fields()).containsEntry("country", "AT").containsEntry("reason", "Ich widerspreche.")
                    .containsEntry("email", "person@example.test");
        });
        Cookie consent = browser.driver().manage().getCookieNamed("replica_consent");
        assertThat(consent).as("the optional cookies were declined").isNotNull();
        assertThat(consent.getValue()).isEqualTo("essential");
        assertThat(result.record().steps()).extracting(s -> s.note().orElse(""))
                .filteredOn(note -> note.contains("the overlay 'cookie-dialog' showed: clicked 'decline-cookies'"))
                .hasSize(1);
    }

    @Test
    void an_overlay_over_send_that_no_interrupt_knows_fails_the_run_clearly_and_nothing_is_sent() {
        replica.scenario().cookieDialog(false).overlayOverSend(true);

        RunResult result = run(pack, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "FR"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message().orElseThrow())
                .contains("'send the objection' failed")
                .contains("the target is covered by <div role=\"dialog\"> \"Track your request in Support Inbox\"")
                .contains("which none of the pack's interrupts (when cookie-dialog present, click decline-cookies) "
                        + "handles; optout never clicks through an overlay")
                .endsWith("Nothing was sent.");
        assertThat(replica.recorder().submissions()).as("no click reached Send, by JavaScript or otherwise").isEmpty();
        assertThat(result.record().steps()).filteredOn(s -> s.target().equals(java.util.Optional.of("send")))
                .extracting(StepRecord::status).containsExactly(dev.optout.report.StepStatus.FAILED);
    }
}
