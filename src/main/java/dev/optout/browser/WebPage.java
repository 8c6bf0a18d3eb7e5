package dev.optout.browser;

import dev.optout.pack.Locator;
import dev.optout.pack.Target;
import dev.optout.page.FieldState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The tool's tab in Selenium's terms: find targets, act on elements, read values back. Every method acts once and
 * returns, and lets Selenium's exceptions through; the engine reaches it only through {@link SeleniumPage}, which
 * translates them.
 */
public final class WebPage {

    private final WebDriver driver;

    public WebPage(WebDriver driver) {
        this.driver = driver;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The primary subtag of {@code <html lang>}, lower case; {@code en} when the page declares none. */
    public String language() {
        return primaryLanguage(js().executeScript("return document.documentElement.lang || '';"));
    }

    private static String primaryLanguage(Object lang) {
        String primary = String.valueOf(lang).split("[-_]")[0].trim().toLowerCase(Locale.ROOT);
        return primary.isEmpty() ? "en" : primary;
    }

    /** Loads a URL; Selenium's {@code TimeoutException} when it takes longer than the session's page-load limit. */
    public void open(String url) {
        driver.get(url);
    }

    /**
     * Tries the target's locators in order and returns the first element of the first that matches anything: one
     * script for all of them.
     */
    public Optional<Match> find(Target target, String language) {
        return look(List.of(target), language, false).matches().get(0);
    }

    /**
     * The page's address and language and, for each target, what {@link #find} returns, with the element's field
     * state when {@code describe}: one script, so one round trip, however many targets and locators.
     */
    @SuppressWarnings("unchecked")
    public WebLook look(List<Target> targets, String language, boolean describe) {
        List<List<List<String>>> locators = targets.stream().map(target -> target.locators().stream()
                .map(l -> List.of(l.kind().key(), l.value().in(language).orElse(""), l.role().orElse("")))
                .toList()).toList();
        Map<String, Object> seen = (Map<String, Object>) js().executeScript(Scripts.named("look.js"), locators,
                describe);
        List<Object> found = (List<Object>) seen.get("found");
        List<Optional<Match>> matches = new ArrayList<>();
        List<Optional<FieldState>> fields = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Map<String, Object> hit = (Map<String, Object>) found.get(i);
            if (hit == null) {
                matches.add(Optional.empty());
                fields.add(Optional.empty());
                continue;
            }
            Locator locator = targets.get(i).locators().get(((Number) hit.get("locator")).intValue());
            matches.add(Optional.of(new Match(targets.get(i).name(), (WebElement) hit.get("element"), locator,
                    locator.describe(language))));
            fields.add(Optional.ofNullable(hit.get("field")).map(WebPage::fieldState));
        }
        return new WebLook(String.valueOf(seen.get("url")), primaryLanguage(seen.get("lang")), matches, fields);
    }

    @SuppressWarnings("unchecked")
    public List<WebElement> locate(Locator locator, String language) {
        String value = locator.value().in(language).orElse("");
        Object found = js().executeScript(Scripts.named("locate.js"), locator.kind().key(), value,
                locator.role().orElse(""));
        return found == null ? List.of() : (List<WebElement>) found;
    }

    public FieldState describe(WebElement element) {
        return fieldState(js().executeScript(Scripts.named("describe-field.js"), element));
    }

    /** What describe-field.js returns: a map of the field's tag, type, value, state and options. */
    @SuppressWarnings("unchecked")
    private static FieldState fieldState(Object raw) {
        Map<String, Object> map = (Map<String, Object>) raw;
        List<Map<String, Object>> rawOptions = (List<Map<String, Object>>) map.getOrDefault("options", List.of());
        List<FieldState.Option> options = rawOptions.stream()
                .map(o -> new FieldState.Option(String.valueOf(o.get("value")), String.valueOf(o.get("text")),
                        Boolean.TRUE.equals(o.get("selected"))))
                .toList();
        Object value = map.get("value");
        return new FieldState(String.valueOf(map.get("tag")), String.valueOf(map.get("type")),
                Boolean.TRUE.equals(map.get("editable")), value == null ? null : value.toString(),
                Boolean.TRUE.equals(map.get("checked")), options);
    }

    public String textOf(WebElement element) {
        return element.getText();
    }

    public void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
    }

    /** Replaces the field's value with {@code text}, typed as keystrokes so the page's own handlers see it. */
    public void type(WebElement element, String text) {
        element.click();
        element.clear();
        if (!describe(element).value().isEmpty()) {
            // React-controlled fields may ignore clear(); select-all and delete goes through their handlers.
            element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        element.sendKeys(text);
    }

    /** Chooses the option with this value in a {@code <select>}, or clicks the radio with it in a radio group. */
    public void chooseOption(WebElement select, String optionValue) {
        // One script finds the option (and says whether this is a select at all), where Selenium's Select would ask
        // the browser seven times; the option is then clicked as Select clicks it.
        Object option = js().executeScript("const [s, v] = arguments; if (s.tagName !== 'SELECT') return 'none';"
                + " const o = Array.from(s.options).find(o => o.value === v); return o ? [o, o.selected] : null;",
                select, optionValue);
        if (option == null) {
            throw new NoSuchElementException("Cannot locate option with value: " + optionValue);
        }
        if (option instanceof List<?> found) {
            if (!Boolean.TRUE.equals(found.get(1))) {
                ((WebElement) found.get(0)).click();
            }
            return;
        }
        for (WebElement radio : select.findElements(By.cssSelector("input[type=radio]"))) {
            if (optionValue.equals(radio.getAttribute("value"))) {
                click(radio);
                return;
            }
        }
        throw new NoSuchElementException("no radio with value '" + optionValue + "' in the group");
    }

    public void check(WebElement element) {
        if (!describe(element).checked()) {
            click(element);
        }
    }

    /** Presses a key by its Selenium name ({@code Enter}, {@code Escape}, {@code Tab}…), in an element or the page. */
    public void press(Optional<WebElement> element, String keyName) {
        Keys key = Keys.valueOf(keyName.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (element.isPresent()) {
            element.get().sendKeys(key);
        } else {
            new Actions(driver).sendKeys(key).perform();
        }
    }

    public void highlight(WebElement element, String badge) {
        js().executeScript(Scripts.named("highlight.js"), element, badge);
    }

    /** The text of an open JavaScript alert/confirm/prompt, which the tool shows but never answers. */
    public Optional<String> openDialogText() {
        try {
            return Optional.ofNullable(driver.switchTo().alert().getText());
        } catch (NoAlertPresentException e) {
            return Optional.empty();
        }
    }

    public byte[] screenshot() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
