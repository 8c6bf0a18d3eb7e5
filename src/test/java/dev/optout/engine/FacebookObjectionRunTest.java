package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.replica.FormVersion;
import dev.optout.replica.OptionValues;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.EditedPacks;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Facebook objection pack, walked by the engine in a real headless Chromium against the replica: what needs a
 * real page (typing into its React-like fields, its select, its dialogs, the replica's flows). The engine's own
 * decisions on this pack are tested in milliseconds by {@link FacebookObjectionLogicTest}.
 */
class FacebookObjectionRunTest extends PackRunTest {

    /**
     * Long enough that the run meets the login wall after declining cookies there, even on a busy machine: with
     * 300 ms the page often logged itself in first and the wait-for-person step was rightly skipped.
     */
    private static final int LOGIN_AFTER_MS = 2000;

    private static final Pack pack = bundled("facebook-objection");

    private RunResult run(Mode mode, Person person, Map<String, String> inputs) {
        return run(pack, mode, person, inputs);
    }

    private static String defaultReason(String language) {
        return pack.input("reason").orElseThrow().defaults().orElseThrow().in(language).orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"en, V2025", "de, V2025", "fr, V2025", "it, V2025", "es, V2025", "nl, V2025", "pl, V2025", "pt, V2025",
        "en, V2024", "de, V2024", "fr, V2024", "it, V2024", "es, V2024", "nl, V2024", "pl, V2024", "pt, V2024"})
    void a_live_run_through_cookie_dialog_and_login_wall_sends_exactly_one_objection_with_the_right_values(
            String language, FormVersion version) {
        replica.scenario().language(language).formVersion(version).loginRequired(true)
                .autoLoginAfterMs(LOGIN_AFTER_MS);
        ScriptedPerson person = new ScriptedPerson().answering("y", "123456");

        RunResult result = run(Mode.LIVE, person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        List<Submission> objections = replica.recorder().submissions().stream()
                .filter(s -> s.form().equals(Submission.OBJECTION)).toList();
        assertThat(objections).hasSize(1);
        Map<String, String> sent = objections.get(0).fields();
        assertThat(sent.get("country")).isEqualTo("DE");
        assertThat(sent.get("email")).isEqualTo(Scenario.DEFAULT_EMAIL);
        assertThat(sent.get("reason")).isEqualTo(defaultReason(language));
        long codes = replica.recorder().submissionCount(Submission.CODE);
        assertThat(codes).isEqualTo(version == FormVersion.V2024 ? 1 : 0);
        assertThat(result.record().language()).isEqualTo(language);
        assertThat(result.record().confirmation()).isPresent();
        assertThat(person.transcript()).contains("log in").doesNotContain(Scenario.DEFAULT_EMAIL);
        assertThat(reports.resolve("run.json")).exists();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"en, V2025", "de, V2025", "de, V2024"})
    void behind_the_ai_gate_the_run_answers_yes_then_sends_exactly_one_objection_with_the_right_values(
            String language, FormVersion version) {
        replica.scenario().language(language).formVersion(version).aiGate(true);

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y", "123456"), Map.of("country", "AT"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).filteredOn(s -> s.form().equals(Submission.OBJECTION))
                .singleElement().satisfies(s -> assertThat(s.fields()).containsEntry("country", "AT")
                        .containsEntry("email", Scenario.DEFAULT_EMAIL)
                        .containsEntry("reason", defaultReason(language)));
        assertThat(gateStep(result).status()).isEqualTo(StepStatus.DONE);
        assertThat(gateStep(result).matched()).isPresent();
    }

    @Test
    void without_the_ai_gate_its_answer_is_skipped() {
        replica.scenario().language("de");

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(gateStep(result).status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(replica.recorder().submissions()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"en", "de"})
    void a_dry_run_behind_the_ai_gate_answers_it_finds_every_field_and_sends_nothing(String language) {
        replica.scenario().language(language).aiGate(true);

        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(gateStep(result).status()).isEqualTo(StepStatus.DONE);
        int send = pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();
        assertThat(result.record().steps()).filteredOn(s -> s.n() < send)
                .filteredOn(s -> s.type().equals("fill") || s.type().equals("select"))
                .filteredOn(s -> s.status() != StepStatus.SKIPPED).hasSize(2)
                .allSatisfy(s -> assertThat(s.matched()).as("step %d", s.n()).isPresent());
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath("/help/contact")).isZero();
    }

    private static StepRecord gateStep(RunResult result) {
        return result.record().steps().stream().filter(s -> s.target().equals(java.util.Optional.of("ai-gate-yes")))
                .findFirst().orElseThrow();
    }

    @Test
    void an_email_the_person_gives_replaces_the_pre_filled_one() {
        replica.scenario().cookieDialog(false);
        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "FR", "email", "canary+7f3@example.test", "reason", "CANARY-7f3"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        Map<String, String> sent = replica.recorder().submissions().get(0).fields();
        assertThat(sent).containsEntry("email", "canary+7f3@example.test").containsEntry("reason", "CANARY-7f3")
                .containsEntry("country", "FR");
        assertThat(result.record().sent()).extracting(f -> f.value())
                .noneMatch(v -> v.contains("canary") || v.contains("CANARY-7f3"));
    }

    @ParameterizedTest
    @CsvSource({"NAME, de", "ID, pl"})
    void the_country_is_chosen_by_its_name_whatever_the_option_values_are(OptionValues values, String language) {
        replica.scenario().optionValues(values).language(language);

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        Map<String, String> sent = replica.recorder().submissions().get(0).fields();
        assertThat(sent.get("countryName")).isEqualTo(java.util.Locale.GERMANY.getDisplayCountry(
                java.util.Locale.forLanguageTag(language)));
        assertThat(sent.get("country")).isNotEqualTo("DE");
    }

    @Test
    void a_dry_run_finds_every_target_sends_nothing_types_nothing_and_photographs_each_step() throws Exception {
        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        int send = pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();
        assertThat(result.record().steps()).filteredOn(s -> s.n() < send)
                .filteredOn(s -> s.type().equals("fill") || s.type().equals("select"))
                .hasSize(3)
                .allSatisfy(s -> {
                    assertThat(s.matched()).as("step %d", s.n()).isPresent();
                    assertThat(s.screenshot()).as("step %d", s.n()).isPresent();
                })
                .extracting(StepRecord::status)
                .containsExactly(StepStatus.WOULD_DO, StepStatus.SKIPPED, StepStatus.WOULD_DO);
        assertThat(result.record().steps()).filteredOn(s -> s.n() > send)
                .extracting(StepRecord::status).containsOnly(StepStatus.WOULD_DO);
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath("/help/contact")).isZero();
        try (Stream<Path> shots = Files.list(reports.resolve("screenshots"))) {
            assertThat(shots.count()).isGreaterThanOrEqualTo(8);
        }
        assertThat(result.record().steps()).filteredOn(s -> s.type().equals("select")).first()
                .satisfies(s -> assertThat(s.screenshot()).isPresent());
    }

    /** The person at the keyboard, who answers the page's own JavaScript dialog in the browser when told of it. */
    private static final class DialogAnsweringPerson implements Person {
        private final boolean accept;
        private final List<String> told = new java.util.ArrayList<>();

        DialogAnsweringPerson(boolean accept) {
            this.accept = accept;
        }

        @Override
        public boolean confirm(String question) {
            return true;
        }

        @Override
        public java.util.Optional<String> ask(String prompt) {
            return java.util.Optional.empty();
        }

        @Override
        public void tell(String message) {
            told.add(message);
            if (message.contains("opened a dialog")) {
                org.openqa.selenium.Alert alert = browser.driver().switchTo().alert();
                if (accept) {
                    alert.accept();
                } else {
                    alert.dismiss();
                }
            }
        }
    }

    @Test
    void a_javascript_dialog_is_shown_to_the_person_and_never_answered_for_them() throws Exception {
        replica.scenario().cookieDialog(false).confirmBeforeSend("Send your objection to Meta now?");
        Pack quick = EditedPacks.load("facebook-objection", Map.of("timeout: 60", "timeout: 5"));
        DialogAnsweringPerson declining = new DialogAnsweringPerson(false);

        RunResult result = run(quick, Mode.LIVE, declining, Map.of("country", "DE"));

        assertThat(declining.told).anySatisfy(m -> assertThat(m).contains("\"Send your objection to Meta now?\"")
                .contains("never answers dialogs"));
        assertThat(replica.recorder().submissions()).as("the tool did not press OK for the person").isEmpty();
        // The person said no to the page's question: nothing left the browser, and the outcome says so.
        assertThat(result.record().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.sentSomething()).isFalse();
    }

    @Test
    void after_the_person_accepts_the_page_s_own_dialog_the_objection_is_sent_exactly_once() {
        replica.scenario().cookieDialog(false).confirmBeforeSend("Send your objection to Meta now?");
        DialogAnsweringPerson accepting = new DialogAnsweringPerson(true);

        RunResult result = run(Mode.LIVE, accepting, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).hasSize(1);
    }

    @Test
    void a_form_that_re_renders_after_it_was_filled_gets_the_values_again_and_nothing_wrong_is_sent() {
        replica.scenario().rerenderAfterFill(true);
        String reason = "Filled before the page re-rendered";

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "IE", "email", "someone@example.org", "reason", reason));

        assertThat(replica.recorder().submissions()).allSatisfy(s -> assertThat(s.fields())
                .containsEntry("country", "IE").containsEntry("email", "someone@example.org")
                .containsEntry("reason", reason));
        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).hasSize(1);
    }
}
