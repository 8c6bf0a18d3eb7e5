package dev.optout.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The yardstick of {@code scripts/bench}: the Facebook objection on the replica as a person would script it by hand
 * with plain Selenium, nothing but the steps themselves: open the form, decline the cookie dialog, choose the
 * country, type email and reason, click Send, wait for the confirmation. Explicit waits poll every 20 ms. It starts
 * Chromium with the arguments optout gives it, so the two differ only in what they do between the browser's answers.
 * <p>
 * {@code java … RawSeleniumObjection FORM_URL COUNTRY EMAIL REASON BROWSER DRIVER}; exit 0 once the confirmation
 * shows.
 */
public final class RawSeleniumObjection {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(20);

    private RawSeleniumObjection() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: RawSeleniumObjection FORM_URL COUNTRY EMAIL REASON BROWSER DRIVER");
            System.exit(2);
        }
        Path profile = Files.createTempDirectory("raw-selenium-profile");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(args[5]).toFile())
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        WebDriver driver = new ChromeDriver(service, options(Path.of(args[4]), profile));
        try {
            object(driver, args[0], args[1], args[2], args[3]);
        } finally {
            driver.quit();
        }
    }

    private static void object(WebDriver driver, String formUrl, String country, String email, String reason) {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, POLL);
        driver.get(formUrl);
        By cookieDialog = By.cssSelector("[data-testid='cookie-policy-manage-dialog']");
        By countryField = By.cssSelector("[aria-label='Country where you live']");
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(cookieDialog),
                ExpectedConditions.presenceOfElementLocated(countryField)));
        if (!driver.findElements(cookieDialog).isEmpty()) {
            driver.findElement(By.cssSelector("[data-cookiebanner='accept_only_essential_button']")).click();
        }
        new Select(wait.until(ExpectedConditions.elementToBeClickable(countryField))).selectByValue(country);
        WebElement emailField = driver.findElement(By.cssSelector("[aria-label='Email address']"));
        emailField.clear();
        emailField.sendKeys(email);
        driver.findElement(By.cssSelector("[aria-label='Please explain how this processing impacts you']"))
                .sendKeys(reason);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@role='button'][.='Send']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='status']"),
                "Your objection has been submitted"));
    }

    /** The arguments optout's ChromeLauncher gives a headless Chromium. */
    private static ChromeOptions options(Path browser, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        List<String> arguments = new ArrayList<>(List.of("--user-data-dir=" + profile, "--no-first-run",
                "--no-default-browser-check", "--disable-background-networking", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--headless=new", "--disable-gpu"));
        if ("root".equals(System.getProperty("user.name"))) {
            arguments.add("--no-sandbox");
        }
        options.addArguments(arguments);
        return options;
    }
}
