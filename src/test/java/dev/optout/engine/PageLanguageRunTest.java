package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.testing.ScriptedPerson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;

/** The page language as a real Chromium reports {@code <html lang>}, reduced to its primary subtag. */
class PageLanguageRunTest extends PackRunTest {

    @Test
    void a_brazilian_page_says_pt_br_and_the_objection_is_filled_and_sent_in_portuguese() {
        replica.scenario().language("pt").cookieDialog(false);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(bundled("facebook-objection"), Mode.LIVE, person, Map.of("country", "BR"));

        assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("pt-BR");
        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(result.record().language()).isEqualTo("pt");
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement().satisfies(sent ->
                assertThat(sent.fields()).containsEntry("country", "BR").containsEntry("countryName", "Brasil")
                        .containsEntry("reason", bundled("facebook-objection").input("reason").orElseThrow()
                                .defaults().orElseThrow().in("pt").orElseThrow()));
        assertThat(person.transcript()).as("the pack speaks Portuguese: no fallback notice")
                .doesNotContain("looks for the English ones");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"de-AT, de", "en-GB, en", "pt-BR, pt", "'', en"})
    void the_page_port_reads_the_language_of_html_lang(String tag, String language) {
        browser.driver().get(replica.baseUrl() + "/");
        ((JavascriptExecutor) browser.driver()).executeScript("document.documentElement.lang = arguments[0];", tag);

        assertThat(browser.pagePort().language()).isEqualTo(language);
    }
}
