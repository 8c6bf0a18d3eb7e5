package dev.optout.replica;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.engine.CountryOptions;
import dev.optout.pack.Countries;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The objection forms and the cookie dialog in every language the replica speaks, in a real browser: {@code <html
 * lang>}, the heading, the labels, Send and the country names in the page language, the ones beyond meta-flows'
 * eight in the project's own (unverified) words, Greek and Bulgarian in their own script.
 */
class EveryLanguageBrowserTest {
    private static BrowserFixture browser;

    @BeforeAll
    static void start() {
        browser = BrowserFixture.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeEach
    void reset() {
        browser.reset();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("dev.optout.replica.Scenario#LANGUAGES")
    void both_objection_forms_and_the_cookie_dialog_speak_the_language_with_its_html_lang(String language) {
        browser.replica.scenario().language(language);

        for (ObjectionForm form : List.of(ObjectionForm.FACEBOOK, ObjectionForm.INSTAGRAM)) {
            browser.clearCookies(browser.driver, browser.replica);
            browser.open(form.path());
            assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang"))
                    .isEqualTo(PageLanguage.htmlLang(language)).startsWith(language.equals("no") ? "nb" : language);
            assertThat(browser.wait.until(d -> d.findElement(BrowserFixture.DECLINE_COOKIES)).getText())
                    .isEqualTo(Texts.of(language, "declineCookies"));
            browser.declineCookies();

            assertThat(browser.byRole("heading", Texts.of(language, "formTitle")).getText())
                    .isEqualTo(Texts.of(language, "formTitle"));
            assertThat(browser.byAriaLabel("select", Texts.of(language, "countryLabel")).getAccessibleName())
                    .isEqualTo(Texts.of(language, "countryLabel"));
            assertThat(browser.byAriaLabel("input", Texts.of(language, "emailLabel"))).isNotNull();
            assertThat(browser.byAriaLabel("textarea", Texts.of(language, "reasonLabel"))).isNotNull();
            assertThat(browser.button(Texts.of(language, "send")).isEnabled()).isTrue();
        }
        List<String> countries = optionTexts(countrySelect(language));
        assertThat(countries).as("the browser's country names in %s are the JDK's, which optout matches", language)
                .contains(CountryOptions.displayName("DE", language), CountryOptions.displayName("SE", language),
                        CountryOptions.displayName("GR", language));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "sv|sv-SE|Tyskland|Din invändning har skickats",
            "el|el-GR|Γερμανία|Η αντίρρησή σας υποβλήθηκε",
            "bg|bg-BG|Германия|Възражението ви е подадено"})
    void a_swedish_greek_or_bulgarian_objection_is_sent_with_the_country_the_person_named_in_their_language(
            String language, String htmlLang, String germany, String success) {
        browser.replica.scenario().language(language).cookieDialog(false);
        browser.open(ObjectionForm.FACEBOOK.path());
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(htmlLang);

        String code = Countries.resolve(germany).orElseThrow();
        Select country = countrySelect(language);
        assertThat(optionTexts(country)).contains(germany).doesNotContain("Germany");
        country.selectByVisibleText(CountryOptions.displayName(code, language));
        browser.byAriaLabel("textarea", Texts.of(language, "reasonLabel")).sendKeys(Texts.of(language, "reasonLabel"));
        browser.button(Texts.of(language, "send")).click();

        assertThat(browser.statusText()).isEqualTo(success);
        assertThat(browser.replica.recorder().submissions()).singleElement().satisfies(s -> assertThat(s.fields())
                .containsEntry("country", "DE").containsEntry("countryName", germany));
    }

    private static Select countrySelect(String language) {
        return new Select(browser.byAriaLabel("select", Texts.of(language, "countryLabel")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> optionTexts(Select select) {
        WebElement element = select.getWrappedElement();
        return (List<String>) browser.script("return Array.from(arguments[0].options).map(o => o.text)", element);
    }
}
