package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** The Privacy Rights Request pack, walked by the engine in a real headless Chromium against the replica. */
class PrivacyRightsRequestRunTest extends PackRunTest {

    private static final String FORM = "/help/contact/540977946302970";
    private static final String HELP_PAGE = "/support/privacy/";
    private static final String OBJECT = "I want to object to the processing of my information";

    private static final Pack pack = bundled("privacy-rights-request");

    private RunResult run(Mode mode, Person person, Map<String, String> inputs) {
        return run(pack, mode, person, inputs);
    }

    private static String defaultReason() {
        return defaultReason("en");
    }

    private static String defaultReason(String language) {
        return pack.input("reason").orElseThrow().defaults().orElseThrow().in(language).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"facebook, Facebook", "instagram, Instagram", "messenger, Messenger"})
    void a_live_run_picks_the_product_radio_by_its_label_and_sends_one_objection(String product, String label) {
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(Mode.LIVE, person, Map.of("product", product, "reason", "CANARY-reason-7f3"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(request -> {
            assertThat(request.form()).isEqualTo(Submission.PRIVACY_RIGHTS_REQUEST);
            assertThat(request.fields()).containsEntry("productName", label).containsEntry("rightLabel", OBJECT)
                    .containsEntry("reason", "CANARY-reason-7f3");
            assertThat(request.fields().get("product")).as("an opaque radio value").matches("[0-9]+");
        });
        assertThat(person.transcript()).contains(label).doesNotContain("CANARY-reason-7f3");
        assertThat(result.record().confirmation()).hasValue("Your request has been submitted");
    }

    @Test
    void without_inputs_it_objects_for_facebook_with_the_default_reason_after_the_login_wall() {
        replica.scenario().loginRequired(true).autoLoginAfterMs(1500);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(Mode.LIVE, person, Map.of());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(request -> assertThat(request.fields())
                .containsEntry("productName", "Facebook").containsEntry("reason", defaultReason()));
        assertThat(person.transcript()).contains("log in");
    }

    @Test
    void a_dry_run_finds_every_target_before_the_send_and_sends_and_types_nothing() {
        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of("product", "instagram"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        int send = pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();
        assertThat(result.record().steps()).filteredOn(s -> s.n() <= send)
                .filteredOn(s -> List.of("check", "fill", "select", "click").contains(s.type()))
                .filteredOn(s -> s.status() != StepStatus.SKIPPED)
                // The cookie dialog is declined by the interrupt, not by a step of its own.
                .hasSize(4)
                .allSatisfy(s -> assertThat(s.matched()).as("step %d", s.n()).isPresent());
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath(FORM)).isZero();
        assertThat(browser.driver().findElements(By.cssSelector("input[type=radio]:checked"))).isEmpty();
    }

    @Test
    void in_german_a_live_run_objects_once_with_the_german_default_reason() {
        replica.scenario().language("de");

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("product", "whatsapp"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(request -> {
            assertThat(request.form()).isEqualTo(Submission.PRIVACY_RIGHTS_REQUEST);
            assertThat(request.fields()).containsEntry("productName", "WhatsApp")
                    .containsEntry("rightLabel", "Ich möchte der Verarbeitung meiner Informationen widersprechen")
                    .containsEntry("reason", defaultReason("de"));
        });
        assertThat(result.record().confirmation()).hasValue("Deine Anfrage wurde übermittelt");
    }

    @ParameterizedTest
    @CsvSource({"en", "de"})
    void a_dry_run_of_the_old_form_skips_the_2026_page_s_steps_and_sends_nothing(String language) {
        replica.scenario().language(language);

        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(statusOf(result, "product")).isEqualTo(StepStatus.WOULD_DO);
        assertThat(statusOf(result, "help-object")).isEqualTo(StepStatus.SKIPPED);
        assertThat(statusOf(result, "help-product")).isEqualTo(StepStatus.SKIPPED);
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "en, Object to or restrict the processing of my information, Your request has been submitted",
        "de, Der Verarbeitung meiner Informationen widersprechen oder sie einschränken, Deine Anfrage wurde übermittelt"})
    void since_2026_the_old_address_leads_to_help_meta_com_where_one_request_is_submitted_with_the_right_values(
            String language, String action, String success) {
        replica.scenario().privacyRequests2026(true).language(language);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(Mode.LIVE, person, Map.of("product", "instagram", "reason", "CANARY-help-2026"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(request -> {
            assertThat(request.form()).isEqualTo(Submission.META_PRIVACY_REQUEST);
            assertThat(request.fields()).containsEntry("actionLabel", action).containsEntry("productName", "Instagram")
                    .containsEntry("reason", "CANARY-help-2026");
        });
        assertThat(result.record().finalUrl()).hasValueSatisfying(url -> assertThat(url).endsWith(HELP_PAGE));
        assertThat(result.record().confirmation()).hasValue(success);
        assertThat(statusOf(result, "send")).isEqualTo(StepStatus.SKIPPED);
        assertThat(person.transcript()).doesNotContain("CANARY-help-2026");
    }

    @ParameterizedTest
    @CsvSource({"en", "de"})
    void a_dry_run_on_help_meta_com_finds_every_target_of_the_2026_page_and_sends_and_types_nothing(String language) {
        replica.scenario().privacyRequests2026(true).language(language);

        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of("product", "messenger"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(result.record().steps()).filteredOn(s -> s.status() == StepStatus.WOULD_DO)
                .filteredOn(s -> s.target().isPresent() && !s.type().equals("verify"))
                .extracting(s -> s.target().orElseThrow())
                .containsExactly("help-object", "help-product", "reason", "help-submit");
        assertThat(statusOf(result, "product")).isEqualTo(StepStatus.SKIPPED);
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath(HELP_PAGE)).isZero();
        assertThat(browser.driver().findElements(By.cssSelector("input[type=radio]:checked"))).isEmpty();
    }

    private static StepStatus statusOf(RunResult result, String target) {
        return result.record().steps().stream().filter(s -> s.target().equals(java.util.Optional.of(target)))
                .findFirst().orElseThrow().status();
    }

    @Test
    void saying_no_at_the_confirmation_sends_nothing() {
        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("n"), Map.of("product", "messenger"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(replica.recorder().submissions()).isEmpty();
    }
}
