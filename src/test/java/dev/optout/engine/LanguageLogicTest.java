package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page language of a run: the texts the pack has for it, else English, and the one notice about that. */
class LanguageLogicTest {

    private static final String FORM = "https://www.facebook.com/form";

    private static final Pack PACK = InMemoryRun.pack(
            "targets:",
            "  title: [{role: heading, name: {en: Welcome, de: Willkommen, pl: Witamy}}]",
            "  send: [{role: button, name: {en: Send, de: Senden}}]",
            "  next: [{role: button, name: {en: Next, de: Weiter}}]",
            "  logo: [{testid: logo}]",
            "steps:",
            "  - open: " + FORM,
            "  - wait-for: [title]",
            "  - click: next",
            "  - click: send");

    @TempDir
    Path reports;

    private RunResult walk(String pageLanguage, ScriptedPerson person, FakeElement... shown) {
        InMemoryRun engine = new InMemoryRun(reports);
        engine.page.route(FORM, page -> page.language(pageLanguage).show(shown));
        return engine.run(PACK, Mode.LIVE, person, Map.of());
    }

    @Test
    void a_page_in_a_language_the_pack_lacks_is_matched_with_the_english_texts_and_the_person_is_told_once() {
        ScriptedPerson person = new ScriptedPerson();

        RunResult result = walk("pl", person, FakeElement.heading("Witamy"), FakeElement.button("Next"),
                FakeElement.button("Send"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.DONE);
        assertThat(result.record().language()).isEqualTo("pl");
        assertThat(person.heard()).containsOnlyOnce("this page is in Polish (pl); the pack has no Polish texts for "
                + "'next', 'send', so optout looks for the English ones");
        assertThat(person.heard()).hasSize(1);
    }

    @Test
    void a_page_in_a_language_the_pack_speaks_needs_no_notice() {
        ScriptedPerson person = new ScriptedPerson();

        RunResult result = walk("de", person, FakeElement.heading("Willkommen"), FakeElement.button("Weiter"),
                FakeElement.button("Senden"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.DONE);
        assertThat(person.heard()).isEmpty();
    }

    @Test
    void a_language_outside_the_list_falls_back_to_english_for_every_localized_target_and_names_them() {
        assertThat(RunLanguage.fallbackNotice(PACK, "sv")).hasValue("this page is in Swedish (sv); the pack has no "
                + "Swedish texts for 'next', 'send', 'title', so optout looks for the English ones");
        assertThat(RunLanguage.fallbackNotice(PACK, "en")).isEmpty();
    }
}
