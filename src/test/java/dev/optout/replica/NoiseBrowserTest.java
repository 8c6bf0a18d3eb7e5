package dev.optout.replica;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The noise knob in a real browser: the same seed builds the same page and another seed another; the clone, the
 * templates, the live regions, the hidden copies and the off-screen menu are there; nothing done to a decoy sends,
 * and the real form looks and sends as without noise.
 */
class NoiseBrowserTest {
    private static final String FORM = ObjectionForm.FACEBOOK.path();
    private static final String TITLE = "Object to your information being used for AI at Meta";
    private static final String REASON = "Please explain how this processing impacts you";
    /** Attributes whose values are generated afresh on each render (or point at such values). */
    private static final String SERIALISED_DOM = """
            var generated = ['class', 'id', 'name', 'aria-labelledby', 'aria-controls', 'aria-describedby',
                'aria-activedescendant', 'for'];
            function serialise(node) {
              if (node.nodeType === Node.TEXT_NODE) return node.textContent;
              if (node.nodeType !== Node.ELEMENT_NODE || node.tagName === 'SCRIPT') return '';
              var attributes = Array.from(node.attributes).map(function (a) {
                return a.name + '=' + (generated.indexOf(a.name) >= 0 ? '*' : a.value);
              }).join(' ');
              var children = node.tagName === 'TEMPLATE' ? node.content.childNodes : node.childNodes;
              return '<' + node.tagName.toLowerCase() + ' ' + attributes + '>'
                  + Array.from(children).map(serialise).join('') + '</>';
            }
            return serialise(document.body);
            """;
    /** The real form's card: the one holding the title outside the aria-hidden clone. */
    private static final String REAL_CARD = "Array.from(document.querySelectorAll('h2')).filter(function (h) {"
            + " return !h.closest('[aria-hidden]'); })[0].parentElement";
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
        browser.reset().cookieDialog(false).renderDelayMs(0);
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void the_same_seed_builds_the_same_page_and_another_seed_another(Markup markup) {
        browser.replica.scenario().markup(markup);

        String first = pageWithNoise(1L);
        String again = pageWithNoise(1L);
        String other = pageWithNoise(2L);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(pageWithNoise(null)).isNotEqualTo(first).doesNotContain("aria-hidden=true");
    }

    @Test
    void an_aria_hidden_clone_of_the_form_stands_before_the_real_one_and_a_template_holds_another_copy() {
        browser.replica.scenario().noise(5L);
        browser.open(FORM);
        browser.byAriaLabel("select", "Country where you live");

        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) browser.script("var card = " + REAL_CARD + ";"
                + " var clone = Array.from(document.querySelectorAll('[aria-hidden=\"true\"]')).filter(function (n) {"
                + "   return n.querySelector('h2'); })[0];"
                + " var template = document.querySelector('template');"
                + " return {clone: clone.textContent.indexOf(arguments[0]) >= 0,"
                + "   before: clone.nextElementSibling === card,"
                + "   cloneFields: clone.querySelectorAll('select, input, textarea').length,"
                + "   ownIds: Array.from(clone.querySelectorAll('[id]')).every(function (n) {"
                + "     return document.querySelectorAll('[id=\"' + n.id + '\"]').length === 1; }),"
                + "   template: template.content.querySelector('form') !== null"
                + "     && template.content.textContent.indexOf(arguments[0]) >= 0};", TITLE);

        assertThat(facts).containsEntry("clone", true).containsEntry("before", true).containsEntry("cloneFields", 3L)
                .containsEntry("ownIds", true).containsEntry("template", true);
    }

    @Test
    void a_click_and_keys_in_a_visible_clone_send_nothing_and_are_recorded_as_decoys() {
        WebElement clone = pageWithVisibleClone();

        clone.findElement(By.tagName("textarea")).sendKeys("wrong place");
        clone.findElement(By.cssSelector("[role='button']:not([hidden])")).click();

        browser.waitForRecords("the clone's Send clicked", r -> r.decoys().stream()
                .anyMatch(d -> d.decoy().equals(Decoy.CLONE) && d.event().equals("click")
                        && d.target().equals("Send")));
        assertThat(browser.replica.recorder().decoys()).anyMatch(d -> d.decoy().equals(Decoy.CLONE)
                && d.event().equals("keydown") && d.target().equals(REASON));
        assertThat(browser.driver.findElements(BrowserFixture.STATUS).stream().map(WebElement::getText))
                .doesNotContain("Your objection has been submitted");

        new Select(browser.byRole("combobox", "Country where you live")).selectByValue("DE");
        browser.button("Send").click();
        browser.waitForRecords("the real objection", r -> r.submissionCount(Submission.OBJECTION) > 0);
        assertThat(browser.replica.recorder().submissions()).as("only the real form's Send posted").hasSize(1);
    }

    @Test
    void the_hidden_disabled_send_and_the_off_screen_menu_send_nothing_and_are_recorded_as_decoys() {
        browser.replica.scenario().noise(3L);
        browser.open(FORM);
        browser.byAriaLabel("select", "Country where you live");

        WebElement twin = (WebElement) browser.script("return Array.from(document.querySelectorAll("
                + "'[role=button][hidden][aria-disabled=true]')).filter(function (b) {"
                + "  return !b.closest('[aria-hidden]'); })[0];");
        assertThat(twin.isDisplayed()).isFalse();
        assertThat(twin.getDomProperty("textContent")).isEqualTo("Send");
        @SuppressWarnings("unchecked")
        Map<String, Object> menu = (Map<String, Object>) browser.script("var send = Array.from("
                + "document.querySelectorAll('[role=button], a[href]')).filter(function (n) {"
                + "  return n.textContent === 'Send' && n.getBoundingClientRect().right < 0; })[0];"
                + " var menu = send.parentElement, style = getComputedStyle(menu);"
                + " send.click(); arguments[0].click();"
                + " return {position: style.position, left: style.left, tabindex: send.getAttribute('tabindex')};",
                twin);

        assertThat(menu).containsEntry("position", "absolute").containsEntry("left", "-9999px")
                .containsEntry("tabindex", "-1");
        browser.waitForRecords("both decoys", r -> r.decoys().size() >= 2);
        assertThat(browser.replica.recorder().decoys()).extracting(Decoy::decoy)
                .contains(Decoy.OFF_SCREEN_MENU, Decoy.HIDDEN_SEND);
        assertThat(browser.replica.recorder().submissions()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void empty_and_stale_live_regions_and_visually_hidden_copies_surround_the_form(Markup markup) {
        browser.replica.scenario().noise(11L).markup(markup);
        browser.open(FORM);
        browser.byRole("combobox", "Country where you live");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> regions = (List<Map<String, Object>>) browser.script("return Array.from("
                + "document.querySelectorAll('[role=alert], [role=status], [aria-live]')).filter(function (r) {"
                + "  return !r.closest('[aria-hidden]'); }).map(function (r) {"
                + "  return {role: r.getAttribute('role') || 'live', text: r.textContent,"
                + "    shown: r.getClientRects().length > 0}; });");
        assertThat(regions).anyMatch(r -> r.get("role").equals("alert") && r.get("text").equals("")
                && r.get("shown").equals(true));
        assertThat(regions).anyMatch(r -> r.get("role").equals("status") && r.get("text").equals("")
                && r.get("shown").equals(true));
        assertThat(regions).as("a hidden region with an old message").anyMatch(r -> r.get("shown").equals(false)
                && List.of(Texts.of("en", "sendFailed"), Texts.of("en", "errorEmail"), Texts.of("en", "errorCountry"),
                        Texts.of("en", "loading")).contains(r.get("text")));
        assertThat(regions).extracting(r -> r.get("text")).doesNotContain("Your objection has been submitted");

        @SuppressWarnings("unchecked")
        List<String> hiddenCopies = (List<String>) browser.script("return Array.from("
                + "document.querySelectorAll('span')).filter(function (s) {"
                + "  var style = getComputedStyle(s); return !s.closest('[aria-hidden]') && style.position === 'absolute'"
                + "    && style.width === '1px' && style.overflow === 'hidden'; }).map(function (s) {"
                + "  return s.textContent; });");
        assertThat(hiddenCopies).contains("Send").containsAnyOf("Country where you live", "Email address", REASON);
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void the_real_form_looks_and_sends_as_it_does_without_noise(Markup markup) {
        browser.replica.scenario().markup(markup);
        browser.open(FORM);
        browser.byRole("combobox", "Country where you live");
        Object quiet = browser.script("var r = (" + REAL_CARD + ").getBoundingClientRect();"
                + " return [r.width, r.height];");

        browser.replica.scenario().noise(9L);
        browser.open(FORM);
        WebElement country = browser.byRole("combobox", "Country where you live");
        Object noisy = browser.script("var r = (" + REAL_CARD + ").getBoundingClientRect();"
                + " return [r.width, r.height];");
        assertThat(noisy).as("the real card's size").isEqualTo(quiet);

        if (markup == Markup.NATIVE) {
            new Select(country).selectByValue("DE");
        } else {
            country.click();
            browser.option("Germany").click();
        }
        browser.byRole("textbox", REASON).sendKeys("it affects me");
        browser.button("Send").click();

        browser.waitForRecords("the objection", r -> r.submissionCount(Submission.OBJECTION) == 1);
        assertThat(browser.driver.findElement(By.xpath("//*[normalize-space()='Your objection has been submitted']"))
                .isDisplayed()).isTrue();
        assertThat(browser.replica.recorder().submissions().get(0).fields()).containsEntry("country", "DE")
                .containsEntry("reason", "it affects me");
        assertThat(browser.replica.recorder().decoys()).isEmpty();
    }

    private static String pageWithNoise(Long seed) {
        browser.replica.scenario().noise(seed);
        browser.open(FORM);
        browser.byRole("combobox", "Country where you live");
        return (String) browser.script(SERIALISED_DOM);
    }

    /** The first seed whose clone is shown, on its page. */
    private static WebElement pageWithVisibleClone() {
        for (long seed = 1; seed < 20; seed++) {
            browser.replica.scenario().noise(seed);
            browser.open(FORM);
            browser.byAriaLabel("select", "Country where you live");
            WebElement clone = (WebElement) browser.script("return (" + REAL_CARD + ").previousElementSibling;");
            if (clone.isDisplayed()) {
                assertThat(clone.getDomAttribute("aria-hidden")).isEqualTo("true");
                return clone;
            }
        }
        throw new AssertionError("no seed below 20 shows the clone");
    }
}
