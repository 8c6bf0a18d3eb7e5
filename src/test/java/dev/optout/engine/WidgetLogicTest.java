package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A select step on a typeahead: the country's name typed in the page language, the matching option clicked. */
class WidgetLogicTest {

    private static final String FORM = "https://www.facebook.com/form";

    private static final Pack PACK = InMemoryRun.pack(
            "inputs:",
            "  country: {type: country, required: true, label: Country}",
            "targets:",
            "  country: [{label: {en: Country, de: Land}}]",
            "  send: [{role: button, name: {en: Send, de: Senden}}]",
            "steps:",
            "  - open: " + FORM,
            "  - select: country",
            "    value: ${country}",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true");

    @TempDir
    Path reports;

    private InMemoryRun engine;
    private FakeElement country;
    private FakeElement send;

    @BeforeEach
    void a_form_with_a_typeahead() {
        engine = new InMemoryRun(reports);
        country = FakeElement.typeahead("Land", "o1", "Deutschland", "o2", "Dänemark", "o3", "Österreich")
                .field("country");
        send = FakeElement.button("Senden");
        send.onClick(() -> engine.page.submit("objection"));
    }

    private RunResult run(Mode mode, String code) {
        return engine.run(PACK, mode, new ScriptedPerson().answering("y"), Map.of("country", code));
    }

    @Test
    void the_country_s_name_in_the_page_language_is_typed_and_the_matching_option_chosen_and_read_back() {
        engine.page.route(FORM, page -> page.language("de").show(country, send));

        RunResult result = run(Mode.LIVE, "AT");

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.keystrokes()).containsExactly("<input> Land ← Österreich");
        assertThat(engine.page.choices()).containsExactly("<input> Land ← o3");
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(sent -> assertThat(sent).containsEntry("country", "Österreich"));
        assertThat(result.record().sent()).extracting(f -> f.value()).containsExactly("Österreich (AT)");
    }

    @Test
    void a_typeahead_that_dropped_its_choice_before_the_send_gets_it_typed_and_chosen_again() {
        boolean[] remounted = {false};
        // Like a React form: once, a moment after the choice, it re-mounts with its first values.
        country.onEdit(() -> {
            if (!remounted[0] && !engine.page.choices().isEmpty()) {
                remounted[0] = true;
                engine.page.after(Duration.ofMillis(50), engine.page::remount);
            }
        });
        engine.page.eachCommandTakes(Duration.ofMillis(10)).route(FORM, page -> page.language("de")
                .show(country, send));

        RunResult result = run(Mode.LIVE, "DK");

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.keystrokes()).as("typed again by the read-back")
                .containsExactly("<input> Land ← Dänemark", "<input> Land ← Dänemark");
        assertThat(engine.page.choices()).hasSize(2);
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(sent -> assertThat(sent).containsEntry("country", "Dänemark"));
    }

    @Test
    void a_typeahead_that_offers_nothing_for_the_country_fails_naming_what_was_typed_and_nothing_is_sent() {
        engine.page.route(FORM, page -> page.language("de").show(country, send));

        RunResult result = run(Mode.LIVE, "FR");

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message().orElseThrow()).startsWith("step 2 'select country' failed: typing "
                + "'Frankreich' then 'France' into 'country' offered no option for FR (");
        assertThat(result.record().message().orElseThrow()).contains("its list offered nothing");
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void the_typing_into_a_typeahead_passes_the_origin_check_of_any_typing() {
        String evil = "https://www.facebook.com.evil.test/form";
        engine.page.route(FORM, page -> {
            page.language("de");
            page.after(Duration.ofMillis(1), () -> page.navigate(evil));
        });
        engine.page.route(evil, page -> page.language("de").show(country, send));

        RunResult result = run(Mode.LIVE, "AT");

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.ABORTED);
        assertThat(result.record().message().orElseThrow()).contains("refusing to type there");
        assertThat(engine.page.keystrokes()).isEmpty();
    }

    @Test
    void a_dry_run_says_what_it_would_type_and_types_and_chooses_nothing() {
        engine.page.route(FORM, page -> page.language("de").show(country, send));

        RunResult result = run(Mode.DRY_RUN, "AT");

        assertThat(InMemoryRun.step(result, 2).status()).isEqualTo(StepStatus.WOULD_DO);
        assertThat(InMemoryRun.step(result, 2).note()).hasValue("would type \"Österreich\" into 'Land' and choose "
                + "the option that matches");
        assertThat(engine.page.keystrokes()).isEmpty();
        assertThat(engine.page.choices()).isEmpty();
    }
}
