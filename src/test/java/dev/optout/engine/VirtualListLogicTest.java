package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A select-only combobox whose list renders only eight options at a time, as Meta's menus do: the wanted country is
 * brought into the list by typing its name's first letters, else by scrolling it (PageDown) to its end and again from
 * its start; it is then clicked once and read back. Nothing that could choose (Enter, Space) is ever pressed.
 */
class VirtualListLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final List<String> COUNTRIES = List.of("AF", "AL", "DZ", "AD", "AO", "AR", "AM", "AU", "AT", "AZ",
            "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IE", "IT", "LV", "LI", "LT",
            "LU", "MT", "NL", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "CH");

    @TempDir
    Path reports;

    private InMemoryRun engine;

    @BeforeEach
    void a_fresh_page() {
        engine = new InMemoryRun(reports);
    }

    /** The countries above by their German names, sorted as the page sorts them, as value, text, value, text… */
    private static String[] germanCountries(String... leftOut) {
        List<String[]> named = new ArrayList<>();
        COUNTRIES.stream().filter(code -> !List.of(leftOut).contains(code))
                .forEach(code -> named.add(new String[] {code, CountryOptions.displayName(code, "de")}));
        named.sort((a, b) -> java.text.Collator.getInstance(java.util.Locale.GERMAN).compare(a[1], b[1]));
        return named.stream().flatMap(pair -> java.util.stream.Stream.of(pair)).toArray(String[]::new);
    }

    private RunResult run(FakeElement country) {
        FakeElement send = FakeElement.button("Senden");
        send.onClick(() -> engine.page.submit("objection"));
        engine.page.route(FORM, page -> page.language("de").show(country.field("country"), send));
        Pack pack = InMemoryRun.pack(
                "inputs:",
                "  country: {type: country, required: true}",
                "targets:",
                "  country: [{role: combobox, name: {de: 'Land, in dem du lebst'}}]",
                "  send: [{role: button, name: {de: Senden}}]",
                "steps:",
                "  - open: " + FORM,
                "  - select: country",
                "    value: ${country}",
                "  - confirm: Send it?",
                "  - click: send",
                "    submits: true");
        return engine.run(pack, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));
    }

    private static String messageOf(RunResult result) {
        return result.record().message().orElse("");
    }

    @Test
    void a_country_the_list_does_not_render_is_reached_by_typing_its_name_and_sent_once() {
        FakeElement country = FakeElement.selectOnly("Land, in dem du lebst", "Land auswählen", germanCountries())
                .virtualList(8);

        RunResult result = run(country);

        assertThat(result.record().outcome()).as(messageOf(result)).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.choices()).containsExactly("<div> Land, in dem du lebst ← DE");
        assertThat(engine.page.keystrokes()).containsSubsequence(
                "<div> Land, in dem du lebst ← d", "<div> Land, in dem du lebst ← e", "<div> Land, in dem du lebst ← u")
                .noneMatch(key -> key.endsWith("← Enter") || key.endsWith("← Space"))
                .noneMatch(key -> key.endsWith("← PageDown"));
        assertThat(country.currentValue()).isEqualTo("Deutschland");
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(sent -> assertThat(sent).containsEntry("country", "Deutschland"));
        assertThat(result.record().sent()).extracting(f -> f.value()).containsExactly("Deutschland (DE)");
    }

    @Test
    void a_list_without_type_ahead_is_scrolled_page_by_page_until_the_country_shows() {
        FakeElement country = FakeElement.selectOnly("Land, in dem du lebst", "Land auswählen", germanCountries())
                .virtualList(8).withoutTypeAhead();

        RunResult result = run(country);

        assertThat(result.record().outcome()).as(messageOf(result)).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.keystrokes()).contains("<div> Land, in dem du lebst ← PageDown")
                .noneMatch(key -> key.endsWith("← Enter") || key.endsWith("← Space"));
        assertThat(engine.page.choices()).containsExactly("<div> Land, in dem du lebst ← DE");
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(sent -> assertThat(sent).containsEntry("country", "Deutschland"));
    }

    @Test
    void a_country_the_whole_list_lacks_fails_the_step_after_scrolling_to_its_end_and_nothing_is_chosen_or_sent() {
        FakeElement country = FakeElement.selectOnly("Land, in dem du lebst", "Land auswählen", germanCountries("DE"))
                .virtualList(8);

        RunResult result = run(country);

        assertThat(InMemoryRun.step(result, 2).status()).isEqualTo(StepStatus.FAILED);
        assertThat(messageOf(result)).contains("has no option for DE (")
                .contains("typed 'deutschland'", "scrolled to the list's end", "saw 39 options");
        assertThat(engine.page.choices()).isEmpty();
        assertThat(engine.page.keystrokes()).noneMatch(key -> key.endsWith("← Enter") || key.endsWith("← Space"));
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void jump_letters_are_the_first_word_in_lower_case_so_no_space_is_ever_typed() {
        assertThat(OptionHunt.jumpLetters("Vereinigtes Königreich")).isEqualTo("vereinigtes");
        assertThat(OptionHunt.jumpLetters("Ελλάδα")).isEqualTo("ελλάδα");
        assertThat(OptionHunt.jumpLetters("Bosnien und Herzegowina")).isEqualTo("bosnien");
        assertThat(OptionHunt.jumpLetters(" 1 ")).isEmpty();
    }
}
