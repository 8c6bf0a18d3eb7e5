package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.Markup;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.testing.ScriptedPerson;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled facebook-objection pack, unedited, in a real Chromium against the replica's form without labels
 * ({@code --no-labels}: placeholders, an icon Send named by aria-label), and without labels in words no pack knows
 * ({@code --no-labels --reworded-labels}: every text locator of the fields and of Send misses): it completes with
 * exactly one send of the right values, native and React markup.
 */
class StructuralFormRunTest extends PackRunTest {

    private static final Pack PACK = bundled("facebook-objection");

    private static String defaultReason(String language) {
        return PACK.input("reason").orElseThrow().defaults().orElseThrow().in(language).orElseThrow();
    }

    private RunResult sendsOnce(ScriptedPerson person) {
        return sendsOnce(person, "en");
    }

    private RunResult sendsOnce(ScriptedPerson person, String language) {
        RunResult result = run(PACK, Mode.LIVE, person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(person.transcript() + "\n" + result.record().message().orElse(""))
                .isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).filteredOn(s -> s.form().equals(Submission.OBJECTION))
                .singleElement().satisfies(s -> assertThat(s.fields()).containsEntry("country", "DE")
                        .containsEntry("email", Scenario.DEFAULT_EMAIL).containsEntry("reason", defaultReason(language)));
        return result;
    }

    private static String matched(RunResult result, String target) {
        return result.record().steps().stream().filter(s -> s.target().equals(Optional.of(target)))
                .map(StepRecord::matched).flatMap(Optional::stream).findFirst().orElse("(none)");
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_form_without_labels_and_an_icon_send_completes_with_one_send(Markup markup) {
        replica.scenario().markup(markup).noLabels(true);

        RunResult result = sendsOnce(new ScriptedPerson().answering("y"));

        // The placeholders name the fields and aria-label the icon: the pack's own words still find them.
        assertThat(matched(result, "email")).isEqualTo("role=textbox name=\"Email address\"");
        assertThat(matched(result, "reason")).isEqualTo("role=textbox name=\"Please explain how this processing "
                + "impacts you\"");
        assertThat(matched(result, "send")).isEqualTo("role=button name=\"Send\"");
        // A chooser has no placeholder: with no label, only its structure tells it.
        assertThat(matched(result, "country")).isEqualTo("structure=country-chooser");
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_form_without_labels_in_words_no_pack_knows_completes_by_its_structure_with_one_send(Markup markup) {
        replica.scenario().markup(markup).noLabels(true).rewordedLabels(true);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = sendsOnce(person);

        assertThat(matched(result, "country")).isEqualTo("structure=country-chooser");
        assertThat(matched(result, "email")).isEqualTo("structure=email-field");
        assertThat(matched(result, "reason")).isEqualTo("structure=only-textarea");
        assertThat(matched(result, "send")).isEqualTo("structure=last-button");
        // The confirmation names the fields as the page does: by their (reworded) placeholders.
        assertThat(person.transcript()).contains("Your email").doesNotContain(Scenario.DEFAULT_EMAIL);
    }

    /**
     * A page in a language the pack has no texts for, in Latin, Greek and Cyrillic script: the replica's own
     * unverified translations, which no pack contains. The run says so once and goes by the form's structure, also
     * on React markup among the noise of real pages (hidden copies, decoy buttons, empty live regions).
     */
    @ParameterizedTest
    @CsvSource({"sv, NATIVE, ", "el, NATIVE, ", "bg, NATIVE, ", "sv, REACT, 7", "el, REACT, 11"})
    void a_page_in_a_language_the_pack_lacks_completes_by_its_structure_with_zero_pack_edits(String language,
            Markup markup, Long noise) {
        replica.scenario().language(language).markup(markup).noise(noise);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = sendsOnce(person, language);

        assertThat(result.record().language()).isEqualTo(language);
        assertThat(person.heard()).filteredOn(line -> line.contains("which the pack has no texts for"))
                .singleElement();
        assertThat(matched(result, "reason")).isEqualTo("structure=only-textarea");
        assertThat(matched(result, "send")).isEqualTo("structure=last-button");
    }
}
