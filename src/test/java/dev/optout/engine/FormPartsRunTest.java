package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.Markup;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled facebook-objection pack, unchanged, in a real headless Chromium against the replica's form in two parts
 * (--form-steps: country and email, "Next", then the reason and Send) and in a dialog (--form-in-dialog: a button
 * "Submit an objection request" opens it), in both markups. Counting what the replica received proves one send of
 * the right values.
 */
class FormPartsRunTest extends PackRunTest {

    private static final Pack PACK = bundled("facebook-objection");

    private RunResult live(ScriptedPerson person) {
        return run(PACK, Mode.LIVE, person, Map.of("country", "DE", "reason", "Nicht für KI"));
    }

    private static StepRecord stepOfType(RunResult result, String type, int nth) {
        return result.record().steps().stream().filter(s -> s.type().equals(type)).skip(nth).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_form_in_two_parts_is_moved_on_by_its_next_and_sent_once_with_both_parts(Markup markup) {
        replica.scenario().cookieDialog(false).markup(markup).language("de").formSteps(true);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = live(person);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(stepOfType(result, "fill", 1).note()).hasValueSatisfying(note -> assertThat(note)
                .contains("clicked 'Weiter' to show the form's next part"));
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement().satisfies(sent ->
                assertThat(sent.fields()).containsEntry("country", "DE").containsEntry("countryName", "Deutschland")
                        .containsEntry("email", replica.scenario().accountEmail())
                        .containsEntry("reason", "Nicht für KI"));
        assertThat(person.transcript()).contains("Deutschland (DE)", "(as the page filled it in)");
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_form_in_a_dialog_is_opened_by_its_button_and_sent_once(Markup markup) {
        replica.scenario().markup(markup).language("de").formInDialog(true);

        RunResult result = live(new ScriptedPerson().answering("y"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(result.record().steps()).anySatisfy(step -> assertThat(step.note().orElse(""))
                .contains("clicked 'Widerspruchsanfrage einreichen', which opens the form in a dialog"));
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement().satisfies(sent ->
                assertThat(sent.fields()).containsEntry("country", "DE").containsEntry("reason", "Nicht für KI"));
    }

    @Test
    void a_form_in_two_parts_inside_a_dialog_is_opened_moved_on_and_sent_once() {
        replica.scenario().markup(Markup.REACT).language("fr").formInDialog(true).formSteps(true).aiGate(true);

        RunResult result = run(PACK, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "FR"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement().satisfies(sent ->
                assertThat(sent.fields()).containsEntry("country", "FR").containsEntry("countryName", "France"));
    }

    @Test
    void a_dry_run_of_a_form_in_two_parts_says_it_would_click_next_and_sends_nothing() {
        replica.scenario().cookieDialog(false).language("de").formSteps(true);

        RunResult result = run(PACK, Mode.DRY_RUN, new ScriptedPerson(), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(stepOfType(result, "fill", 1).status()).isEqualTo(StepStatus.WOULD_DO);
        assertThat(stepOfType(result, "fill", 1).note()).hasValueSatisfying(note -> assertThat(note)
                .contains("a live run clicks 'Weiter'"));
        assertThat(replica.recorder().submissions()).isEmpty();
    }
}
