package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.FormVersion;
import dev.optout.replica.Markup;
import dev.optout.replica.SendFault;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.testing.EditedPacks;
import dev.optout.testing.ScriptedPerson;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each outcome of a send, in a real headless Chromium against the replica's knobs, on the native markup and on the
 * markup of Meta's React pages (alert and status regions rendered empty from the start): judged from what left the
 * browser (WebDriver BiDi network events) and what changed on the page after the click. Counting what the replica
 * received proves what was and was not sent.
 */
class SendOutcomeRunTest extends PackRunTest {

    private static final Pack PACK = bundled("facebook-objection");

    private RunResult live(Pack pack) {
        return run(pack, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));
    }

    private static StepRecord last(RunResult result) {
        return result.record().steps().get(result.record().steps().size() - 1);
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_required_field_no_pack_knows_and_the_page_does_not_mark_is_a_refusal_naming_it(Markup markup) {
        // Unmarked, it escapes the listing before the confirmation: only the page's message after Send names it.
        replica.scenario().cookieDialog(false).markup(markup).extraRequiredUnmarked(true);

        RunResult result = live(PACK);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.REFUSED);
        assertThat(result.record().message().orElseThrow())
                .contains("Meta's page refused the send: it says \"Please enter your full name.\" about 'Full name'; "
                        + "nothing left the browser")
                .doesNotContain("may have reached Meta").doesNotContain("may or may not");
        assertThat(last(result).ms()).as("settled in seconds, not the 60 s wait").isLessThan(15_000);
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(result.sentSomething()).isFalse();
        assertThat(result.record().sent()).isEmpty();
        assertThat(result.record().evidence().orElseThrow().source()).startsWith("WebDriver BiDi network events");
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_second_confirmation_right_after_send_is_answered_by_its_affirmative_button_and_stays_one_send(
            Markup markup) {
        replica.scenario().cookieDialog(false).markup(markup).secondConfirmation(true);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(PACK, Mode.LIVE, person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(person.transcript()).contains("Meta's page asked again about this send (\"Submit your objection?")
                .contains("optout answered \"Submit\": your yes covers it");
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
        assertThat(result.record().sent()).as("one send of the form's three fields").hasSize(3);
        // One request, as BiDi ("POST …") or, when its event comes late on a busy machine, Resource Timing ("fetch …").
        assertThat(result.record().evidence().orElseThrow().requests()).singleElement().asString()
                .endsWith("/help/contact/submit → 200");
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_confirmation_in_other_words_is_confirmed_by_the_form_giving_way_and_quoted(Markup markup) {
        replica.scenario().cookieDialog(false).markup(markup).rewordedConfirmation(true);

        RunResult result = live(PACK);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(result.record().confirmation()).hasValue("Thanks, we received your request.");
        assertThat(result.record().evidence().orElseThrow().basis()).startsWith("the page's structure");
        assertThat(result.record().evidence().orElseThrow().requests()).singleElement().asString()
                .startsWith("POST ").endsWith("/help/contact/submit → 200");
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void meta_s_error_in_an_alert_region_rendered_empty_from_the_start_is_a_failure_once(Markup markup) {
        replica.scenario().cookieDialog(false).markup(markup).sendFault(SendFault.HTTP_500);

        RunResult result = live(PACK);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.FAILED);
        assertThat(result.record().message().orElseThrow()).contains("Something went wrong").contains("→ 500");
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
        assertThat(result.sentSomething()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_page_that_asks_for_more_in_words_the_pack_lacks_is_sent_unconfirmed_quoting_it(Markup markup) {
        replica.scenario().cookieDialog(false).markup(markup).formVersion(FormVersion.V2024);
        // The pack no longer knows the code page's words, and waits 4 s instead of 60 for Meta's answer.
        Pack blind = EditedPacks.load("facebook-objection", Map.of("Enter the code we sent to your email",
                "A code page in other words", "timeout: 60", "timeout: 4"));

        RunResult result = run(blind, Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "DE", "reason", "x".repeat(120)));

        assertThat(result.record().outcome()).as(result.record().message().orElse(""))
                .isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(result.record().message().orElseThrow()).contains("The send left the browser and came back")
                .contains("the page now shows \"Enter the code we sent to your email\"")
                .contains("Do NOT send it again");
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
        assertThat(result.sentSomething()).isTrue();
    }
}
