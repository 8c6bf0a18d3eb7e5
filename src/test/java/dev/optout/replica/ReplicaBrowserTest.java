package dev.optout.replica;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/** Proves in a real browser that the replica's DOM is what the Facebook objection pack looks for. */
class ReplicaBrowserTest {
    private static final String FORM = "/help/contact/6359191084165019";
    private static final By COOKIE_DIALOG = By.cssSelector("[data-testid='cookie-policy-manage-dialog']");
    private static final By DECLINE_COOKIES = By.cssSelector("[data-cookiebanner='accept_only_essential_button']");
    private static final By STATUS = By.cssSelector("[role='status']");
    private static final By ALERT = By.cssSelector("[role='alert']");

    private static ReplicaServer replica;
    private static Path profile;
    private static RemoteWebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start_replica_and_browser() throws IOException {
        replica = ReplicaServer.start(new Scenario());
        profile = Files.createTempDirectory("replica-chromium");
        // Started as the tool starts it; the cookie clearing below needs ChromeDriver's CDP command.
        driver = (RemoteWebDriver) dev.optout.testing.HeadlessChromium.start(profile).driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop_browser_and_replica() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            replica.close();
            deleteTree(profile);
        }
    }

    @BeforeEach
    void fresh_scenario_recorder_and_cookies() {
        replica.scenario().reset().renderDelayMs(100);
        replica.recorder().clear();
        BrowserFixture.clearCookies(driver, replica);
    }

    @ParameterizedTest
    @CsvSource({"de, de-DE", "fr, fr-FR", "pt, pt-BR"})
    void the_cookie_dialog_covers_the_form_until_declined_then_the_localized_form_is_found_by_aria_label(
            String lang, String htmlLang) {
        replica.scenario().language(lang).renderDelayMs(1500);
        String title = Texts.of(lang, "formTitle");

        open(FORM);
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(htmlLang);
        assertThat(driver.findElements(By.tagName("h2"))).as("nothing but a spinner before the render delay").isEmpty();

        WebElement dialog = wait.until(visibilityOfElementLocated(COOKIE_DIALOG));
        assertThat(dialog.getAriaRole()).isEqualTo("dialog");
        WebElement heading = driver.findElement(By.tagName("h2"));
        assertThat(heading.getAriaRole()).isEqualTo("heading");
        assertThat(heading.getAccessibleName()).isEqualTo(title);
        WebElement send = buttonNamed(Texts.of(lang, "send"));
        assertThatThrownBy(send::click).isInstanceOf(ElementClickInterceptedException.class);

        WebElement decline = driver.findElement(DECLINE_COOKIES);
        assertThat(decline.getText()).isEqualTo(Texts.of(lang, "declineCookies"));
        assertThat(decline.getAriaRole()).isEqualTo("button");
        decline.click();
        wait.until(invisibilityOfElementLocated(COOKIE_DIALOG));
        assertThat(driver.findElements(COOKIE_DIALOG)).isEmpty();
        assertThat(driver.manage().getCookieNamed("replica_consent")).isNotNull();

        WebElement country = byAriaLabel("select", Texts.of(lang, "countryLabel"));
        WebElement email = byAriaLabel("input", Texts.of(lang, "emailLabel"));
        WebElement reason = byAriaLabel("textarea", Texts.of(lang, "reasonLabel"));
        assertThat(country.getAriaRole()).isEqualTo("combobox");
        assertThat(country.getAccessibleName()).isEqualTo(Texts.of(lang, "countryLabel"));
        assertThat(email.getAriaRole()).isEqualTo("textbox");
        assertThat(email.getDomProperty("value")).isEqualTo("person@example.test");
        assertThat(reason.getAccessibleName()).isEqualTo(Texts.of(lang, "reasonLabel"));
        for (WebElement field : List.of(country, email, reason)) {
            assertThat(field.getDomAttribute("id")).isNull();
            assertThat(field.getDomAttribute("name")).matches("Field\\d{7}");
        }
        assertThat(driver.findElements(By.tagName("label"))).isEmpty();
    }

    @Test
    void filling_and_clicking_send_records_exactly_one_objection_and_every_keystroke() {
        replica.scenario().cookieDialog(false);
        open(FORM);

        new Select(byAriaLabel("select", "Country where you live")).selectByValue("DE");
        WebElement email = byAriaLabel("input", "Email address");
        email.clear();
        email.sendKeys("canary@example.test");
        byAriaLabel("textarea", "Please explain how this processing impacts you").sendKeys("it affects me");
        buttonNamed("Send").click();

        assertThat(wait.until(visibilityOfElementLocated(STATUS)).getText()).isEqualTo("Your objection has been submitted");
        assertThat(replica.recorder().submissions()).singleElement().satisfies(submission -> {
            assertThat(submission.form()).isEqualTo("objection");
            assertThat(submission.fields()).containsExactlyInAnyOrderEntriesOf(Map.of("country", "DE",
                    "countryName", "Germany", "email", "canary@example.test", "reason", "it affects me",
                    "version", "V2025"));
        });
        String reasonLabel = "Please explain how this processing impacts you";
        waitForKeystrokes(reasonLabel, "it affects me".length());
        assertThat(keystrokesInto("Email address")).isGreaterThanOrEqualTo("canary@example.test".length());
        assertThat(replica.recorder().keystrokes())
                .allSatisfy(k -> assertThat(k).extracting("path", "origin").containsExactly(FORM, replica.baseUrl()));
    }

    @Test
    void an_invalid_form_shows_an_alert_and_sends_nothing() {
        replica.scenario().cookieDialog(false).formVersion(FormVersion.V2024).language("es");
        open(FORM);

        buttonNamed("Enviar").click();
        assertThat(wait.until(visibilityOfElementLocated(ALERT)).getText()).isEqualTo(Texts.of("es", "errorCountry"));

        new Select(byAriaLabel("select", "País de residencia")).selectByValue("ES");
        buttonNamed("Enviar").click();
        wait.until(d -> d.findElement(ALERT).getText().equals(Texts.of("es", "errorReason")));

        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(driver.findElements(STATUS)).isEmpty();
    }

    @Test
    void the_2024_form_asks_for_the_emailed_code_and_accepts_only_six_digits() {
        replica.scenario().cookieDialog(false).formVersion(FormVersion.V2024).language("pl");
        open(FORM);

        new Select(byAriaLabel("select", "Kraj zamieszkania")).selectByValue("PL");
        WebElement reason = byAriaLabel("textarea", "Wyjaśnij, jak to przetwarzanie na Ciebie wpływa");
        reason.sendKeys("Dotyczy mnie.");
        buttonNamed("Wyślij").click();
        assertThat(wait.until(visibilityOfElementLocated(ALERT)).getText())
                .as("the 2024 form refuses a reason under 100 characters")
                .isEqualTo(Texts.of("pl", "errorReasonTooShort"));
        assertThat(replica.recorder().submissions()).isEmpty();
        reason.sendKeys(" Nie zgadzam się na wykorzystywanie moich postów i zdjęć do trenowania modeli sztucznej"
                + " inteligencji.");
        buttonNamed("Wyślij").click();

        String prompt = "Wpisz kod, który wysłaliśmy na Twój adres e-mail";
        // The code page replaces the form after the send's answer: wait for its heading, not for any heading.
        WebElement heading = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.tagName("h2")).stream()
                .filter(h -> prompt.equals(h.getAccessibleName())).findFirst().orElse(null));
        assertThat(heading.isDisplayed()).isTrue();
        WebElement code = byAriaLabel("input", prompt);
        assertThat(code.getDomAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(code.getDomAttribute("inputmode")).isEqualTo("numeric");

        code.sendKeys("12345");
        buttonNamed("Potwierdź").click();
        assertThat(wait.until(visibilityOfElementLocated(ALERT)).getText()).isEqualTo(Texts.of("pl", "errorCode"));
        assertThat(driver.findElements(STATUS)).isEmpty();

        code.clear();
        code.sendKeys("654321");
        buttonNamed("Potwierdź").click();
        assertThat(wait.until(visibilityOfElementLocated(STATUS)).getText()).isEqualTo("Twój sprzeciw został wysłany");

        assertThat(replica.recorder().submissionCount("objection")).isEqualTo(1);
        assertThat(replica.recorder().submissions().get(0).fields())
                .containsEntry("country", "PL").containsEntry("countryName", "Polska").containsEntry("version", "V2024");
        assertThat(replica.recorder().submissionCount("code")).isEqualTo(2);
        assertThat(replica.recorder().submissions().get(2).fields()).containsEntry("code", "654321");
    }

    @Test
    void opaque_option_values_still_show_country_names_in_the_page_language() {
        replica.scenario().cookieDialog(false).language("de").optionValues(OptionValues.ID);
        open(FORM);

        Select country = new Select(byAriaLabel("select", "Land, in dem du lebst"));
        // One script call instead of two WebDriver round trips for each of ~250 options.
        List<String> texts = optionList(country, "text");
        List<String> values = optionList(country, "value");
        assertThat(values.get(0)).isEmpty();
        assertThat(texts.get(0)).isEqualTo("Land auswählen");
        assertThat(values.subList(1, values.size())).allMatch(v -> v.matches("\\d+")).doesNotHaveDuplicates()
                .doesNotContain("DE");
        assertThat(texts).contains("Deutschland", "Frankreich", "Polen");
        assertThat(texts.indexOf("Ägypten")).as("sorted by German collation").isLessThan(texts.indexOf("Albanien"));

        country.selectByVisibleText("Deutschland");
        String chosenValue = country.getFirstSelectedOption().getDomAttribute("value");
        buttonNamed("Senden").click();
        wait.until(visibilityOfElementLocated(STATUS));

        assertThat(replica.recorder().submissions()).singleElement().satisfies(s -> assertThat(s.fields())
                .containsEntry("country", chosenValue).containsEntry("countryName", "Deutschland"));
    }

    @Test
    void a_rerender_after_the_first_edit_replaces_the_fields_and_resets_their_values_once() throws InterruptedException {
        replica.scenario().cookieDialog(false).rerenderAfterFill(true);
        open(FORM);

        WebElement first = byAriaLabel("select", "Country where you live");
        String firstName = first.getDomAttribute("name");
        String firstClasses = first.getDomAttribute("class");
        new Select(first).selectByValue("FR");
        wait.until(stalenessOf(first));

        WebElement second = byAriaLabel("select", "Country where you live");
        assertThat(second.getDomProperty("value")).isEmpty();
        assertThat(second.getDomAttribute("name")).isNotEqualTo(firstName);
        assertThat(second.getDomAttribute("class")).isNotEqualTo(firstClasses);
        assertThat(byAriaLabel("input", "Email address").getDomProperty("value")).isEqualTo("person@example.test");

        new Select(second).selectByValue("FR");
        Thread.sleep(700);
        assertThat(second.getDomProperty("value")).as("no second re-mount on this page load").isEqualTo("FR");
    }

    @Test
    void the_login_wall_waits_for_the_person_then_returns_to_the_form() {
        replica.scenario().loginRequired(true).autoLoginAfterMs(800);

        open(FORM);
        assertThat(driver.getCurrentUrl()).startsWith(replica.baseUrl() + "/login/?next=");
        assertThat(driver.findElements(By.cssSelector("form[data-testid='royal_login_form'] input[name='pass']")))
                .hasSize(1);
        assertThat(driver.findElement(COOKIE_DIALOG).isDisplayed()).as("Meta asks about cookies on the login page too")
                .isTrue();

        WebElement heading = wait.until(visibilityOfElementLocated(By.tagName("h2")));
        assertThat(heading.getText()).isEqualTo("Object to your information being used for AI at Meta");
        assertThat(driver.getCurrentUrl()).isEqualTo(replica.baseUrl() + FORM);
        assertThat(driver.manage().getCookieNamed("c_user")).isNotNull();
        assertThat(replica.recorder().keystrokesOnPath("/login/")).isZero();
    }

    @Test
    void redirect_to_moves_the_rendered_form_to_another_host_and_stops_there() throws InterruptedException {
        String otherHost = "http://localhost:" + replica.port() + FORM;
        replica.scenario().cookieDialog(false).redirectTo(otherHost);

        open(FORM);
        wait.until(d -> d.getCurrentUrl().equals(otherHost));
        wait.until(visibilityOfElementLocated(By.tagName("h2")));
        Thread.sleep(500);

        assertThat(driver.getCurrentUrl()).isEqualTo(otherHost);
    }

    private static void open(String path) {
        driver.get(replica.baseUrl() + path);
    }

    private static WebElement byAriaLabel(String tag, String label) {
        return wait.until(visibilityOfElementLocated(By.cssSelector(tag + "[aria-label=\"" + label + "\"]")));
    }

    /** Role plus accessible name, as the pack finds buttons; Meta's buttons are divs, so no tag is assumed. */
    private static WebElement buttonNamed(String name) {
        return wait.until(d -> d.findElements(By.cssSelector("[role='button']")).stream()
                .filter(b -> name.equals(b.getAccessibleName()))
                .findFirst().orElse(null));
    }

    @SuppressWarnings("unchecked")
    private static List<String> optionList(Select select, String property) {
        return (List<String>) driver.executeScript(
                "return Array.from(arguments[0].options, o => o[arguments[1]]);", select.getWrappedElement(), property);
    }

    private static long keystrokesInto(String field) {
        return replica.recorder().keystrokes().stream().filter(k -> k.field().equals(field)).count();
    }

    private static void waitForKeystrokes(String field, long count) {
        new FluentWait<>(field).withTimeout(Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> "keystrokes into '" + field + "': " + keystrokesInto(field) + ", expected " + count)
                .until(f -> keystrokesInto(f) == count);
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
