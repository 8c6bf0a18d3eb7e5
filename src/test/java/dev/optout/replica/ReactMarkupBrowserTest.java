package dev.optout.replica;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REACT markup (meta-flows §2) in a real browser: the ARIA shape of the objection form's choices, country
 * combobox and fields, its live regions empty from the first render, and a send driven through the page itself, as a
 * person or a correct engine would drive it.
 */
class ReactMarkupBrowserTest {
    private static final String FORM = ObjectionForm.FACEBOOK.path();
    private static final String REASON = "Please explain how this processing impacts you";
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
        browser.reset().cookieDialog(false).renderDelayMs(0).markup(Markup.REACT);
    }

    @Test
    void the_gate_s_choices_are_aria_radios_in_a_radiogroup_with_a_roving_tabindex_and_no_native_input() {
        browser.replica.scenario().aiGate(true);
        browser.open(FORM);

        WebElement group = browser.byRole("radiogroup", "Is your request related to AI at Meta?");
        List<WebElement> radios = group.findElements(By.cssSelector("[role='radio']"));
        assertThat(radios).extracting(WebElement::getTagName).containsOnly("div");
        assertThat(radios).extracting(WebElement::getAccessibleName).containsExactly("Yes", "No");
        assertThat(radios).extracting(r -> r.getDomAttribute("aria-checked")).containsExactly("false", "false");
        assertThat(radios).extracting(r -> r.getDomAttribute("tabindex")).as("no radio checked: the first is in the "
                + "Tab order").containsExactly("0", "-1");
        assertThat(radios.get(0).findElement(By.tagName("span")).getDomAttribute("aria-hidden"))
                .as("the drawn circle is decoration").isEqualTo("true");
        assertThat(radios.get(0).findElements(By.xpath("./span[normalize-space()='Yes']"))).as("name in a child span")
                .hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("input[type='radio'], select, label"))).isEmpty();

        radios.get(1).click();
        assertThat(states(radios)).containsExactly("false/-1", "true/0");
        radios.get(1).sendKeys(Keys.ARROW_UP);
        assertThat(states(radios)).as("an arrow moves to the previous radio and checks it").containsExactly("true/0",
                "false/-1");
        assertThat(browser.script("return document.activeElement === arguments[0]", radios.get(0))).isEqualTo(true);
        assertThat(browser.byRole("combobox", "Country where you live").isDisplayed()).as("Yes shows the fields")
                .isTrue();
        radios.get(0).sendKeys(Keys.ARROW_DOWN);
        assertThat(states(radios)).as("and wraps past the last one").containsExactly("false/-1", "true/0");
        radios.get(0).sendKeys(Keys.SPACE);
        assertThat(states(radios)).as("Space checks the focused radio").containsExactly("true/0", "false/-1");
    }

    @Test
    void the_country_is_a_select_only_combobox_controlling_a_listbox_chosen_by_click() {
        browser.open(FORM);

        WebElement combo = browser.byRole("combobox", "Country where you live");
        assertThat(combo.getTagName()).isEqualTo("div");
        assertThat(combo.getDomAttribute("tabindex")).isEqualTo("0");
        assertThat(combo.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(combo.getDomAttribute("aria-haspopup")).isEqualTo("listbox");
        assertThat(combo.getText()).isEqualTo("Select a country");
        WebElement list = browser.driver.findElement(By.id(combo.getDomAttribute("aria-controls")));
        assertThat(list.getDomAttribute("role")).isEqualTo("listbox");
        assertThat(list.isDisplayed()).isFalse();
        assertThat(browser.driver.findElements(By.tagName("select"))).isEmpty();

        combo.click();
        assertThat(combo.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(list.isDisplayed()).isTrue();
        WebElement germany = list.findElements(By.cssSelector("[role='option']")).stream()
                .filter(o -> o.getText().equals("Germany")).findFirst().orElseThrow();
        assertThat(germany.getDomAttribute("aria-selected")).isEqualTo("false");
        germany.click();

        assertThat(combo.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(combo.getText()).isEqualTo("Germany");
        assertThat(germany.getDomAttribute("aria-selected")).isEqualTo("true");
        assertThat(list.findElements(By.cssSelector("[aria-selected='true']"))).hasSize(1);
        assertThat(browser.script("return document.activeElement === arguments[0]", combo)).as("focus stays")
                .isEqualTo(true);
    }

    @Test
    void the_combobox_opens_and_chooses_by_keyboard() {
        browser.open(FORM);
        WebElement combo = browser.byRole("combobox", "Country where you live");

        combo.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        assertThat(combo.getDomAttribute("aria-expanded")).isEqualTo("true");
        combo.sendKeys("fra");
        assertThat(activeOption(combo)).isEqualTo("France");
        combo.sendKeys(Keys.ARROW_DOWN);
        String next = activeOption(combo);
        combo.sendKeys(Keys.ARROW_UP, Keys.ENTER);
        assertThat(combo.getText()).isEqualTo("France");
        assertThat(combo.getDomAttribute("aria-expanded")).isEqualTo("false");

        combo.sendKeys(Keys.SPACE);
        assertThat(activeOption(combo)).as("it reopens on the chosen country").isEqualTo("France");
        combo.sendKeys(Keys.ARROW_DOWN, Keys.ESCAPE);
        assertThat(combo.getText()).as("Escape chooses nothing").isEqualTo("France");
        combo.sendKeys(Keys.ENTER, Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(combo.getText()).isEqualTo(next);
    }

    @Test
    void fields_are_named_by_their_visible_captions_through_aria_labelledby() {
        browser.open(FORM);

        for (String caption : List.of("Country where you live", "Email address", REASON)) {
            WebElement field = browser.byRole(caption.equals("Country where you live") ? "combobox" : "textbox",
                    caption);
            assertThat(field.getDomAttribute("aria-label")).as(caption).isNull();
            WebElement captionNode = browser.driver.findElement(By.id(field.getDomAttribute("aria-labelledby")));
            assertThat(captionNode.getText()).isEqualTo(caption);
            assertThat(captionNode.isDisplayed()).isTrue();
        }
        assertThat(browser.driver.findElements(By.cssSelector("input[aria-label], textarea[aria-label]"))).isEmpty();
        assertThat(browser.button("Send").getTagName()).isEqualTo("div");
    }

    @ParameterizedTest
    @CsvSource({"TYPEAHEAD, combobox", "LISTBOX, listbox", "RADIOGROUP, radiogroup"})
    void the_other_country_widgets_are_named_by_the_row_s_caption(CountryWidget widget, String role) {
        browser.replica.scenario().countryWidget(widget);
        browser.open(FORM);

        WebElement field = browser.byRole(role, "Country where you live");

        assertThat(field.getDomAttribute("aria-labelledby")).isNotNull();
        assertThat(browser.driver.findElements(By.cssSelector("[aria-label='Country where you live']"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("input[type='radio']"))).isEmpty();
    }

    @Test
    void the_alert_and_status_regions_are_there_and_empty_from_the_first_render() {
        browser.open(FORM);
        browser.byRole("combobox", "Country where you live");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> regions = (List<Map<String, Object>>) browser.script(
                "return Array.from(document.querySelectorAll('[role=alert], [role=status]')).map(function (r) {"
                        + " return {role: r.getAttribute('role'), text: r.textContent, rects: r.getClientRects().length};"
                        + "});");
        assertThat(regions).extracting(r -> r.get("role")).containsExactlyInAnyOrder("alert", "status");
        assertThat(regions).allSatisfy(region -> {
            assertThat(region.get("text")).isEqualTo("");
            assertThat(((Number) region.get("rects")).intValue()).as("in the layout, as Meta renders them")
                    .isEqualTo(1);
        });
    }

    @Test
    void a_send_driven_through_the_page_posts_once_and_writes_the_success_into_the_status_region() {
        browser.replica.scenario().aiGate(true);
        browser.open(FORM);
        WebElement yes = browser.byRole("radio", "Yes");
        browser.script("window.__firstStatus = document.querySelector('[role=status]');");

        yes.click();
        WebElement combo = browser.byRole("combobox", "Country where you live");
        combo.click();
        browser.option("Germany").click();
        browser.byRole("textbox", REASON).sendKeys("it affects me");
        browser.button("Send").click();

        browser.waitForRecords("the objection", r -> r.submissionCount(Submission.OBJECTION) == 1);
        assertThat(browser.statusText()).isEqualTo("Your objection has been submitted");
        assertThat(browser.script("var s = document.querySelector('[role=status]');"
                + " return s === window.__firstStatus && s.textContent;"))
                .as("the same region, written into").isEqualTo("Your objection has been submitted");
        assertThat(browser.replica.recorder().submissions()).singleElement().satisfies(submission ->
                assertThat(submission.fields()).containsExactlyInAnyOrderEntriesOf(Map.of("country", "DE",
                        "countryName", "Germany", "email", "person@example.test", "reason", "it affects me",
                        "version", "V2025")));
        assertThat(browser.driver.findElements(By.cssSelector("form"))).as("the form gave way").isEmpty();
        browser.waitForRecords("keys into a field named by its caption", r -> r.keystrokesInto(REASON) > 0);
    }

    @Test
    void a_refused_send_writes_the_error_into_the_alert_region_and_posts_nothing() {
        browser.open(FORM);
        WebElement send = browser.button("Send");
        browser.script("window.__firstAlert = document.querySelector('[role=alert]');");

        send.click();

        assertThat(browser.alertText()).isEqualTo(Texts.of("en", "errorCountry"));
        assertThat(browser.script("return document.querySelector('[role=alert]') === window.__firstAlert"))
                .isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector("[role='alert']"))).hasSize(1);
        assertThat(browser.replica.recorder().submissions()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkbox", "switch"})
    void a_checkbox_or_switch_flips_aria_checked_on_click_and_space(String role) {
        browser.open(FORM);
        browser.byRole("combobox", "Country where you live");
        WebElement toggle = (WebElement) browser.script("var t = Replica.ariaToggle(arguments[0], 'Remember me');"
                + " document.body.appendChild(t); return t;", role);

        assertThat(toggle.getAccessibleName()).isEqualTo("Remember me");
        assertThat(toggle.getDomAttribute("aria-checked")).isEqualTo("false");
        toggle.click();
        assertThat(toggle.getDomAttribute("aria-checked")).isEqualTo("true");
        toggle.sendKeys(Keys.SPACE);
        assertThat(toggle.getDomAttribute("aria-checked")).isEqualTo("false");
    }

    @Test
    void the_third_party_form_is_sent_through_its_aria_radios_and_captioned_fields() {
        browser.open(FlowRoutes.THIRD_PARTY_FORM);
        Map<String, String> texts = FlowTexts.of("thirdPartyAiData", "en");

        browser.byRole("radio", texts.get("requestObject")).click();
        browser.byRole("textbox", texts.get("firstNameLabel")).sendKeys("Ada");
        browser.byRole("textbox", texts.get("lastNameLabel")).sendKeys("Lovelace");
        browser.byRole("textbox", texts.get("emailLabel")).sendKeys("ada@example.test");
        WebElement combo = browser.byRole("combobox", texts.get("countryLabel"));
        new Actions(browser.driver).click(combo).sendKeys("ital").sendKeys(Keys.ENTER).perform();
        browser.byRole("textbox", texts.get("promptsLabel")).sendKeys("who is Ada?");
        browser.button(texts.get("send")).click();

        browser.waitForRecords("the request", r -> r.submissionCount(Submission.THIRD_PARTY_AI_DATA) == 1);
        assertThat(browser.statusText()).isEqualTo(texts.get("success"));
        assertThat(browser.replica.recorder().submissions().get(0).fields()).containsEntry("requestTypeLabel",
                texts.get("requestObject")).containsEntry("country", "IT").containsEntry("firstName", "Ada");
    }

    @Test
    void accounts_center_s_choice_is_aria_radios_and_its_result_goes_into_the_status_region() {
        browser.open(FlowRoutes.OFF_META_FUTURE);
        Map<String, String> texts = FlowTexts.of("offMetaActivity", "en");
        browser.byRole("radiogroup", texts.get("futureHeading"));
        browser.script("window.__firstStatus = document.querySelector('[role=status]');");

        assertThat(browser.byRole("radio", texts.get("connectFuture")).getDomAttribute("aria-checked"))
                .isEqualTo("true");
        browser.byRole("radio", texts.get("disconnectFuture")).click();
        browser.button(texts.get("continue")).click();
        browser.button(texts.get("disconnect")).click();

        browser.waitForRecords("the disconnection", r -> r.submissionCount(Submission.OFF_META_FUTURE_ACTIVITY) == 1);
        assertThat(browser.statusText()).isEqualTo(texts.get("disconnected"));
        assertThat(browser.script("return document.querySelector('[role=status]') === window.__firstStatus"))
                .isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector("input"))).isEmpty();
    }

    private static List<String> states(List<WebElement> radios) {
        return radios.stream().map(r -> r.getDomAttribute("aria-checked") + "/" + r.getDomAttribute("tabindex"))
                .toList();
    }

    private static String activeOption(WebElement combo) {
        return browser.driver.findElement(By.id(combo.getDomAttribute("aria-activedescendant"))).getText();
    }
}
