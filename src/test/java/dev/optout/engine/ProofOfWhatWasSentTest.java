package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Masking;
import dev.optout.pack.Pack;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.RunRecord.SentField;
import dev.optout.report.StepRecord;
import dev.optout.testing.ScriptedPerson;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the proof says was sent is what the page held at the moment of the send; the dry run's summary lists all a
 * live run would send; the person at their terminal sees their own values in full, nobody else does.
 */
class ProofOfWhatWasSentTest extends PackRunTest {

    private static final String CANARY_EMAIL = "canary+7f3@example.test";
    private static final String CANARY_REASON = "CANARY-7f3 this processing affects me";

    private static final Pack pack = bundled("facebook-objection");

    private RunResult run(RunSettings settings, Person person, Map<String, String> inputs) {
        return run(pack, settings, person, inputs);
    }

    private RunResult run(Pack pack, RunSettings settings, Person person, Map<String, String> inputs) {
        OriginMap map = OriginMap.parse(pack.origins().stream().map(o -> o + "=" + replica.baseUrl()).toList());
        return new Runner(person, RunListener.SILENT, Clock.systemUTC()).run(pack, inputs,
                settings.withStepTimeout(Duration.ofSeconds(10)), browser.pagePort(), map,
                new dev.optout.report.ReportWriter(reports));
    }

    private static String sentValue(RunResult result, String label) {
        return result.record().sent().stream().filter(f -> f.field().equals(label)).map(SentField::value)
                .findFirst().orElseThrow(() -> new AssertionError("no sent field " + label + " in "
                        + result.record().sent()));
    }

    @Test
    void the_email_the_page_filled_in_is_recorded_masked_as_sent_never_as_a_placeholder() {
        replica.scenario().cookieDialog(false);

        RunResult result = run(RunSettings.defaults(Mode.LIVE), new ScriptedPerson().answering("y"),
                Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        String received = replica.recorder().submissionsTo(Submission.OBJECTION).get(0).fields().get("email");
        assertThat(received).isEqualTo(Scenario.DEFAULT_EMAIL);
        assertThat(sentValue(result, "Email address")).isEqualTo(Masking.email(received))
                .doesNotContain("(empty)");
        assertThat(sentValue(result, "Country where you live")).contains("(DE)");
    }

    @Test
    void the_values_given_are_recorded_masked_as_the_page_held_them() {
        replica.scenario().cookieDialog(false);

        RunResult result = run(RunSettings.defaults(Mode.LIVE), new ScriptedPerson().answering("y"),
                Map.of("country", "DE", "email", CANARY_EMAIL, "reason", CANARY_REASON));

        Map<String, String> received = replica.recorder().submissionsTo(Submission.OBJECTION).get(0).fields();
        assertThat(sentValue(result, "Email address")).isEqualTo(Masking.email(received.get("email")));
        assertThat(sentValue(result, "Please explain how this processing impacts you"))
                .isEqualTo(Masking.text(received.get("reason")));
    }

    @Test
    void a_live_run_keeps_a_screenshot_of_the_filled_form_taken_right_before_the_send() {
        replica.scenario().cookieDialog(false);

        RunResult result = run(RunSettings.defaults(Mode.LIVE), new ScriptedPerson().answering("y"),
                Map.of("country", "DE"));

        int send = pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();
        assertThat(result.record().steps()).filteredOn(s -> s.n() == send).singleElement()
                .satisfies(s -> assertThat(s.screenshot()).isPresent());
        assertThat(result.record().steps()).filteredOn(s -> s.type().equals("verify")).singleElement()
                .extracting(StepRecord::screenshot).satisfies(shot -> assertThat(shot).isPresent());
    }

    @Test
    void asked_the_confirm_step_photographs_what_the_person_is_asked_about_and_under_yes_the_send_alone_does() {
        replica.scenario().cookieDialog(false);
        int confirm = pack.steps().stream().filter(s -> s.type().equals("confirm")).findFirst().orElseThrow()
                .number();
        int send = pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();

        RunResult asked = run(RunSettings.defaults(Mode.LIVE), new ScriptedPerson().answering("y"),
                Map.of("country", "DE"));
        assertThat(InMemoryRun.step(asked, confirm).screenshot()).isPresent();

        replica.recorder().clear();
        RunResult yes = run(RunSettings.defaults(Mode.LIVE).withAssumeYes(true), new ScriptedPerson(),
                Map.of("country", "DE"));
        assertThat(yes.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(InMemoryRun.step(yes, confirm).screenshot()).isEmpty();
        assertThat(InMemoryRun.step(yes, send).screenshot()).isPresent();
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isEqualTo(1);
    }

    @Test
    void the_dry_run_summary_lists_the_country_the_email_and_the_reason_a_live_run_would_send() {
        ScriptedPerson person = new ScriptedPerson();

        RunResult result = run(RunSettings.defaults(Mode.DRY_RUN), person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        String summary = person.heard().stream().filter(h -> h.startsWith("optout will send this to")).findFirst()
                .orElseThrow();
        assertThat(summary).contains("Country where you live").contains("Germany (DE)")
                .contains("Email address").contains("Please explain how this processing impacts you")
                .contains("I object to Meta using my personal information");
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void the_confirmation_names_the_replica_it_sends_to_never_the_real_host_alone() {
        ScriptedPerson person = new ScriptedPerson().answering("n");

        run(RunSettings.defaults(Mode.LIVE), person, Map.of("country", "DE"));

        assertThat(person.transcript()).contains("optout will send this to the replica of www.facebook.com (127.0.0.1:"
                + replica.port() + "):");
    }

    @Test
    void a_confirmation_without_fields_says_that_no_value_goes_with_it() {
        ScriptedPerson person = new ScriptedPerson().answering("n");

        run(bundled("off-meta-activity"), RunSettings.defaults(Mode.LIVE), person, Map.of());

        assertThat(person.transcript()).contains("optout will act on the replica of accountscenter.facebook.com "
                + "(127.0.0.1:" + replica.port() + "); no value of yours goes with it.");
    }

    @Test
    void values_are_masked_in_the_confirmation_unless_it_is_shown_in_full_to_the_person_at_their_terminal() {
        ScriptedPerson masked = new ScriptedPerson().answering("n");
        ScriptedPerson inFull = new ScriptedPerson().answering("n");
        Map<String, String> inputs = Map.of("country", "DE", "email", CANARY_EMAIL, "reason", CANARY_REASON);

        RunResult maskedRun = run(RunSettings.defaults(Mode.LIVE), masked, inputs);
        RunResult fullRun = run(RunSettings.defaults(Mode.LIVE).withValuesInFull(true), inFull, inputs);

        assertThat(masked.transcript()).doesNotContain(CANARY_EMAIL).doesNotContain(CANARY_REASON)
                .contains(Masking.email(CANARY_EMAIL));
        assertThat(inFull.transcript()).contains(CANARY_EMAIL).contains(CANARY_REASON);
        assertThat(fullRun.record().steps()).allSatisfy(s -> assertThat(s.note().orElse(""))
                .doesNotContain(CANARY_EMAIL).doesNotContain("CANARY-7f3"));
        assertThat(maskedRun.record().outcome()).isEqualTo(Outcome.DECLINED);
    }
}
