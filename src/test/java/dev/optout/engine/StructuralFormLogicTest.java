package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.testing.FacebookFormModel;
import dev.optout.testing.ForeignFormModel;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled facebook-objection pack, unedited, on the form in languages it has no texts for: it finds the form by
 * its structure, says so once, shows the page's own labels at the confirmation, and sends once with the right values.
 * When the structure cannot tell a field either, the repair is asked at once, not after the step's full timeout.
 */
class StructuralFormLogicTest {

    private static final Pack PACK = PackRepository.bundledOnly().byId("facebook-objection").orElseThrow();

    @TempDir
    Path reports;

    private RunResult live(InMemoryRun engine, ScriptedPerson person) {
        return engine.run(PACK, Mode.LIVE, person, Map.of("country", "DE"));
    }

    /** The pack's default reason in the page's language: every supported language has one. */
    private static String defaultReason(String language) {
        return PACK.input("reason").orElseThrow().defaults().orElseThrow().in(language).orElseThrow();
    }

    private void sendsOnceByStructure(ForeignFormModel.Words words, boolean withoutLabels) {
        InMemoryRun engine = new InMemoryRun(reports);
        ForeignFormModel form = new ForeignFormModel(engine.page, words);
        if (withoutLabels) {
            form.withoutLabels();
        }
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = live(engine, person);

        assertThat(result.record().outcome()).as(person.transcript() + "\n" + result.record().message().orElse(""))
                .isEqualTo(Outcome.CONFIRMED);
        assertThat(form.objections()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("country", "DE").containsEntry("email", FacebookFormModel.ACCOUNT_EMAIL)
                .containsEntry("reason", defaultReason(words.language())));
        assertThat(result.record().language()).isEqualTo(words.language());
        assertThat(person.heard()).filteredOn(line -> line.contains("which the pack has no texts for")).singleElement()
                .asString().contains("optout goes by the form's structure");
        assertThat(result.record().steps().stream().map(StepRecord::matched).flatMap(Optional::stream).toList())
                .contains("structure=country-chooser", "structure=email-field", "structure=only-textarea",
                        "structure=last-button");
        // The page's own words, not the pack's English, name what is sent.
        assertThat(person.transcript()).contains(words.email()).contains(words.reason())
                .doesNotContain("Please explain how this processing impacts you");
    }

    @Test
    void a_swedish_form_is_filled_and_sent_once_by_its_structure_with_zero_pack_edits() {
        sendsOnceByStructure(ForeignFormModel.SWEDISH, false);
    }

    @Test
    void a_greek_form_is_filled_and_sent_once_by_its_structure_with_zero_pack_edits() {
        sendsOnceByStructure(ForeignFormModel.GREEK, false);
    }

    @Test
    void a_swedish_form_without_labels_and_an_icon_send_is_sent_once_by_its_structure() {
        sendsOnceByStructure(ForeignFormModel.SWEDISH, true);
    }

    @Test
    void a_field_the_structure_cannot_tell_fails_after_the_page_settled_not_after_the_full_timeout() {
        InMemoryRun engine = new InMemoryRun(reports);
        ForeignFormModel form = new ForeignFormModel(engine.page, ForeignFormModel.SWEDISH).withSecondTextarea();

        RunResult result = engine.run(PACK, Mode.LIVE, new ScriptedPerson(), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isNotEqualTo(Outcome.CONFIRMED);
        assertThat(form.objections()).isEmpty();
        StepRecord reason = result.record().steps().stream().filter(s -> s.target().equals(Optional.of("reason")))
                .findFirst().orElseThrow();
        assertThat(reason.ms()).isLessThan(InMemoryRun.STEP_TIMEOUT.toMillis());
        assertThat(reason.note()).hasValueSatisfying(note -> assertThat(note)
                .contains("within " + ProvableAbsence.SETTLE.toSeconds() + " s")
                .contains("the page is in Swedish (sv), which this target's texts lack")
                .contains("structure=only-textarea"));
        assertThat(engine.progress).noneMatch(line -> line.startsWith("still waiting"));
    }

    @Test
    void an_attended_run_asks_to_repair_such_a_field_at_once_and_the_repair_sends_once() {
        InMemoryRun engine = new InMemoryRun(reports);
        ForeignFormModel form = new ForeignFormModel(engine.page, ForeignFormModel.SWEDISH).withSecondTextarea();
        ScriptedPerson person = new ScriptedPerson().answering(ForeignFormModel.SWEDISH.reason(), "y", "y");
        Duration[] askedAfter = new Duration[1];
        java.time.Instant start = engine.page.clock().instant();

        RunResult result = engine.run(PACK, RunSettings.defaults(Mode.LIVE).withStepTimeout(InMemoryRun.STEP_TIMEOUT),
                new Person() {
                    @Override
                    public Optional<String> ask(String prompt) {
                        askedAfter[0] = Duration.between(start, engine.page.clock().instant());
                        return person.ask(prompt);
                    }

                    @Override
                    public boolean confirm(String question) {
                        return person.confirm(question);
                    }

                    @Override
                    public void tell(String message) {
                        person.tell(message);
                    }
                }, Map.of("country", "DE"), Optional.of(fix -> "fixes/facebook-objection.yaml"));

        assertThat(result.record().outcome()).as(person.transcript()).isEqualTo(Outcome.CONFIRMED);
        assertThat(askedAfter[0]).isLessThan(InMemoryRun.STEP_TIMEOUT);
        assertThat(person.transcript()).contains("cannot find 'reason'");
        assertThat(form.objections()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("reason", defaultReason(ForeignFormModel.SWEDISH.language())).containsEntry("other", ""));
    }
}
