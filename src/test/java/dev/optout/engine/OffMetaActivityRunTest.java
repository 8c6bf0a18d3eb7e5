package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The off-Meta activity pack, walked by the engine in a real headless Chromium against the replica. */
class OffMetaActivityRunTest extends PackRunTest {

    private static final String PAGES = "/info_and_permissions/off_facebook_activity/";

    private static final Pack pack = bundled("off-meta-activity");

    private RunResult run(Mode mode, Person person, Map<String, String> inputs) {
        return run(pack, mode, person, inputs);
    }

    @Test
    void a_live_run_through_cookie_dialog_and_login_wall_disconnects_future_activity_once() {
        replica.scenario().loginRequired(true).autoLoginAfterMs(1500);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(Mode.LIVE, person, Map.of());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(s -> {
            assertThat(s.form()).isEqualTo(Submission.OFF_META_FUTURE_ACTIVITY);
            assertThat(s.fields()).containsEntry("futureActivity", "disconnect");
        });
        assertThat(result.record().confirmation()).hasValue("Future activity disconnected");
        assertThat(person.transcript()).contains("log in", "Disconnect your future activity");
        assertThat(replica.recorder().keystrokesOnPath(PAGES)).isZero();
    }

    @Test
    void a_dry_run_reaches_meta_s_own_dialog_finds_every_target_and_sends_and_types_nothing() {
        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        int send = pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();
        assertThat(result.record().steps()).filteredOn(s -> s.n() <= send)
                .filteredOn(s -> !s.type().equals("confirm") && !s.type().equals("open"))
                .filteredOn(s -> s.status() != StepStatus.SKIPPED)
                .hasSize(7)
                .allSatisfy(s -> assertThat(s.matched()).as("step %d", s.n()).isPresent())
                .extracting(s -> s.target().orElseThrow())
                .contains("manage-future", "disconnect-option", "continue",
                        "disconnect-dialog", "disconnect-in-dialog");
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath(PAGES)).isZero();
    }

    @Test
    void saying_no_at_the_confirmation_sends_nothing() {
        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("n"), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(replica.recorder().submissions()).isEmpty();
    }
}
