package dev.optout.replica;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each country widget Meta ships (issue 8.2), used in a real browser the way a person uses it. */
class CountryWidgetsBrowserTest {
    private static final String FORM = ObjectionForm.FACEBOOK.path();
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
    void fresh() {
        browser.reset().cookieDialog(false);
    }

    @Test
    void the_default_is_still_the_native_select() {
        browser.open(FORM);

        WebElement country = browser.byAriaLabel("select", "Country where you live");
        new Select(country).selectByValue("AT");
        browser.button("Send").click();

        assertThat(browser.statusText()).isEqualTo("Your objection has been submitted");
        assertThat(sent()).containsEntry("country", "AT").containsEntry("countryName", "Austria");
    }

    @Test
    void the_typeahead_is_an_aria_combobox_that_filters_a_listbox_while_typing_and_a_click_chooses() {
        browser.reset().cookieDialog(false).countryWidget(CountryWidget.TYPEAHEAD).language("de");
        browser.open(FORM);

        WebElement input = browser.byAriaLabel("input", "Land, in dem du lebst");
        assertThat(input.getAriaRole()).isEqualTo("combobox");
        assertThat(input.getDomAttribute("aria-autocomplete")).isEqualTo("list");
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.driver.findElements(By.cssSelector("select"))).isEmpty();
        input.sendKeys("deu");

        WebElement list = browser.wait.until(d -> {
            WebElement listbox = d.findElement(By.id(input.getDomAttribute("aria-controls")));
            return listbox.isDisplayed() ? listbox : null;
        });
        assertThat(list.getAriaRole()).isEqualTo("listbox");
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(optionTexts(list)).containsExactly("Deutschland");
        input.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "öster");
        browser.wait.until(d -> optionTexts(list).equals(List.of("Österreich")));
        list.findElement(By.cssSelector("[role='option']")).click();

        assertThat(input.getDomProperty("value")).isEqualTo("Österreich");
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");
        browser.button("Senden").click();
        assertThat(browser.statusText()).isEqualTo("Dein Widerspruch wurde übermittelt");
        assertThat(sent()).as("the form sends the ISO code").containsEntry("country", "AT")
                .containsEntry("countryName", "Österreich");
    }

    @Test
    void in_the_typeahead_enter_picks_the_first_match_and_arrows_move_the_active_option() {
        browser.reset().cookieDialog(false).countryWidget(CountryWidget.TYPEAHEAD);
        browser.open(FORM);

        WebElement input = browser.byAriaLabel("input", "Country where you live");
        input.sendKeys("United");
        WebElement list = browser.driver.findElement(By.id(input.getDomAttribute("aria-controls")));
        browser.wait.until(d -> optionTexts(list).size() > 1);
        List<String> options = optionTexts(list);
        assertThat(options).contains("United Kingdom", "United States").allMatch(o -> o.contains("United"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        WebElement active = browser.driver.findElement(By.id(input.getDomAttribute("aria-activedescendant")));
        assertThat(active.getDomAttribute("aria-selected")).isEqualTo("true");
        assertThat(active.getText()).isEqualTo(options.get(1));
        input.sendKeys(Keys.ARROW_UP, Keys.ENTER);

        assertThat(input.getDomProperty("value")).isEqualTo(options.get(0));
        browser.button("Send").click();
        browser.statusText();
        assertThat(sent().get("countryName")).isEqualTo(options.get(0));
    }

    @Test
    void a_country_typed_into_the_typeahead_but_never_chosen_is_no_country() {
        browser.reset().cookieDialog(false).countryWidget(CountryWidget.TYPEAHEAD);
        browser.open(FORM);

        WebElement input = browser.byAriaLabel("input", "Country where you live");
        input.sendKeys("Germany");
        WebElement list = browser.driver.findElement(By.id(input.getDomAttribute("aria-controls")));
        browser.wait.until(d -> optionTexts(list).equals(List.of("Germany")));
        input.sendKeys(Keys.TAB);
        browser.button("Send").click();

        assertThat(browser.alertText()).isEqualTo(Texts.of("en", "errorCountry"));
        assertThat(browser.replica.recorder().submissions()).isEmpty();
    }

    @Test
    void nothing_matches_shows_no_results_and_no_option() {
        browser.reset().cookieDialog(false).countryWidget(CountryWidget.TYPEAHEAD).language("fr");
        browser.open(FORM);

        WebElement input = browser.byAriaLabel("input", "Pays de résidence");
        input.sendKeys("Atlantide");
        WebElement list = browser.driver.findElement(By.id(input.getDomAttribute("aria-controls")));

        browser.wait.until(d -> list.isDisplayed());
        assertThat(list.getText()).isEqualTo("Aucun résultat");
        assertThat(list.findElements(By.cssSelector("[role='option']"))).isEmpty();
    }

    @Test
    void the_listbox_without_input_chooses_by_click() {
        browser.reset().cookieDialog(false).countryWidget(CountryWidget.LISTBOX).language("it");
        browser.open(FORM);

        WebElement list = browser.byRole("listbox", "Paese in cui vivi");
        assertThat(browser.driver.findElements(By.cssSelector("input[role='combobox'], select"))).isEmpty();
        WebElement italy = list.findElements(By.cssSelector("[role='option']")).stream()
                .filter(o -> o.getText().equals("Italia")).findFirst().orElseThrow();
        browser.script("arguments[0].scrollIntoView({block: 'center'});", italy);
        italy.click();

        assertThat(italy.getDomAttribute("aria-selected")).isEqualTo("true");
        browser.button("Invia").click();
        assertThat(browser.statusText()).isEqualTo(Texts.of("it", "success"));
        assertThat(sent()).containsEntry("country", "IT").containsEntry("countryName", "Italia");
    }

    @Test
    void the_radiogroup_has_one_radio_per_country() {
        browser.reset().cookieDialog(false).countryWidget(CountryWidget.RADIOGROUP).language("nl");
        browser.open(FORM);

        WebElement group = browser.byRole("radiogroup", "Land waar je woont");
        assertThat(group.findElements(By.cssSelector("input[type='radio']"))).hasSizeGreaterThan(200);
        WebElement belgium = browser.radioLabelled("België");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", belgium);
        belgium.click();

        browser.button("Verzenden").click();
        assertThat(browser.statusText()).isEqualTo(Texts.of("nl", "success"));
        assertThat(sent()).containsEntry("country", "BE").containsEntry("countryName", "België");
    }

    @Test
    void the_third_party_form_offers_the_same_widgets() {
        browser.reset().cookieDialog(false).countryWidget(CountryWidget.TYPEAHEAD);
        browser.open(FlowRoutes.THIRD_PARTY_FORM);

        browser.radioLabelled(FlowTexts.of("thirdPartyAiData", "en", "requestObject")).click();
        browser.byAriaLabel("input", "First name").sendKeys("Alex");
        browser.byAriaLabel("input", "Last name").sendKeys("Example");
        browser.byAriaLabel("input", "Email address").sendKeys("alex@example.test");
        WebElement country = browser.byAriaLabel("input", "Country where you live");
        assertThat(country.getAriaRole()).isEqualTo("combobox");
        country.sendKeys("Irel");
        WebElement list = browser.driver.findElement(By.id(country.getDomAttribute("aria-controls")));
        browser.wait.until(d -> optionTexts(list).equals(List.of("Ireland")));
        country.sendKeys(Keys.ENTER);
        browser.byAriaLabel("textarea", FlowTexts.of("thirdPartyAiData", "en", "promptsLabel"))
                .sendKeys("Who is Alex Example?");
        browser.button("Send").click();

        assertThat(browser.statusText()).isEqualTo("Your request has been submitted");
        assertThat(browser.replica.recorder().submissionsTo(Submission.THIRD_PARTY_AI_DATA)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("country", "IE")
                        .containsEntry("countryName", "Ireland"));
    }

    private static java.util.Map<String, String> sent() {
        browser.waitForRecords("an objection", r -> r.submissionCount(Submission.OBJECTION) == 1);
        return browser.replica.recorder().submissionsTo(Submission.OBJECTION).get(0).fields();
    }

    @SuppressWarnings("unchecked")
    private static List<String> optionTexts(WebElement list) {
        return (List<String>) browser.script("return Array.from(arguments[0].querySelectorAll('[role=option]'),"
                + " o => o.textContent);", list);
    }
}
