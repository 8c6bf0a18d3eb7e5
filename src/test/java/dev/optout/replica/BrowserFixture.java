package dev.optout.replica;

import dev.optout.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

/**
 * A replica and a real headless Chromium for a test class: started once, reset before each test (scenario,
 * records, cookies, extra tabs), with the few lookups the replica's browser tests share. Elements are found the way
 * a person or a pack sees them: by role, aria-label and accessible name, never by class.
 */
final class BrowserFixture implements AutoCloseable {
    static final By STATUS = By.cssSelector("[role='status']");
    static final By ALERT = By.cssSelector("[role='alert']");
    static final By COOKIE_DIALOG = By.cssSelector("[data-testid='cookie-policy-manage-dialog']");
    static final By DECLINE_COOKIES = By.cssSelector("[data-cookiebanner='accept_only_essential_button']");

    final ReplicaServer replica;
    final RemoteWebDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    private BrowserFixture(ReplicaServer replica, Path profile, RemoteWebDriver driver) {
        this.replica = replica;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    static BrowserFixture start() {
        ReplicaServer replica = ReplicaServer.start(new Scenario());
        try {
            Path profile = Files.createTempDirectory("replica-chromium");
            return new BrowserFixture(replica, profile, (RemoteWebDriver) HeadlessChromium.start(profile).driver());
        } catch (IOException e) {
            replica.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            replica.close();
            throw e;
        }
    }

    /** A fresh scenario (fast renders), no records, no cookies, only the first tab. */
    Scenario reset() {
        String first = driver.getWindowHandles().iterator().next();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(first)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(first);
        clearCookies(driver, replica);
        replica.recorder().clear();
        return replica.scenario().reset().renderDelayMs(100);
    }

    /**
     * Removes the replica's cookies (the cookie dialog's choice among them). Every replica page is on 127.0.0.1, and
     * cookies belong to a host whatever the port, so deleting the cookies of one of its pages removes them all.
     */
    static void clearCookies(RemoteWebDriver driver, ReplicaServer replica) {
        driver.get(replica.baseUrl() + "/");
        driver.manage().deleteAllCookies();
    }

    void open(String path) {
        driver.get(replica.baseUrl() + path);
    }

    WebElement byAriaLabel(String tag, String label) {
        return wait.until(visibilityOfElementLocated(By.cssSelector(tag + "[aria-label=\"" + label + "\"]")));
    }

    private static final String INSIDE_ARIA_HIDDEN = "return arguments[0].closest('[aria-hidden=\"true\"]') !== null";

    /** Elements whose role is implicit in their tag, as a browser's accessibility tree sees them. */
    private static final Map<String, String> IMPLICIT_ROLES = Map.of(
            "link", ", a[href]",
            "heading", ", h1, h2, h3, h4, h5, h6",
            "button", ", button",
            "textbox", ", textarea:not([role]), input:not([type]):not([role]), input[type='text']:not([role]), "
                    + "input[type='email']:not([role]), input[type='tel']:not([role])",
            "combobox", ", select:not([multiple]):not([size]):not([role])");

    /**
     * The visible element of {@code role} whose accessible name is {@code name}, outside any {@code aria-hidden}
     * subtree (the accessibility tree has none of those).
     */
    WebElement byRole(String role, String name) {
        By byRole = By.cssSelector("[role='" + role + "']" + IMPLICIT_ROLES.getOrDefault(role, ""));
        return wait.until(d -> d.findElements(byRole).stream()
                .filter(WebElement::isDisplayed)
                .filter(e -> name.equals(e.getAccessibleName()))
                .filter(e -> Boolean.FALSE.equals(script(INSIDE_ARIA_HIDDEN, e)))
                .findFirst().orElse(null));
    }

    WebElement button(String name) {
        return byRole("button", name);
    }

    /** The shown {@code role=option} reading {@code text}, found by its text: a country list has hundreds. */
    WebElement option(String text) {
        return wait.until(visibilityOfElementLocated(By.xpath("//*[@role='option'][normalize-space()='" + text
                + "'][not(ancestor::*[@aria-hidden='true'])]")));
    }

    /** The radio (an {@code <input type=radio>} in its label) whose label reads {@code text}. */
    WebElement radioLabelled(String text) {
        return wait.until(d -> d.findElements(By.cssSelector("label")).stream()
                .filter(l -> l.isDisplayed() && text.equals(l.getText()))
                .findFirst().orElse(null));
    }

    String statusText() {
        return wait.until(visibilityOfElementLocated(STATUS)).getText();
    }

    String alertText() {
        return wait.until(visibilityOfElementLocated(ALERT)).getText();
    }

    void declineCookies() {
        wait.until(visibilityOfElementLocated(DECLINE_COOKIES)).click();
        wait.until(d -> d.findElements(COOKIE_DIALOG).isEmpty());
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits until the recorder satisfies {@code condition}, e.g. until a send arrived. */
    void waitForRecords(String what, Predicate<Recorder> condition) {
        new FluentWait<>(replica.recorder()).withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> "the replica never recorded " + what + "; it has " + replica.recorder()
                        .submissions() + " and " + replica.recorder().keystrokes().size() + " keystrokes")
                .until(condition::test);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            replica.close();
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
