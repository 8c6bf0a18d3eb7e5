package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.LocalizedText;
import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's default value in the page language, else its English one, and the one sentence that says so. */
class DefaultLanguageLogicTest {

    private static final String FORM = "https://www.facebook.com/form";

    private static final Pack PACK = InMemoryRun.pack(
            "inputs:",
            "  reason:",
            "    type: text",
            "    default: {en: I object., sv: Jag invänder.}",
            "targets:",
            "  reason: [{label: Reason}]",
            "steps:",
            "  - open: " + FORM,
            "  - fill: reason",
            "    value: ${reason}");

    @TempDir
    Path reports;

    private FakeElement fill(String pageLanguage, ScriptedPerson person, Map<String, String> given) {
        FakeElement reason = FakeElement.textarea("Reason");
        InMemoryRun engine = new InMemoryRun(reports);
        engine.page.route(FORM, page -> page.language(pageLanguage).show(reason));
        RunResult result = engine.run(PACK, Mode.LIVE, person, given);
        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.DONE);
        return reason;
    }

    @Test
    void a_page_in_a_language_the_default_has_gets_that_text_without_a_word() {
        ScriptedPerson person = new ScriptedPerson();

        assertThat(fill("sv", person, Map.of()).currentValue()).isEqualTo("Jag invänder.");
        assertThat(person.heard()).noneMatch(line -> line.contains("default"));
    }

    @Test
    void a_page_in_a_language_the_default_lacks_gets_the_english_text_and_the_person_is_told_once() {
        ScriptedPerson person = new ScriptedPerson();

        assertThat(fill("el", person, Map.of()).currentValue()).isEqualTo("I object.");
        assertThat(person.heard()).containsOnlyOnce("this page is in Greek (el); the pack's default for 'reason' has "
                + "no Greek text, so optout uses its English one (give your own with --set reason=...)");
    }

    @Test
    void a_value_the_person_gave_needs_no_notice() {
        ScriptedPerson person = new ScriptedPerson();

        assertThat(fill("el", person, Map.of("reason", "Αντιτίθεμαι.")).currentValue()).isEqualTo("Αντιτίθεμαι.");
        assertThat(person.heard()).noneMatch(line -> line.contains("default"));
    }

    @Test
    void a_language_neutral_default_serves_every_page_language() {
        assertThat(DefaultLanguageNotice.sentence("product", LocalizedText.of("facebook"), "el")).isEmpty();
        assertThat(DefaultLanguageNotice.sentence("reason", new LocalizedText(Map.of("en", "x")), "en")).isEmpty();
    }
}
