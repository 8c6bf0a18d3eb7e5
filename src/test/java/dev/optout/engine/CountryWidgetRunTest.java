package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.CountryWidget;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One select step for every country widget Meta ships (a select, a typeahead, a listbox, a radio group, a select-only
 * combobox, one whose list renders only the options in view), walked by
 * the engine in a real headless Chromium against the replica: no pack has to know which one the page uses today.
 */
class CountryWidgetRunTest extends PackRunTest {

    private static final Pack pack = bundled("facebook-objection");

    private static String nameIn(String code, String language) {
        return new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"SELECT, pl", "TYPEAHEAD, en", "TYPEAHEAD, de", "TYPEAHEAD, pt", "LISTBOX, fr", "LISTBOX, nl",
        "RADIOGROUP, it", "RADIOGROUP, es", "SELECT_ONLY, en", "SELECT_ONLY_VIRTUAL, de", "SELECT_ONLY_VIRTUAL, fr",
        "SELECT_ONLY_VIRTUAL, pl"})
    void a_live_run_chooses_the_country_in_the_widget_of_the_day_and_sends_it_once(CountryWidget widget,
            String language) {
        replica.scenario().cookieDialog(false).countryWidget(widget).language(language);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(pack, Mode.LIVE, person, Map.of("country", "AT"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement().satisfies(sent ->
                assertThat(sent.fields()).containsEntry("country", "AT")
                        .containsEntry("countryName", nameIn("AT", language)));
        assertThat(person.transcript()).as("the confirm summary reads the country as the page shows it")
                .contains(nameIn("AT", language) + " (AT)");
    }

    @ParameterizedTest
    @EnumSource(CountryWidget.class)
    void a_form_that_re_renders_after_the_choice_gets_it_again_before_the_send(CountryWidget widget) {
        replica.scenario().cookieDialog(false).countryWidget(widget).rerenderAfterFill(true).language("de");

        RunResult result = run(pack, Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "BE", "reason", "Neu gerendert"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement().satisfies(sent ->
                assertThat(sent.fields()).containsEntry("country", "BE").containsEntry("countryName", "Belgien")
                        .containsEntry("reason", "Neu gerendert"));
    }

    @ParameterizedTest
    @EnumSource(CountryWidget.class)
    void a_dry_run_finds_the_widget_types_and_chooses_nothing_and_sends_nothing(CountryWidget widget) {
        replica.scenario().cookieDialog(false).countryWidget(widget).language("de");

        RunResult result = run(pack, Mode.DRY_RUN, new ScriptedPerson(), Map.of("country", "AT"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(result.record().steps()).filteredOn(s -> s.type().equals("select")).singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(StepStatus.WOULD_DO);
                    assertThat(s.matched()).isPresent();
                    assertThat(s.note().orElseThrow()).contains(switch (widget) {
                        case TYPEAHEAD -> "would type \"Österreich\" into 'Land, in dem du lebst' and choose the "
                                + "option that matches";
                        // Closed, the list renders no option: what it offers shows only once it is opened.
                        case SELECT_ONLY_VIRTUAL -> "would open 'Land, in dem du lebst' and choose the option for AT";
                        default -> "would choose \"Österreich (AT)\" in 'Land, in dem du lebst'";
                    });
                });
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokes()).isEmpty();
    }
}
