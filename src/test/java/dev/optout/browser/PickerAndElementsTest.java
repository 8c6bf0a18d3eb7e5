package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.LocalizedText;
import dev.optout.pack.Locator;
import dev.optout.pack.LocatorKind;
import dev.optout.page.ElementFacts;
import dev.optout.page.Page;
import dev.optout.page.PageElement;
import dev.optout.testing.HeadlessChromium;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The repair's browser side in a real headless Chromium: the picker, the elements' facts, the unique locator. */
class PickerAndElementsTest {

    private static final String PAGE = "<!doctype html><html lang=en><body>"
            + "<header><a href='#me'>Jane Canary</a></header>"
            + "<h1>Object to your information being used</h1>"
            + "<label for=e>Your email</label>"
            + "<input id=e name=email type=email value='person@example.test' data-testid=email-field>"
            + "<input type=password aria-label=Password>"
            + "<div role=textbox contenteditable=true aria-label=Notes>CANARY typed text</div>"
            + "<button id=send>Submit request</button> <button>Cancel</button>"
            + "<script>window.pageEvents = [];"
            + "['pointerdown', 'mousedown', 'mouseup', 'click'].forEach(type => document.getElementById('send')"
            + ".addEventListener(type, () => window.pageEvents.push(type)));</script>"
            + "</body></html>";

    private static BrowserSession browser;
    private static Page page;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
        page = browser.pagePort();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeEach
    void load() {
        page.open("data:text/html," + URLEncoder.encode(PAGE, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @SuppressWarnings("unchecked")
    private List<Object> pageEvents() {
        return (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript("return window.pageEvents;");
    }

    @Test
    void the_picker_takes_one_click_which_the_page_s_own_handlers_never_see_and_the_next_click_is_the_page_s() {
        page.startPicker();
        browser.driver().findElement(By.id("send")).click();

        Optional<PageElement> picked = page.takePicked();

        assertThat(picked).isPresent();
        assertThat(picked.get().facts().role()).isEqualTo("button");
        assertThat(picked.get().facts().name()).isEqualTo("Submit request");
        assertThat(pageEvents()).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[data-optout-picker]"))).isEmpty();

        browser.driver().findElement(By.id("send")).click();
        assertThat(pageEvents()).contains("click");
    }

    @Test
    void without_a_click_the_picker_yields_nothing_and_leaves_the_page_as_it_was() {
        page.startPicker();

        assertThat(page.takePicked()).isEmpty();
        browser.driver().findElement(By.id("send")).click();
        assertThat(pageEvents()).contains("mousedown", "click");
    }

    @Test
    void elements_are_named_by_labels_and_texts_and_never_carry_a_value_and_the_header_is_marked() {
        List<ElementFacts> facts = page.elements().stream().map(PageElement::facts).toList();

        assertThat(facts.toString()).doesNotContain("person@example.test").doesNotContain("CANARY");
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.tag()).isEqualTo("input");
            assertThat(f.type()).isEqualTo("email");
            assertThat(f.label()).isEqualTo("Your email");
            assertThat(f.nameAttribute()).isEqualTo("email");
            assertThat(f.testId()).isEqualTo("email-field");
            assertThat(f.text()).isEmpty();
        });
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("Jane Canary");
            assertThat(f.inBanner()).isTrue();
        });
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo("password");
            assertThat(f.isForbiddenForTyping()).isTrue();
        });
        assertThat(facts).filteredOn(f -> f.name().equals("Notes")).singleElement()
                .satisfies(f -> assertThat(f.isField()).isTrue());
    }

    @Test
    void a_locator_counts_as_unique_only_when_locate_js_finds_that_element_and_no_other() {
        PageElement send = page.elements().stream().filter(e -> e.facts().name().equals("Submit request"))
                .findFirst().orElseThrow();
        PageElement email = page.elements().stream().filter(e -> e.facts().label().equals("Your email"))
                .filter(e -> e.facts().tag().equals("input")).findFirst().orElseThrow();

        assertThat(page.locatesOnly(Locator.role("button", LocalizedText.of("Submit request")), "en",
                send.element())).isTrue();
        assertThat(page.locatesOnly(Locator.role("button", LocalizedText.of("")), "en", send.element())).isFalse();
        assertThat(page.locatesOnly(Locator.of(LocatorKind.LABEL, "Your email"), "en", email.element())).isTrue();
        assertThat(page.locatesOnly(Locator.of(LocatorKind.LABEL, "Your email"), "en", send.element())).isFalse();
    }
}
