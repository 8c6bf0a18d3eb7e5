package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The path packs click through Meta's pages to the form as a person would, then reuse the form packs' steps. */
class PathPacksRunTest extends PackRunTest {

    private RunResult run(String packId, Mode mode, String... answers) {
        return run(bundled(packId), mode, new ScriptedPerson().answering(answers), Map.of("country", "AT"));
    }

    @ParameterizedTest
    @CsvSource({"facebook-privacy-center-path, objection, objection-link",
        "instagram-policy-path, instagram-objection, objection-link"})
    void a_live_run_follows_the_links_to_the_form_without_reopening_it_and_sends_one_objection(String packId,
            String form, String link) {
        RunResult result = run(packId, Mode.LIVE, "y");

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement()
                .satisfies(s -> assertThat(s.form()).isEqualTo(form))
                .satisfies(s -> assertThat(s.fields()).containsEntry("country", "AT"));
        List<StepRecord> steps = result.record().steps();
        assertThat(steps).filteredOn(s -> s.target().orElse("").equals(link)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(StepStatus.DONE));
        assertThat(steps).filteredOn(s -> s.type().equals("open")).extracting(StepRecord::status)
                .containsExactly(StepStatus.DONE, StepStatus.SKIPPED);
        assertThat(result.record().sent()).extracting(field -> field.host()).containsOnly(
                packId.startsWith("facebook") ? "www.facebook.com" : "help.instagram.com");
    }

    @ParameterizedTest
    @CsvSource({"facebook-privacy-center-path", "instagram-policy-path"})
    void a_dry_run_clicks_through_to_the_form_and_finds_every_target_but_sends_nothing(String packId) {
        RunResult result = run(packId, Mode.DRY_RUN);

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(result.record().steps()).filteredOn(s -> s.type().equals("select")).singleElement()
                .satisfies(s -> assertThat(s.matched()).isPresent());
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"facebook-privacy-center-path, objection", "instagram-policy-path, instagram-objection"})
    void behind_the_ai_gate_in_german_the_path_reaches_the_form_without_reopening_it_and_answers_ja(String packId,
            String form) {
        replica.scenario().language("de").aiGate(true);

        RunResult result = run(packId, Mode.LIVE, "y");

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement()
                .satisfies(s -> assertThat(s.form()).isEqualTo(form));
        assertThat(result.record().steps()).filteredOn(s -> s.type().equals("open")).extracting(StepRecord::status)
                .as("the gate tells the form has begun: it is not opened again").containsExactly(StepStatus.DONE,
                        StepStatus.SKIPPED);
        assertThat(result.record().steps()).filteredOn(s -> s.target().orElse("").equals("ai-gate-yes"))
                .extracting(StepRecord::status).containsExactly(StepStatus.DONE);
    }
}
