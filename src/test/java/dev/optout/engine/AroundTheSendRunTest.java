package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.Markup;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.ReportWriter;
import dev.optout.report.StepRecord;
import dev.optout.testing.ScriptedPerson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * What the page asks around a send that no pack knows, in a real headless Chromium against the replica: a required
 * field the person is asked for before the yes (or, with nobody to ask, the stop before sending), a "confirm email"
 * field that takes the email again, and a security check after Send that only a person may pass. Counting what the
 * replica received proves what was and was not sent.
 */
class AroundTheSendRunTest extends PackRunTest {

    private static final Pack PACK = bundled("facebook-objection");

    /** A run with nobody at the terminal ({@code --yes}) or at the browser (headless). */
    private RunResult unattended(ScriptedPerson person) {
        RunSettings settings = RunSettings.defaults(Mode.LIVE).withStepTimeout(Duration.ofSeconds(10))
                .withAssumeYes(true).withPersonAtTheBrowser(false);
        OriginMap map = OriginMap.parse(PACK.origins().stream().map(o -> o + "=" + replica.baseUrl()).toList());
        return new Runner(person, RunListener.SILENT, Clock.systemUTC()).run(PACK, Map.of("country", "DE"), settings,
                browser.pagePort(), map, new ReportWriter(reports));
    }

    private static StepRecord last(RunResult result) {
        return result.record().steps().get(result.record().steps().size() - 1);
    }

    private String everythingReported() {
        try (Stream<Path> files = Files.walk(reports)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")
                    || f.toString().endsWith(".html")).map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).reduce("", String::concat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_required_field_no_pack_knows_is_asked_for_by_its_label_and_goes_out_in_the_one_send(Markup markup) {
        replica.scenario().cookieDialog(false).markup(markup).extraRequiredField(true);
        ScriptedPerson person = new ScriptedPerson().answering("Ada Lovelace", "y");

        RunResult result = run(PACK, Mode.LIVE, person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(person.heard().get(0)).startsWith("The page also requires \"Full name\", which the pack does "
                + "not fill. Type it here");
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("fullName", "Ada Lovelace"));
        assertThat(result.record().sent()).anySatisfy(f -> assertThat(f.field()).isEqualTo("Full name"));
        assertThat(everythingReported()).as("the name is personal: masked in the report").contains("Full name")
                .doesNotContain("Ada Lovelace");
    }

    @Test
    void with_nobody_to_ask_for_a_required_field_the_run_stops_before_sending_and_names_it() {
        replica.scenario().cookieDialog(false).extraRequiredField(true);

        RunResult result = unattended(new ScriptedPerson());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message().orElseThrow()).isEqualTo("The page requires 'Full name', which the "
                + "pack does not fill, and nobody is here to ask: optout stopped before sending. Nothing was sent; run "
                + "it again at a terminal (without --yes) to be asked for it.");
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(result.sentSomething()).isFalse();
    }

    @Test
    void a_confirm_email_field_takes_the_email_again_without_asking_and_both_go_out_equal() {
        replica.scenario().cookieDialog(false).confirmEmail(true);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(PACK, Mode.LIVE, person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(person.transcript()).doesNotContain("also requires");
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("email", Scenario.DEFAULT_EMAIL)
                        .containsEntry("confirmEmail", Scenario.DEFAULT_EMAIL));
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_security_check_after_send_with_nobody_at_the_browser_stops_at_once_saying_what_it_asks(Markup markup) {
        replica.scenario().cookieDialog(false).markup(markup).securityCheck(true);

        RunResult result = unattended(new ScriptedPerson());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.REFUSED);
        assertThat(result.record().message().orElseThrow())
                .contains("Meta's page did not send it yet: it asks for a step only a person may do (\"Security "
                        + "check: To continue, confirm that you are not a robot. I'm not a robot\")")
                .contains("and this run has nobody at the browser to do it; nothing left the browser");
        assertThat(last(result).ms()).as("at once, not after the 60 s wait").isLessThan(15_000);
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(result.sentSomething()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_security_check_the_person_passes_in_the_browser_ends_confirmed_with_one_send(Markup markup) {
        replica.scenario().cookieDialog(false).markup(markup).securityCheck(true);
        ScriptedPerson person = new ScriptedPerson().answering("y")
                .whenTold("a step only you may do", () -> passSecurityCheck(browser.driver()));

        RunResult result = run(PACK, Mode.LIVE, person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(person.transcript()).contains("Meta's page asks for a step only you may do: \"Security check: ")
                .contains("optout never types into it");
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }

    /** What a person does in the browser: ticks "I'm not a robot" (either markup), then Continue. */
    private static void passSecurityCheck(WebDriver driver) {
        driver.findElement(By.cssSelector("[role='dialog'] [role='checkbox'], [role='dialog'] input[type='checkbox']"))
                .click();
        driver.findElements(By.cssSelector("[role='dialog'] [role='button']")).stream()
                .filter(b -> b.getText().equals("Continue")).findFirst().orElseThrow().click();
    }
}
