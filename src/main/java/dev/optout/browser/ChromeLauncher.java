package dev.optout.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.ChromiumOptions;

/** Starts Chrome, Chromium or Edge on the person's dedicated profile. */
public final class ChromeLauncher {

    private final BrowserBinaries binaries;
    private final ProfileGuard guard;

    public ChromeLauncher(BrowserBinaries binaries) {
        this(binaries, ProfileGuard.standard());
    }

    public ChromeLauncher(BrowserBinaries binaries, ProfileGuard guard) {
        this.binaries = binaries;
        this.guard = guard;
    }

    public static ChromeLauncher standard() {
        return new ChromeLauncher(BrowserBinaries.standard());
    }

    public BrowserSession launch(LaunchSettings settings) {
        BrowserBinaries.Located browser = locate(settings);
        guard.check(browser.kind(), settings.profile());
        Path driverPath = DriverResolver.standard(browser.kind().driver(), settings.driver()).resolve();
        prepareProfile(settings.profile());
        ChromiumDrivers drivers = new ChromiumDrivers(browser.kind(), driverPath);
        // A second earlier than the launch: file times may be rounded down to the second.
        Instant launched = Instant.now().minusSeconds(1);
        try {
            WebDriver driver = drivers.start(options(browser.binary(), settings, browser.kind()));
            return BrowserSession.launched(driver, settings.pageLoadTimeout(), settings.profile(), launched);
        } catch (SessionNotCreatedException e) {
            throw new BrowserUnavailableException(browser.kind().displayName() + " at " + browser.binary()
                    + " did not start with " + browser.kind().driver().program() + " " + driverPath + ": "
                    + driverReason(SeleniumFaults.firstLine(e)), e);
        } catch (WebDriverException e) {
            throw new BrowserUnavailableException("could not start " + browser.kind().displayName() + " at "
                    + browser.binary() + ": " + SeleniumFaults.firstLine(e), e);
        }
    }

    /**
     * The driver's own reason from Selenium's first line ("Could not start a new session. Response code 500.
     * Message: session not created: …"), and the version advice only when the reason is about versions.
     */
    static String driverReason(String firstLine) {
        int message = firstLine.indexOf("Message: ");
        String reason = (message < 0 ? firstLine : firstLine.substring(message + "Message: ".length())).strip();
        return reason.toLowerCase(java.util.Locale.ROOT).contains("version")
                ? reason + " (their major versions must match: optout doctor)" : reason;
    }

    private BrowserBinaries.Located locate(LaunchSettings settings) {
        if (settings.browser().isPresent()) {
            BrowserKind kind = settings.browser().get();
            Path binary = settings.binary().or(() -> binaries.find(kind)).orElseThrow(() -> notFound(kind));
            return new BrowserBinaries.Located(kind, binary);
        }
        if (settings.binary().isPresent()) {
            return new BrowserBinaries.Located(BrowserKind.CHROME, settings.binary().get());
        }
        return binaries.preferred().orElseThrow(() -> new BrowserUnavailableException(
                "no Chrome or Chromium found: install one (Debian/Ubuntu: apt-get install chromium) "
                        + "or put it on the PATH"));
    }

    static BrowserUnavailableException notFound(BrowserKind kind) {
        String hint = switch (kind) {
            case CHROMIUM -> " (Debian/Ubuntu: apt-get install chromium)";
            case CHROME -> " (or use --browser chromium if you have Chromium)";
            default -> "";
        };
        return new BrowserUnavailableException("no " + kind.displayName() + " found: install it" + hint
                + " or put it on the PATH; 'optout doctor' lists the browsers it finds");
    }

    ChromiumOptions<?> options(Path binary, LaunchSettings settings, BrowserKind kind) {
        ChromiumOptions<?> options = ChromiumDrivers.newOptions(kind);
        options.setBinary(binary.toFile());
        options.addArguments(arguments(settings));
        // WebDriver BiDi: the browser then reports each request of the tool's tab as it leaves, the evidence of
        // what a send did (see BidiTraffic).
        options.setCapability("webSocketUrl", true);
        return Timeouts.into(options, settings.pageLoadTimeout());
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

    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static void prepareProfile(Path profile) {
        try {
            dev.optout.report.PrivateFiles.createFolder(profile);
        } catch (IOException e) {
            throw new BrowserUnavailableException("cannot create the browser profile folder " + profile + ": "
                    + e.getMessage() + "; choose another with --profile DIR", e);
        }
    }

}
