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

/** The off-Meta activity pack, walked by the engine in a real headless Chromium against the replica. */
class OffMetaActivityRunTest extends PackRunTest {

    private static final String PAGES = "/info_and_permissions/off_facebook_activity/";
    private static final String NEW_PAGE = "/info_and_permissions/activity_from_other_businesses/";

    private static final Pack pack = bundled("off-meta-activity");

    private RunResult run(Mode mode, Person person, Map<String, String> inputs) {
        return run(pack, mode, person, inputs);
    }

    @Test
    void a_live_run_through_cookie_dialog_and_login_wall_disconnects_future_activity_once() {
        replica.scenario().loginRequired(true).autoLoginAfterMs(1500);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(Mode.LIVE, person, Map.of());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(s -> {
            assertThat(s.form()).isEqualTo(Submission.OFF_META_FUTURE_ACTIVITY);
            assertThat(s.fields()).containsEntry("futureActivity", "disconnect");
        });
        assertThat(result.record().confirmation()).hasValue("Future activity disconnected");
        assertThat(person.transcript()).contains("log in", "Disconnect your future activity");
        assertThat(replica.recorder().keystrokesOnPath(PAGES)).isZero();
    }

    @Test
    void a_dry_run_reaches_meta_s_own_dialog_finds_every_target_and_sends_and_types_nothing() {
        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        int send = pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();
        assertThat(result.record().steps()).filteredOn(s -> s.n() <= send)
                .filteredOn(s -> !s.type().equals("confirm") && !s.type().equals("open"))
                .filteredOn(s -> s.status() != StepStatus.SKIPPED)
                .hasSize(7)
                .allSatisfy(s -> assertThat(s.matched()).as("step %d", s.n()).isPresent())
                .extracting(s -> s.target().orElseThrow())
                .contains("manage-future", "disconnect-option", "continue",
                        "disconnect-dialog", "disconnect-in-dialog");
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath(PAGES)).isZero();
    }

    @Test
    void in_german_a_live_run_disconnects_future_activity_once_and_skips_the_2026_page_s_steps() {
        replica.scenario().language("de");

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"), Map.of());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(s ->
                assertThat(s.fields()).containsEntry("futureActivity", "disconnect"));
        assertThat(result.record().confirmation()).hasValue("Zukünftige Aktivitäten getrennt");
        assertThat(statusOf(result, "save")).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void in_german_a_dry_run_finds_the_old_page_s_targets_and_sends_nothing() {
        replica.scenario().language("de").namelessDialogs(true);

        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(statusOf(result, "disconnect-dialog")).isEqualTo(StepStatus.DONE);
        assertThat(statusOf(result, "disconnect-in-dialog")).isEqualTo(StepStatus.WOULD_DO);
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "en, Don't allow Meta to use this activity to show you relevant content, Your choice has been saved",
        "de, 'Meta nicht erlauben, diese Aktivitäten zu verwenden, um dir relevante Inhalte zu zeigen', "
                + "Deine Auswahl wurde gespeichert"})
    void since_2026_the_old_address_leads_to_activity_from_other_businesses_where_one_choice_is_saved(
            String language, String dontAllow, String saved) {
        replica.scenario().offMetaActivity2026(true).language(language);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(Mode.LIVE, person, Map.of());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(s -> {
            assertThat(s.form()).isEqualTo(Submission.ACTIVITY_FROM_OTHER_BUSINESSES);
            assertThat(s.fields()).containsEntry("choice", "dont_allow").containsEntry("choiceLabel", dontAllow);
        });
        assertThat(result.record().confirmation()).hasValue(saved);
        assertThat(result.record().finalUrl()).hasValueSatisfying(url -> assertThat(url).endsWith(NEW_PAGE));
        assertThat(statusOf(result, "manage-future")).isEqualTo(StepStatus.SKIPPED);
        assertThat(statusOf(result, "disconnect-in-dialog")).isEqualTo(StepStatus.SKIPPED);
        assertThat(person.transcript()).contains("Stop Meta from using the activity other businesses share");
    }

    @ParameterizedTest
    @CsvSource({"en", "de"})
    void since_2026_a_dry_run_finds_every_target_of_the_new_page_and_chooses_and_sends_nothing(String language) {
        replica.scenario().offMetaActivity2026(true).language(language);

        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(result.record().steps()).filteredOn(s -> s.status() != StepStatus.SKIPPED)
                .filteredOn(s -> List.of("manage-use", "dont-allow", "save").contains(s.target().orElse("")))
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.matched()).as("step %d", s.n()).isPresent());
        assertThat(statusOf(result, "dont-allow")).isEqualTo(StepStatus.WOULD_DO);
        assertThat(statusOf(result, "manage-future")).isEqualTo(StepStatus.SKIPPED);
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    private static StepStatus statusOf(RunResult result, String target) {
        return result.record().steps().stream().filter(s -> s.target().equals(java.util.Optional.of(target)))
                .findFirst().orElseThrow().status();
    }

    @Test
    void saying_no_at_the_confirmation_sends_nothing() {
        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("n"), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(replica.recorder().submissions()).isEmpty();
    }
}
