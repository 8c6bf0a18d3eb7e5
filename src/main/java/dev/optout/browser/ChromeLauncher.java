package dev.optout.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Starts Chrome or Chromium on the person's dedicated profile. */
public final class ChromeLauncher {

    private final BrowserBinaries binaries;

    public ChromeLauncher(BrowserBinaries binaries) {
        this.binaries = binaries;
    }

    public static ChromeLauncher standard() {
        return new ChromeLauncher(new BrowserBinaries(ExecutableLookup.fromEnvironment()));
    }

    public BrowserSession launch(LaunchSettings settings) {
        Path binary = settings.binary().or(binaries::chrome).orElseThrow(() -> new BrowserUnavailableException(
                "no Chrome or Chromium found: install one (Debian/Ubuntu: apt-get install chromium) "
                        + "or put it on the PATH"));
        Path driverPath = DriverResolver.standard(settings.driver()).resolve();
        prepareProfile(settings.profile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverPath.toFile())
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            WebDriver driver = new ChromeDriver(service, options(binary, settings));
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            driver.manage().timeouts().pageLoadTimeout(settings.pageLoadTimeout());
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new BrowserSession(driver, new WebPage(driver, settings.pageLoadTimeout()));
        } catch (SessionNotCreatedException e) {
            throw new BrowserUnavailableException("the browser at " + binary + " did not start with chromedriver "
                    + driverPath + " (" + firstLine(e) + "): check that their versions match and that the profile "
                    + settings.profile() + " is not open in another browser window", e);
        } catch (WebDriverException e) {
            throw new BrowserUnavailableException("could not start the browser at " + binary + ": " + firstLine(e), e);
        }
    }

    ChromeOptions options(Path binary, LaunchSettings settings) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        // A JavaScript dialog is the page asking the person something: never answer it for them.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        options.addArguments(arguments(settings));
        return options;
    }

    static List<String> arguments(LaunchSettings settings) {
        List<String> args = new ArrayList<>(List.of(
                "--user-data-dir=" + settings.profile().toAbsolutePath(),
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000"));
        if (settings.headless()) {
            args.addAll(List.of("--headless=new", "--disable-gpu"));
        }
        if (runsAsRoot()) {
            // Chromium refuses to start as root with its sandbox on.
            args.add("--no-sandbox");
        }
        return args;
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void prepareProfile(Path profile) {
        try {
            dev.optout.report.PrivateFiles.createFolder(profile);
        } catch (IOException e) {
            throw new BrowserUnavailableException("cannot create the browser profile folder " + profile + ": "
                    + e.getMessage() + "; choose another with --profile DIR", e);
        }
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
