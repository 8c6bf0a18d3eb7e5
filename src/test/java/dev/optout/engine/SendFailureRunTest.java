package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.SendFault;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.testing.EditedPacks;
import dev.optout.testing.ScriptedPerson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Meta failing the send, in a real headless Chromium against the replica: the page's "Something went wrong" ends
 * the 60-second wait for Meta's answer at once, the objection went out exactly once, and nothing is sent again.
 */
class SendFailureRunTest extends PackRunTest {

    private static final Pack pack = bundled("facebook-objection");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"META_ERROR, en, Something went wrong. Please try again later.",
        // Words the pack's own German does not have: any alert after the send is Meta's answer, quoted as it reads.
        "HTTP_500, de, Etwas ist schiefgelaufen. Bitte versuche es später erneut.",
        "META_ERROR, pt, Algo deu errado. Tente novamente mais tarde."})
    void meta_s_error_after_the_send_ends_the_wait_at_once_and_the_objection_went_out_once(SendFault fault,
            String language, String metaSays) {
        replica.scenario().cookieDialog(false).sendFault(fault).language(language);

        RunResult result = run(pack, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.record().message().orElseThrow())
                .contains("'wait for Meta's answer': The send left the browser and Meta's page answered with \""
                        + metaSays + "\" (POST " + replica.baseUrl() + "/help/contact/submit → "
                        + (fault == SendFault.HTTP_500 ? "500" : "200") + ")")
                .endsWith("It may or may not have reached Meta: do not send again by yourself; check your email "
                        + "first.");
        assertThat(result.record().evidence()).hasValueSatisfying(e -> {
            assertThat(e.source()).startsWith("WebDriver BiDi network events");
            assertThat(e.requests()).hasSize(1);
        });
        StepRecord wait = result.record().steps().get(result.record().steps().size() - 1);
        assertThat(wait.type()).isEqualTo("wait-for");
        assertThat(wait.ms()).as("within seconds of the error, not after the step's 60 s").isLessThan(10_000);
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement()
                .satisfies(sent -> assertThat(sent.fields()).containsEntry("country", "DE"));
        assertThat(result.sentSomething()).isTrue();
        assertThat(result.record().sent()).isNotEmpty();
    }

    @Test
    void an_http_500_fails_soon_also_for_a_pack_that_knows_none_of_meta_s_error_words() {
        replica.scenario().cookieDialog(false).sendFault(SendFault.HTTP_500);
        // No error target at all: the error status and the alert that appeared after the click tell it.
        Pack silent = EditedPacks.load("facebook-objection", Map.of("errors: [send-failed]", ""));

        RunResult result = run(silent, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.record().message().orElseThrow()).contains("→ 500").contains("It may or may not have "
                + "reached Meta");
        StepRecord wait = result.record().steps().get(result.record().steps().size() - 1);
        assertThat(wait.ms()).as("not the step's 60 s").isLessThan(10_000);
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
        assertThat(result.sentSomething()).isTrue();
    }
}
