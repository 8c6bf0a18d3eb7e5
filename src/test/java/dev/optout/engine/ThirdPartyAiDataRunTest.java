package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The third-party data pack, walked by the engine in a real headless Chromium against the replica. */
class ThirdPartyAiDataRunTest extends PackRunTest {

    private static final String FORM = "/help/contact/510058597920541";
    private static final String OBJECT = "I want to object to or restrict the processing of my personal information "
            + "from third parties used for AI at Meta";
    private static final Map<String, String> INPUTS = Map.of("first_name", "Ada", "last_name", "Lovelace",
            "email", "ada@example.test", "country", "IE", "prompts", "Where does Ada Lovelace from Dublin live?");

    private static final Pack pack = bundled("third-party-ai-data");

    private RunResult run(Mode mode, Person person, Map<String, String> inputs) {
        return run(pack, mode, person, inputs);
    }

    @Test
    void a_live_run_through_cookie_dialog_and_login_wall_sends_one_request_to_object_with_every_value() {
        replica.scenario().loginRequired(true).autoLoginAfterMs(1500);
        ScriptedPerson person = new ScriptedPerson().answering("", "y");

        RunResult result = run(Mode.LIVE, person, INPUTS);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).hasSize(1);
        Submission request = replica.recorder().submissions().get(0);
        assertThat(request.form()).isEqualTo(Submission.THIRD_PARTY_AI_DATA);
        assertThat(request.fields()).containsEntry("requestTypeLabel", OBJECT).containsEntry("firstName", "Ada")
                .containsEntry("lastName", "Lovelace").containsEntry("email", "ada@example.test")
                .containsEntry("country", "IE").containsEntry("countryName", "Ireland")
                .containsEntry("prompts", "Where does Ada Lovelace from Dublin live?").containsEntry("screenshot", "");
        assertThat(result.record().confirmation()).hasValue("Your request has been submitted");
        assertThat(person.transcript()).contains("log in", "screenshot", "Press Enter").doesNotContain("Lovelace");
        assertThat(replica.recorder().keystrokes()).extracting(k -> k.field())
                .doesNotContain("Upload a screenshot of the response");
    }

    @Test
    void the_screenshot_the_person_attaches_while_the_tool_waits_for_enter_is_sent_with_the_request()
            throws Exception {
        Path screenshot = Files.write(reports.resolve("meta-ai-answer.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        replica.scenario().cookieDialog(false);
        ScriptedPerson answers = new ScriptedPerson().answering("y");
        Person attachingPerson = new Person() {
            @Override
            public boolean confirm(String question) {
                return answers.confirm(question);
            }

            @Override
            public Optional<String> ask(String prompt) {
                browser.driver().findElement(By.cssSelector("input[type=file]"))
                        .sendKeys(screenshot.toAbsolutePath().toString());
                return Optional.of("");
            }

            @Override
            public void tell(String message) {
            }
        };

        RunResult result = run(Mode.LIVE, attachingPerson, INPUTS);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("screenshot", "meta-ai-answer.png"));
    }

    @Test
    void a_dry_run_finds_every_target_before_the_send_and_sends_and_types_nothing() {
        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), INPUTS);

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        int send = pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();
        assertThat(result.record().steps()).filteredOn(s -> s.n() <= send)
                .filteredOn(s -> List.of("check", "fill", "select", "click").contains(s.type()))
                .filteredOn(s -> s.status() != StepStatus.SKIPPED)
                // The cookie dialog is declined by the interrupt, not by a step of its own.
                .hasSize(7)
                .allSatisfy(s -> assertThat(s.matched()).as("step %d", s.n()).isPresent());
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath(FORM)).isZero();
    }

    @Test
    void saying_no_at_the_confirmation_sends_nothing() {
        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("", "n"), INPUTS);

        assertThat(result.record().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(replica.recorder().submissions()).isEmpty();
    }
}
