package dev.optout.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.firefox.FirefoxDriver;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.firefox.GeckoDriverService;

/**
 * Starts Firefox on the tool's dedicated Firefox profile, used in place with {@code -profile}: geckodriver does
 * not copy it into a temporary folder, so the login is kept and nothing of the person's is left behind.
 */
public final class FirefoxLauncher {

    private final BrowserBinaries binaries;
    private final ProfileGuard guard;

    public FirefoxLauncher(BrowserBinaries binaries, ProfileGuard guard) {
        this.binaries = binaries;
        this.guard = guard;
    }

    public static FirefoxLauncher standard() {
        return new FirefoxLauncher(BrowserBinaries.standard(), ProfileGuard.standard());
    }

    public BrowserSession launch(LaunchSettings settings) {
        Path binary = settings.binary().or(() -> binaries.find(BrowserKind.FIREFOX))
                .orElseThrow(() -> ChromeLauncher.notFound(BrowserKind.FIREFOX));
        guard.check(BrowserKind.FIREFOX, settings.profile());
        Path driverPath = DriverResolver.standard(DriverKind.GECKODRIVER, settings.driver()).resolve();
        ChromeLauncher.prepareProfile(settings.profile());
        GeckoDriverService service = new MarionettePortBuilder(freePort())
                .usingDriverExecutable(driverPath.toFile())
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            WebDriver driver = new FirefoxDriver(service, options(binary, settings));
            return new BrowserSession(driver, settings.pageLoadTimeout());
        } catch (SessionNotCreatedException e) {
            throw new BrowserUnavailableException("Firefox at " + binary + " did not start with geckodriver "
                    + driverPath + " (" + SeleniumFaults.firstLine(e) + "): update geckodriver (optout doctor)", e);
        } catch (WebDriverException e) {
            throw new BrowserUnavailableException("could not start Firefox at " + binary + ": "
                    + SeleniumFaults.firstLine(e), e);
        }
    }

    static FirefoxOptions options(Path binary, LaunchSettings settings) {
        FirefoxOptions options = new FirefoxOptions();
        options.setBinary(binary);
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        // A JavaScript dialog is the page asking the person something: never answer it for them.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        options.addArguments(arguments(settings));
        // WebDriver BiDi, as for Chromium: the evidence of what a send did (see BidiTraffic).
        options.setCapability("webSocketUrl", true);
        return Timeouts.into(options, settings.pageLoadTimeout());
    }

    static List<String> arguments(LaunchSettings settings) {
        List<String> args = new ArrayList<>(List.of("-profile", settings.profile().toAbsolutePath().toString(),
                "-width", "1280", "-height", "1000"));
        if (settings.headless()) {
            args.add("-headless");
        }
        return args;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new BrowserUnavailableException("no free local port for Firefox's Marionette: " + e.getMessage(), e);
        }
    }

    /**
     * geckodriver cannot learn Marionette's port from a profile given with {@code -profile} (a known geckodriver
     * bug), so the port is chosen here and passed to it.
     */
    static final class MarionettePortBuilder extends GeckoDriverService.Builder {

        private final int marionettePort;

        MarionettePortBuilder(int marionettePort) {
            this.marionettePort = marionettePort;
        }

        @Override
        protected List<String> createArgs() {
            List<String> args = new ArrayList<>(super.createArgs());
            args.add("--marionette-port");
            args.add(String.valueOf(marionettePort));
            return args;
        }

        List<String> arguments() {
            return createArgs();
        }
    }
}
