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

/** The Meta AI chat deletion pack, walked by the engine in a real headless Chromium against the replica. */
class MetaAiChatDeletionRunTest extends PackRunTest {

    private static final String SETTINGS = "/settings/";
    private static final String THREAD = "/t/meta-ai/";

    private static final Pack pack = bundled("meta-ai-chat-deletion");

    private RunResult run(Mode mode, Person person, Map<String, String> inputs) {
        return run(pack, mode, person, inputs);
    }

    @Test
    void a_live_run_deletes_all_meta_ai_chats_then_resets_the_messenger_chat_each_after_a_yes() {
        ScriptedPerson person = new ScriptedPerson().answering("y", "y");

        RunResult result = run(Mode.LIVE, person, Map.of());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).extracting(Submission::form)
                .containsExactly(Submission.META_AI_DELETE_ALL_CHATS, Submission.MESSENGER_MESSAGE);
        assertThat(replica.recorder().submissions().get(1).fields()).containsEntry("text", "/reset-all-ais")
                .containsEntry("thread", "meta-ai");
        assertThat(result.record().confirmation()).hasValue("Your conversation has been reset");
        assertThat(result.record().steps()).filteredOn(s -> s.type().equals("verify")).hasSize(2)
                .extracting(StepRecord::status).containsOnly(StepStatus.DONE);
        assertThat(person.transcript()).contains("Delete all your chats", "/reset-all-ais");
        assertThat(replica.recorder().keystrokesOnPath(SETTINGS)).isZero();
        assertThat(replica.recorder().keystrokes()).extracting(k -> k.field()).containsOnly("Message");
    }

    @Test
    void behind_a_login_wall_both_deletions_still_happen_once_the_person_has_logged_in() {
        replica.scenario().loginRequired(true).autoLoginAfterMs(1500);
        ScriptedPerson person = new ScriptedPerson().answering("y", "y");

        RunResult result = run(Mode.LIVE, person, Map.of());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissionCount(Submission.META_AI_DELETE_ALL_CHATS)).isEqualTo(1);
        assertThat(replica.recorder().submissionCount(Submission.MESSENGER_MESSAGE)).isEqualTo(1);
        assertThat(person.transcript()).contains("log in");
    }

    @Test
    void a_dry_run_finds_every_target_before_the_first_deletion_and_sends_and_types_nothing() {
        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        int send = pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();
        assertThat(result.record().steps()).filteredOn(s -> s.n() <= send)
                .filteredOn(s -> !s.type().equals("confirm") && !s.type().equals("open"))
                .filteredOn(s -> s.status() != StepStatus.SKIPPED)
                .hasSize(5)
                .allSatisfy(s -> assertThat(s.matched()).as("step %d", s.n()).isPresent())
                .extracting(s -> s.target().orElseThrow())
                // Which of its targets the first wait matched depends on what rendered first, so it is not named.
                .contains("delete-all-chats", "delete-dialog", "delete-in-dialog");
        assertThat(result.record().steps()).as("the cookie dialog is the interrupt's, declined for real")
                .anySatisfy(s -> assertThat(s.note()).hasValueSatisfying(note -> assertThat(note)
                        .contains("the overlay 'cookie-dialog' showed: clicked 'decline-cookies'")));
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath(SETTINGS)).isZero();
        assertThat(replica.recorder().keystrokesOnPath(THREAD)).isZero();
    }

    @Test
    void saying_no_to_deleting_all_chats_sends_nothing_and_never_reaches_messenger() {
        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("n"), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath(THREAD)).isZero();
    }

    @Test
    void saying_no_to_the_reset_sends_the_first_deletion_only() {
        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y", "n"), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(replica.recorder().submissions()).extracting(Submission::form)
                .containsExactly(Submission.META_AI_DELETE_ALL_CHATS);
    }
}
