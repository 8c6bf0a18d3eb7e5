package dev.optout.replica;

import dev.optout.browser.BrowserSession;
import dev.optout.browser.Match;
import dev.optout.browser.WebPage;
import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the pages that lead to the objection forms in a real headless Chromium, finding each link the way a pack
 * would (by role and name, and by its visible text) with the tool's own locator code.
 */
class PrivacyPagesBrowserTest {
    private static final String FACEBOOK_FORM = "/help/contact/6359191084165019";
    private static final String INSTAGRAM_FORM = "/contact/233964459562201";

    /** The targets the path packs are expected to use, in English (and German where a test walks in German). */
    private static final Pack LINKS = new PackLoader().load("privacy-links.yaml", String.join("\n",
            "format: 1",
            "id: privacy-links",
            "title: The links on the way to the objection forms",
            "origins: [https://www.facebook.com, https://privacycenter.instagram.com, https://help.instagram.com]",
            "targets:",
            "  cookie-dialog:",
            "    - testid: cookie-policy-manage-dialog",
            "  decline-cookies:",
            "    - css: '[data-cookiebanner=\"accept_only_essential_button\"]'",
            "  ai-at-meta-link:",
            "    - role: link",
            "      name: AI at Meta",
            "  ai-at-meta-text:",
            "    - text: AI at Meta",
            "  right-to-object-link:",
            "    - role: link",
            "      name: right to object",
            "  right-to-object-text:",
            "    - text:",
            "        en: right to object",
            "        de: Widerspruchsrecht",
            "  form-title:",
            "    - role: heading",
            "      name:",
            "        en: Object to your information being used for AI at Meta",
            "        de: Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta",
            "steps:",
            "  - open: https://www.facebook.com/privacy/center/",
            ""));

    private static ReplicaServer replica;
    private static BrowserSession browser;
    private static WebPage page;

    @BeforeAll
    static void start_replica_and_browser() {
        replica = ReplicaServer.start(new Scenario());
        browser = dev.optout.testing.HeadlessChromium.start();
        page = browser.page();
    }

    @AfterAll
    static void stop_browser_and_replica() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (replica != null) {
                replica.close();
            }
        }
    }

    @BeforeEach
    void fresh_scenario_recorder_and_cookies() {
        replica.scenario().reset().renderDelayMs(100);
        replica.recorder().clear();
        browser.driver().get(replica.baseUrl() + "/");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void privacy_center_then_ai_at_meta_then_right_to_object_lands_on_facebook_s_form() {
        replica.scenario().renderDelayMs(1200);
        open(PrivacyPages.CENTER);
        assertThat(page.find(LINKS.target("ai-at-meta-text"), "en")).as("nothing before the late render").isEmpty();

        declineCookies();
        Match topic = waitFor("ai-at-meta-link");
        assertThat(matching(topic)).isEqualTo(1);
        assertThat(topic.element().getTagName()).isEqualTo("a");
        assertThat(topic.element().getDomAttribute("role")).isEqualTo("link");
        assertThat(topic.element().getDomAttribute("href")).isEqualTo("/privacy/genai/");
        assertThat(topic.element().getDomAttribute("class")).matches("x[a-z0-9]+( x[a-z0-9]+)*");
        Match topicByText = waitFor("ai-at-meta-text");
        assertThat(matching(topicByText)).isEqualTo(1);
        assertThat(topic.element().findElements(By.xpath(".//*"))).contains(topicByText.element());

        page.click(topicByText.element());
        waitForPath(PrivacyPages.GENAI);
        assertThat(page.language()).isEqualTo("en");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid='cookie-policy-manage-dialog']")))
                .as("answered once for the whole origin").isEmpty();
        Match rightToObject = waitFor("right-to-object-link");
        assertThat(matching(rightToObject)).isEqualTo(1);
        assertThat(matching(waitFor("right-to-object-text"))).isEqualTo(1);

        page.click(rightToObject.element());
        waitForPath(FACEBOOK_FORM);
        assertThat(waitFor("form-title").element().getText())
                .isEqualTo("Object to your information being used for AI at Meta");
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokes()).isEmpty();
    }

    @Test
    void the_instagram_policy_s_right_to_object_is_a_plain_anchor_far_down_the_page_that_opens_instagram_s_form() {
        open(PrivacyPages.INSTAGRAM_POLICY);
        assertThat(dialogTitle()).isEqualTo("Allow the use of cookies from Instagram on this browser?");
        declineCookies();

        Match link = waitFor("right-to-object-link");
        assertThat(matching(link)).isEqualTo(1);
        assertThat(link.element().getTagName()).isEqualTo("a");
        assertThat(link.element().getDomAttribute("role")).as("a plain anchor, found by its implicit role").isNull();
        assertThat(link.element().getDomAttribute("href")).isEqualTo(INSTAGRAM_FORM);
        assertThat(waitFor("right-to-object-text").element()).isEqualTo(link.element());
        long viewport = ((Number) script("return window.innerHeight;")).longValue();
        assertThat((long) link.element().getRect().getY()).as("below the first screen of a long policy")
                .isGreaterThan(viewport);
        assertThat(section(link.element())).isEqualTo("How do we use your information for generative AI?");

        page.click(link.element());
        waitForPath(INSTAGRAM_FORM);
        waitFor("form-title");
        assertThat(browser.driver().getTitle()).endsWith("| Instagram Help Center");
        new Select(browser.driver().findElement(By.cssSelector("select[aria-label='Country where you live']")))
                .selectByValue("IE");
        browser.driver().findElements(By.cssSelector("[role='button']")).stream()
                .filter(b -> "Send".equals(b.getAccessibleName())).findFirst().orElseThrow().click();
        new FluentWait<>(replica).withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(50))
                .until(r -> !r.recorder().submissions().isEmpty());

        assertThat(replica.recorder().submissions()).singleElement().satisfies(s -> {
            assertThat(s.form()).isEqualTo(Submission.INSTAGRAM_OBJECTION);
            assertThat(s.fields()).containsEntry("country", "IE").containsEntry("email", Scenario.DEFAULT_EMAIL);
        });
    }

    @Test
    void for_a_german_account_the_pages_and_the_form_they_lead_to_speak_german() {
        replica.scenario().language("de").cookieDialog(false);

        open(PrivacyPages.GENAI);
        assertThat(page.language()).isEqualTo("de");
        page.click(waitFor("right-to-object-text").element());

        waitForPath(FACEBOOK_FORM);
        assertThat(page.language()).isEqualTo("de");
        assertThat(waitFor("form-title").element().getText())
                .isEqualTo("Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta");
    }

    @Test
    void an_anchor_in_the_address_scrolls_the_late_rendered_policy_to_its_section() {
        replica.scenario().cookieDialog(false);

        open(PrivacyPages.INSTAGRAM_POLICY + "#generative-ai");
        Match link = waitFor("right-to-object-link");

        new FluentWait<>(link.element()).withTimeout(Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(50))
                .until(e -> ((Number) script("return window.scrollY;")).longValue() > 0);
        assertThat(browser.driver().findElement(By.id("generative-ai")).getText())
                .isEqualTo("How do we use your information for generative AI?");
    }

    private static void open(String path) {
        page.open(replica.baseUrl() + path);
    }

    private static Match waitFor(String target) {
        return new FluentWait<>(LINKS.target(target)).withTimeout(Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> "no " + target + " on " + page.url())
                .until(t -> page.find(t, page.language()).orElse(null));
    }

    private static void declineCookies() {
        waitFor("cookie-dialog");
        page.click(waitFor("decline-cookies").element());
        new FluentWait<>(LINKS.target("cookie-dialog")).withTimeout(Duration.ofSeconds(5))
                .pollingEvery(Duration.ofMillis(50))
                .until(t -> page.find(t, "en").isEmpty());
    }

    private static void waitForPath(String path) {
        new FluentWait<>(path).withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> "still on " + page.url())
                .until(p -> page.url().equals(replica.baseUrl() + p));
    }

    private static String dialogTitle() {
        return waitFor("cookie-dialog").element().getDomAttribute("aria-label");
    }

    /** The text of the last heading before {@code element}: the section it stands in. */
    private static String section(WebElement element) {
        return (String) script("let node = arguments[0]; const headings = Array.from(document.querySelectorAll("
                + "'h1, h2, h3')).filter(h => h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);"
                + " return headings[headings.length - 1].textContent;", element);
    }

    private static Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    /** How many elements the locator that found {@code match} matches: a link must be unambiguous. */
    private static int matching(Match match) {
        return page.locate(match.locator(), "en").size();
    }
}
