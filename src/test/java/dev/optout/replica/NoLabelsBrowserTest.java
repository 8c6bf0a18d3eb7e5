package dev.optout.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code --no-labels}, in both markups: the objection form's fields carry a placeholder and no label of any kind, no
 * caption shows, and Send is an icon named by {@code aria-label} alone that still sends.
 */
class NoLabelsBrowserTest {
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
        browser.reset().cookieDialog(false).renderDelayMs(0);
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void the_fields_have_placeholders_and_no_label_and_send_is_an_icon_that_sends(Markup markup) {
        browser.replica.scenario().markup(markup).noLabels(true);
        browser.open(FORM);

        WebElement email = browser.wait.until(d -> d.findElement(By.cssSelector("input[type=email], form input")));
        WebElement reason = browser.driver.findElement(By.cssSelector("form textarea"));
        assertThat(email.getDomAttribute("placeholder")).isEqualTo(Texts.of("en", "emailLabel"));
        assertThat(reason.getDomAttribute("placeholder")).isEqualTo(Texts.of("en", "reasonLabel"));
        List<WebElement> labelled = browser.driver.findElements(By.cssSelector(
                "form [aria-label], form [aria-labelledby], form label"));
        assertThat(labelled).extracting(e -> e.getDomAttribute("aria-label")).containsExactly(Texts.of("en", "send"));
        String shown = browser.driver.findElement(By.tagName("form")).getText();
        assertThat(shown).doesNotContain(Texts.of("en", "countryLabel")).doesNotContain(Texts.of("en", "emailLabel"))
                .doesNotContain(Texts.of("en", "send"));

        WebElement send = browser.button(Texts.of("en", "send"));
        assertThat(send.getTagName()).isEqualTo(markup == Markup.NATIVE ? "button" : "div");
        assertThat(send.findElements(By.tagName("svg"))).hasSize(1);
        WebElement country = browser.driver.findElement(By.cssSelector("form select, form [role=combobox]"));
        if (country.getTagName().equals("select")) {
            new org.openqa.selenium.support.ui.Select(country).selectByValue("DE");
        } else {
            country.click();
            browser.option("Germany").click();
        }
        send.click();

        browser.waitForRecords("the objection", r -> r.submissionCount(Submission.OBJECTION) > 0);
        assertThat(browser.replica.recorder().submissions()).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("country", "DE"));
    }
}
