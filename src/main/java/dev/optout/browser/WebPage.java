package dev.optout.browser;

import dev.optout.pack.Languages;
import dev.optout.pack.Locator;
import dev.optout.pack.Target;
import dev.optout.page.BrokenLocator;
import dev.optout.page.CheckState;
import dev.optout.page.FieldState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        Object lang = js().executeScript("return document.documentElement.lang || '';");
        return Languages.primaryOf(String.valueOf(lang));
    }

    /** Loads a URL; Selenium's {@code TimeoutException} when it takes longer than the session's page-load limit. */
    public void open(String url) {
        driver.get(url);
    }

    /** Tries the target's locators in order and returns the first element of the first that matches anything. */
    public Optional<Match> find(Target target, String language) {
        return search(target, language, new ArrayList<>());
    }

    /**
     * As {@link #find}, in one script for all the target's locators. A locator the browser cannot evaluate (a CSS or
     * XPath it rejects, a script error) counts as no match and is added to {@code broken}, so that the target's
     * fallbacks are still tried.
     */
    public Optional<Match> search(Target target, String language, List<BrokenLocator> broken) {
        WebLook seen = look(List.of(target), language, false);
        broken.addAll(seen.broken().get(0));
        return seen.matches().get(0);
    }

    /**
     * The page's address and language and, for each target, what {@link #search} returns, with the element's field
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
        List<List<BrokenLocator>> broken = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            broken.add(new ArrayList<>());
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
        for (Map<String, Object> refused : (List<Map<String, Object>>) seen.get("broken")) {
            int target = ((Number) refused.get("target")).intValue();
            broken.get(target).add(new BrokenLocator(targets.get(target).locators().get(
                    ((Number) refused.get("locator")).intValue()), String.valueOf(refused.get("error"))));
        }
        return new WebLook(String.valueOf(seen.get("url")), Languages.primaryOf(String.valueOf(seen.get("lang"))),
                matches, fields, broken);
    }

    /** The visible elements a locator finds; none when the browser cannot evaluate it (see {@link #search}). */
    public List<WebElement> locate(Locator locator, String language) {
        Object answer = evaluate(locator, language);
        return answer instanceof Map<?, ?> ? List.of() : elements(answer);
    }

    /** What locate.js answers: the elements found, or {@code {error: …}} for a locator it could not evaluate. */
    private Object evaluate(Locator locator, String language) {
        String value = locator.value().in(language).orElse("");
        return js().executeScript(Scripts.named("locate.js"), locator.kind().key(), value, locator.role().orElse(""));
    }

    @SuppressWarnings("unchecked")
    private static List<WebElement> elements(Object answer) {
        return answer == null ? List.of() : (List<WebElement>) answer;
    }

    public FieldState describe(WebElement element) {
        return fieldState(js().executeScript(Scripts.named("describe-field.js"), element));
    }

    /** What describe-field.js returns: a map of the field's tag, type, role, value, ticked state and options. */
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
                String.valueOf(map.getOrDefault("role", "")), Boolean.TRUE.equals(map.get("editable")),
                value == null ? null : value.toString(), CheckState.of(String.valueOf(map.get("check"))),
                Boolean.TRUE.equals(map.get("expanded")), options,
                limits((Map<String, Object>) map.getOrDefault("limits", Map.of())));
    }

    /** What describe-field.js says the page lets a person write into the field. */
    private static FieldState.Limits limits(Map<String, Object> map) {
        Object maxLength = map.get("maxLength");
        return new FieldState.Limits(Boolean.TRUE.equals(map.get("readOnly")), Boolean.TRUE.equals(map.get("disabled")),
                Boolean.TRUE.equals(map.get("required")), maxLength instanceof Number n ? n.intValue() : 0);
    }

    /**
     * What signals.js reports: the page's messages, dialogs and headings, what became of {@code watched}, a new
     * traffic mark, and the requests since {@code since} as Resource Timing lists them.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> signals(List<WebElement> watched, Optional<dev.optout.page.TrafficMark> since) {
        Map<String, Object> mark = since.map(m -> Map.<String, Object>of("document", m.document(), "at", m.at()))
                .orElse(null);
        return (Map<String, Object>) js().executeScript(Scripts.named("signals.js"), watched, mark);
    }

    /** What required-fields.js reports: the required empty fields of the form around {@code known}. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> requiredEmptyFields(List<WebElement> known) {
        Object found = js().executeScript(Scripts.named("required-fields.js"), known);
        return found == null ? List.of() : (List<Map<String, Object>>) found;
    }

    /** What prompts.js reports: the page's dialogs, and the regions of code fields, as they ask the person. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> prompts() {
        Object found = js().executeScript(Scripts.named("prompts.js"));
        return found == null ? List.of() : (List<Map<String, Object>>) found;
    }

    /** What lies over an element whose click was intercepted, as a person would recognise it; empty if nothing. */
    public Optional<String> coverOf(WebElement element) {
        return Optional.ofNullable(js().executeScript(Scripts.named("cover.js"), element)).map(String::valueOf);
    }

    public String textOf(WebElement element) {
        return element.getText();
    }

    public void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
    }

    /**
     * The address of the element's document: ChromeDriver answers a script about an element of a document that a
     * navigation replaced with a stale element error, so the answer comes from the element's own document or not at
     * all.
     */
    public String urlOf(WebElement element) {
        return String.valueOf(js().executeScript("return arguments[0].ownerDocument.location.href;", element));
    }

    /**
     * Empties a field as a person would: into it, then clear, then select-all and delete if the page refilled it. An
     * empty field is left as it is: the typing that follows focuses it, and a click and a clear would cost two round
     * trips to the browser for nothing.
     */
    public void clear(WebElement element) {
        if ("".equals(describe(element).value())) {
            return;
        }
        element.click();
        element.clear();
        if (!describe(element).value().isEmpty()) {
            // React-controlled fields may ignore clear(); select-all and delete goes through their handlers.
            element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
    }

    /** Types keys at the end of the field's value; ChromeDriver finds the element (or says it is stale) first. */
    public void append(WebElement element, String keys) {
        element.sendKeys(keys);
    }

    /**
     * Chooses the option with this value: in a {@code <select>} as Selenium does; in any other widget that
     * describe-field.js describes (radios, a listbox, a typeahead's open list) by a real click on the option, the
     * click a person would make.
     */
    @SuppressWarnings("unchecked")
    public void chooseOption(WebElement widget, String optionValue) {
        // One script finds a <select>'s option (and says whether this is a select at all), where Selenium's Select
        // would ask the browser seven times; the option is then clicked as Select clicks it.
        Object option = js().executeScript("const [s, v] = arguments; if (s.tagName !== 'SELECT') return 'none';"
                + " const o = Array.from(s.options).find(o => o.value === v); return o ? [o, o.selected] : null;",
                widget, optionValue);
        if (option == null) {
            throw new NoSuchElementException("Cannot locate option with value: " + optionValue);
        }
        if (option instanceof List<?> found) {
            if (!Boolean.TRUE.equals(found.get(1))) {
                ((WebElement) found.get(0)).click();
            }
            return;
        }
        Map<String, Object> described = (Map<String, Object>) js().executeScript(Scripts.named("describe-field.js"),
                widget);
        List<Map<String, Object>> options = (List<Map<String, Object>>) described.getOrDefault("options", List.of());
        List<WebElement> elements = (List<WebElement>) described.getOrDefault("optionElements", List.of());
        for (int i = 0; i < options.size() && i < elements.size(); i++) {
            if (optionValue.equals(String.valueOf(options.get(i).get("value")))) {
                click(elements.get(i));
                return;
            }
        }
        throw new NoSuchElementException("no option with value '" + optionValue + "' in the " + described.get("tag"));
    }

    /**
     * Presses a key by its Selenium name ({@code Enter}, {@code Escape}, {@code Tab}, {@code ArrowDown} or
     * {@code ARROW_DOWN}…), or a chord of them ({@code Alt+ArrowDown}), in an element or the page.
     */
    public void press(Optional<WebElement> element, String keyName) {
        CharSequence keys = KeyNames.chord(keyName);
        if (element.isPresent()) {
            element.get().sendKeys(keys);
        } else {
            new Actions(driver).sendKeys(keys).perform();
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

    /** The page's elements as elements.js describes them, each map holding its {@code element} and its facts. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> elements() {
        Object found = js().executeScript(Scripts.named("elements.js"));
        return found == null ? List.of() : (List<Map<String, Object>>) found;
    }

    /** One element as elements.js describes it. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> facts(WebElement element) {
        return (Map<String, Object>) js().executeScript(Scripts.named("elements.js"), element);
    }

    /** Whether the locator finds exactly this element, through the same locate.js that finds targets. */
    public boolean locatesOnly(Locator locator, String language, WebElement element) {
        List<WebElement> found = locate(locator, language);
        return found.size() == 1 && found.get(0).equals(element);
    }

    public void startPicker() {
        js().executeScript(Scripts.named("picker.js"));
    }

    /** The element clicked since {@link #startPicker()}, if any; the picker is removed. */
    public Optional<WebElement> takePicked() {
        return Optional.ofNullable((WebElement) js().executeScript(Scripts.named("picked.js")));
    }

    /** The window handles of the browser's tabs. */
    public Set<String> tabs() {
        return driver.getWindowHandles();
    }

    /** Moves the driver into another tab: every later command goes there. */
    public void switchToTab(String handle) {
        driver.switchTo().window(handle);
    }

    public byte[] screenshot() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
