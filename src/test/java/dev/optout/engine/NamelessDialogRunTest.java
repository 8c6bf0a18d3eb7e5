package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Meta's own "are you sure?" dialogs often have no accessible name (meta-flows §8): the packs find them by the text
 * they hold, and the buttons inside them, in a real headless Chromium against the replica's nameless dialogs.
 */
class NamelessDialogRunTest extends PackRunTest {

    @ParameterizedTest
    @CsvSource({"meta-ai-chat-deletion, delete-dialog, meta-ai-delete-all-chats, 2",
        "off-meta-activity, disconnect-dialog, off-meta-future-activity, 1"})
    void a_live_run_finds_the_nameless_dialog_by_its_text_and_its_button_inside_and_sends_once(String packId,
            String dialog, String form, int yeses) {
        replica.scenario().namelessDialogs(true);
        ScriptedPerson person = new ScriptedPerson().answering("y", "y");

        RunResult result = run(bundled(packId), Mode.LIVE, person, Map.of());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissionCount(form)).isEqualTo(1);
        assertThat(replica.recorder().submissions()).hasSize(yeses);
        assertThat(result.record().steps()).filteredOn(s -> s.target().orElse("").equals(dialog)).singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(StepStatus.DONE);
                    // The role=dialog locator with the name comes first: it found nothing, the dialog has no name.
                    assertThat(s.matched().orElseThrow()).as("found by its text").startsWith("text=");
                });
    }

    @ParameterizedTest
    @CsvSource({"meta-ai-chat-deletion, delete-in-dialog", "off-meta-activity, disconnect-in-dialog"})
    void a_dry_run_reaches_the_nameless_dialog_finds_its_button_and_sends_nothing(String packId, String button) {
        replica.scenario().namelessDialogs(true);

        RunResult result = run(bundled(packId), Mode.DRY_RUN, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(result.record().steps()).filteredOn(s -> s.target().orElse("").equals(button)).first()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(StepStatus.WOULD_DO);
                    assertThat(s.matched()).isPresent();
                });
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().submissionCount(Submission.OFF_META_FUTURE_ACTIVITY)).isZero();
    }
}
