package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reworded labels (issue 9's knob) and the timestamps a benchmark reads (issue 11.5), in a real browser. */
class RewordedAndTimedBrowserTest {
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

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "pt"})
    void reworded_labels_replace_the_pack_s_texts_and_the_form_still_sends(String language) {
        browser.reset().cookieDialog(false).rewordedLabels(true).language(language);
        browser.open(FORM);

        WebElement country = browser.byAriaLabel("select", Texts.of(language, "rewordedCountryLabel"));
        browser.byAriaLabel("input", Texts.of(language, "rewordedEmailLabel"));
        browser.byAriaLabel("textarea", Texts.of(language, "rewordedReasonLabel"));
        for (String key : List.of("countryLabel", "emailLabel", "reasonLabel")) {
            assertThat(browser.driver.findElements(By.cssSelector("[aria-label=\"" + Texts.of(language, key) + "\"]")))
                    .as(key).isEmpty();
            assertThat(browser.driver.findElement(By.tagName("body")).getText())
                    .doesNotContain(Texts.of(language, key));
        }
        assertThat(browser.driver.findElement(By.tagName("h2")).getText())
                .as("the title is kept, so the page is recognised").isEqualTo(Texts.of(language, "formTitle"));
        new Select(country).selectByValue("BR");
        browser.button(Texts.of(language, "rewordedSend")).click();

        assertThat(browser.statusText()).isEqualTo(Texts.of(language, "success"));
        assertThat(browser.replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }

    @Test
    void the_send_button_is_named_by_its_reworded_text_only() {
        browser.reset().cookieDialog(false).rewordedLabels(true);
        browser.open(FORM);

        browser.button("Submit request");
        assertThat(browser.driver.findElements(By.cssSelector("[role='button']")).stream()
                .map(WebElement::getAccessibleName)).doesNotContain("Send");
    }

    @Test
    void with_timestamps_each_field_and_send_report_when_they_appeared_and_were_first_used() {
        browser.reset().cookieDialog(false).timestamps(true).renderDelayMs(300);
        browser.open(FORM);
        double before = ((Number) browser.script("return performance.timeOrigin + performance.now();")).doubleValue();

        new Select(browser.byAriaLabel("select", "Country where you live")).selectByValue("DE");
        browser.byAriaLabel("textarea", "Please explain how this processing impacts you").sendKeys("because");
        browser.button("Send").click();
        browser.statusText();

        List<String> elements = List.of("Country where you live", "Email address",
                "Please explain how this processing impacts you", "Send");
        Recorder recorder = browser.replica.recorder();
        browser.waitForRecords("an appearance of each element and a first action on three",
                r -> r.timestamps().size() == 7);
        for (String element : elements) {
            assertThat(recorder.timestamps()).filteredOn(t -> t.element().equals(element)
                    && t.event().equals(ElementTimestamp.APPEARED)).as(element).singleElement()
                    .satisfies(t -> {
                        assertThat(t.path()).isEqualTo(FORM);
                        assertThat(t.at()).as("appeared after the page was opened, on the page's clock")
                                .isGreaterThan(before - 60_000).isLessThan(before + 60_000);
                    });
        }
        for (String used : List.of("Country where you live", "Please explain how this processing impacts you",
                "Send")) {
            assertThat(recorder.appearToFirstActionMs(used)).as(used).isPresent();
            assertThat(recorder.appearToFirstActionMs(used).getAsDouble()).as(used).isPositive();
        }
        assertThat(recorder.appearToFirstActionMs("Email address")).as("never touched").isEmpty();
        assertThat(recorder.timestamps()).filteredOn(t -> t.element().equals("Send")
                && t.event().equals(ElementTimestamp.FIRST_ACTION)).singleElement()
                .satisfies(t -> assertThat(t.action()).isIn("pointerdown", "mousedown", "click"));
    }

    @Test
    void with_timestamps_the_cookie_dialog_s_decline_button_reports_when_it_appeared_and_was_clicked() {
        browser.reset().timestamps(true);
        browser.open(FORM);

        browser.declineCookies();

        browser.waitForRecords("the decline button's first action",
                r -> r.appearToFirstActionMs("Decline optional cookies").isPresent());
        assertThat(browser.replica.recorder().appearToFirstActionMs("Decline optional cookies").getAsDouble())
                .isPositive();
        assertThat(browser.replica.recorder().timestamps()).filteredOn(t -> t.element().equals(
                "Decline optional cookies") && t.event().equals(ElementTimestamp.FIRST_ACTION)).singleElement()
                .satisfies(t -> assertThat(t.action()).isIn("pointerdown", "mousedown", "click"));
    }

    @Test
    void the_timestamps_are_readable_from_the_records_endpoint() throws Exception {
        browser.reset().cookieDialog(false).timestamps(true);
        browser.open(FORM);
        browser.byAriaLabel("select", "Country where you live").click();
        browser.waitForRecords("a first action", r -> r.appearToFirstActionMs("Country where you live").isPresent());

        JsonNode json = ReplicaHttp.json(new ReplicaHttp(browser.replica).get(RecordsEndpoint.TIMESTAMPS));

        assertThat(json.size()).isEqualTo(browser.replica.recorder().timestamps().size());
        assertThat(json.findValuesAsText("event")).contains(ElementTimestamp.APPEARED, ElementTimestamp.FIRST_ACTION);
        assertThat(json.get(0).path("at").isNumber()).isTrue();
    }

    @Test
    void without_the_knob_nothing_is_timed() {
        browser.open(FORM);
        new Select(browser.byAriaLabel("select", "Country where you live")).selectByValue("DE");
        browser.button("Send").click();
        browser.statusText();

        assertThat(browser.replica.recorder().timestamps()).isEmpty();
    }
}
