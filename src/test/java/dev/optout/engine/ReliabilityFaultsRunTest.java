package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.pack.PackRepository;
import dev.optout.replica.Keystroke;
import dev.optout.replica.SendFault;
import dev.optout.replica.Submission;
import dev.optout.replica.TypingNavigation;
import dev.optout.report.Outcome;
import dev.optout.testing.EditedPacks;
import dev.optout.testing.ScriptedPerson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * reliability.md's hostile pages and faults that had no test against a real page yet (#6, #7, #8, #10, #12, #14,
 * #16, #23), in a real headless Chromium against the replica, each counting what the replica received: sends per
 * form and key presses per host and field. The table of every case and its tests is in
 * {@code src/test/java/dev/optout/reliability/README.md}.
 */
class ReliabilityFaultsRunTest extends PackRunTest {

    private static final String FORM = "/help/contact/6359191084165019";
    private static final String EMAIL_LABEL = "Email address";
    private static final String REASON_LABEL = "Please explain how this processing impacts you";
    private static final String CANARY_EMAIL = "canary+7f3@example.test";

    private static final Pack OBJECTION = bundled("facebook-objection");
    /** The objection with its waits for Meta's answer cut from 60 s to 5 s, for runs where no answer comes. */
    private static final Pack OBJECTION_QUICK = EditedPacks.load("facebook-objection",
            Map.of("timeout: 60", "timeout: 5"));

    private static String foreign() {
        return "http://localhost:" + replica.port();
    }

    private RunResult live(Pack pack, Map<String, String> inputs) {
        return run(pack, Mode.LIVE, new ScriptedPerson().answering("y"), inputs);
    }

    private static long keystrokesOffTheReplica() {
        return replica.recorder().keystrokes().stream().map(Keystroke::origin)
                .filter(origin -> !origin.equals(replica.baseUrl())).count();
    }

    @Test
    void case_6_an_allowed_address_that_redirects_off_meta_s_hosts_is_left_before_anything_is_typed() {
        replica.scenario().cookieDialog(false).redirectTo(foreign() + FORM);

        RunResult result = live(OBJECTION, Map.of("country", "DE", "email", CANARY_EMAIL));

        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("the page moved to " + foreign()).contains("Nothing was typed or sent on that page"));
        assertThat(replica.recorder().keystrokesOn(foreign())).isZero();
        assertThat(replica.recorder().submissions()).as("the email never reached the other host").isEmpty();
    }

    @Test
    void case_7_a_password_or_a_file_input_is_refused_before_a_single_key() {
        Pack password = written("password-field",
                "targets:",
                "  password: [{label: Password}]",
                "steps:",
                "  - open: https://www.facebook.com/login/",
                "  - fill: password",
                "    value: not-a-password");
        Pack upload = written("file-field",
                "targets:",
                "  screenshot: [{label: Upload a screenshot of the response}]",
                "steps:",
                "  - open: https://www.facebook.com/help/contact/510058597920541",
                "  - fill: screenshot",
                "    value: /etc/passwd");
        replica.scenario().cookieDialog(false);

        RunResult intoPassword = live(password, Map.of());
        RunResult intoFile = live(upload, Map.of());

        assertThat(intoPassword.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("target 'password' is a password input; optout never types into password, hidden or "
                        + "file inputs"));
        assertThat(intoFile.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("target 'screenshot' is a file input"));
        assertThat(List.of(intoPassword, intoFile)).extracting(r -> r.record().outcome())
                .containsOnly(Outcome.ABORTED);
        assertThat(replica.recorder().keystrokes()).isEmpty();
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void case_8_a_page_that_moves_to_another_host_after_the_email_gets_none_of_the_reason_and_nothing_is_sent() {
        replica.scenario().cookieDialog(false).navigateWhileTyping(new TypingNavigation(foreign() + FORM,
                CANARY_EMAIL.length(), EMAIL_LABEL));

        RunResult result = live(OBJECTION, Map.of("country", "DE", "email", CANARY_EMAIL, "reason", "Mine."));

        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("the page moved to " + foreign()));
        assertThat(replica.recorder().keystrokesOn(foreign(), REASON_LABEL)).isZero();
        assertThat(replica.recorder().keystrokesOn(foreign())).isLessThanOrEqualTo(GuardedTyping.CHUNK);
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void case_10_a_form_three_seconds_late_is_waited_for_and_one_that_never_shows_its_fields_is_named() {
        replica.scenario().cookieDialog(false).renderDelayMs(3000);

        RunResult late = live(OBJECTION, Map.of("country", "DE"));

        assertThat(late.record().outcome()).as(late.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isEqualTo(1);

        replica.recorder().clear();
        // Reworded labels hide a target only from a pack without structural fallbacks (a person's own may be one):
        // the bundled pack finds the form by its structure.
        replica.scenario().reset().cookieDialog(false).rewordedLabels(true);
        RunResult never = live(EditedPacks.load("facebook-objection", EditedPacks.WITHOUT_STRUCTURE),
                Map.of("country", "DE"));

        assertThat(never.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(never.record().message()).hasValueSatisfying(m -> assertThat(m).contains("no element matched '")
                .contains("[label=\"").contains("within 10 s").contains("Nothing was sent.")
                .endsWith("optout fix facebook-objection country --text \"…\""));
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} attempt(s) recorded")
    @CsvSource({"HTTP_500, 1", "CONNECTION_REFUSED, 0"})
    void case_12_a_send_that_fails_is_a_clear_error_and_is_never_retried(SendFault fault, int recorded) {
        replica.scenario().cookieDialog(false).sendFault(fault);

        RunResult result = live(OBJECTION_QUICK, Map.of("country", "DE"));

        // Meta's page answers the failed send with its error (a role=alert): the wait ends at once, as failed.
        assertThat(result.record().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("It may or may not have reached Meta: do not send again by yourself"));
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).as("one click, no retry")
                .isEqualTo(recorded);
        assertThat(result.record().steps()).filteredOn(s -> s.type().equals("click") && s.note().isEmpty())
                .hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void case_14_a_form_that_opens_in_a_new_tab_keeps_the_original_tab_and_nothing_is_typed_elsewhere() {
        replica.scenario().cookieDialog(false).linksInNewTab(true);
        String original = browser.driver().getWindowHandle();
        try {
            RunResult result = live(bundled("facebook-privacy-center-path"), Map.of("country", "DE"));

            assertThat(browser.driver().getWindowHandles()).as("the original tab").contains(original);
            assertThat(keystrokesOffTheReplica()).isZero();
            long sent = replica.recorder().submissionCount(Submission.OBJECTION);
            if (result.record().outcome() == Outcome.CONFIRMED) {
                assertThat(sent).as("the new tab was followed, its host checked, and one objection sent")
                        .isEqualTo(1);
            } else {
                assertThat(sent).as(result.record().message().orElse("")).isZero();
                assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m).contains("failed:"));
            }
        } finally {
            closeEveryTabBut(original);
        }
    }

    @Test
    void case_16_an_overlay_over_send_is_dismissed_by_the_pack_s_step_and_the_objection_is_sent_once() {
        replica.scenario().cookieDialog(false).overlayOverSend(true);
        Pack dismissing = written("dismisses-the-coachmark",
                "uses: [meta-common, meta-objection-form]",
                "inputs:",
                "  country: {type: country, required: true}",
                "targets:",
                "  got-it: [{role: button, name: Got it}, {text: Got it}]",
                "steps:",
                "  - open: https://www.facebook.com" + FORM,
                "  - wait-for: [country]",
                "  - select: country",
                "    value: ${country}",
                "  - confirm: Send it?",
                "  - click: got-it",
                "    submits: false",
                "    optional: true",
                "  - click: send",
                "    submits: true",
                "  - verify: [success]");

        RunResult result = live(dismissing, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isEqualTo(1);
    }

    @Test
    void case_16_an_overlay_over_send_that_no_step_dismisses_is_a_clear_error_and_never_clicked_around() {
        replica.scenario().cookieDialog(false).overlayOverSend(true);

        RunResult result = live(OBJECTION_QUICK, Map.of("country", "DE"));

        long sent = replica.recorder().submissionCount(Submission.OBJECTION);
        if (result.record().outcome() == Outcome.CONFIRMED) {
            // A pack or an interrupt of a later version dismisses the coachmark as a person would, with its button.
            assertThat(sent).isEqualTo(1);
        } else {
            assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
            assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                    .contains("'send' to accept a click did not happen").contains("the target is covered by")
                    .endsWith("Nothing was sent."));
            assertThat(sent).as("no script clicked Send under the coachmark").isZero();
        }
    }

    @Test
    void case_23_behind_a_login_wall_the_run_waits_for_the_person_and_types_no_credential() {
        replica.scenario().cookieDialog(false).loginRequired(true).autoLoginAfterMs(2000);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(OBJECTION, Mode.LIVE, person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(person.transcript()).contains("log in");
        assertThat(replica.recorder().keystrokesOnPath("/login")).as("nothing typed on the login page").isZero();
        assertThat(replica.recorder().keystrokesInto("Password")).isZero();
        assertThat(replica.recorder().keystrokesInto("Email or phone number")).isZero();
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isEqualTo(1);
    }

    /** A pack of the test's own, with the bundled libraries to use; format, id, title and origins added. */
    private static Pack written(String id, String... lines) {
        List<String> yaml = new ArrayList<>(List.of("format: 1", "id: " + id, "title: A pack written by a test",
                "origins: [https://www.facebook.com]"));
        yaml.addAll(List.of(lines));
        return new PackLoader().load(id + ".yaml", String.join("\n", yaml) + "\n",
                PackRepository.bundledOnly());
    }

    private static void closeEveryTabBut(String original) {
        for (String handle : Set.copyOf(browser.driver().getWindowHandles())) {
            if (!handle.equals(original)) {
                browser.driver().switchTo().window(handle).close();
            }
        }
        browser.driver().switchTo().window(original);
    }
}
