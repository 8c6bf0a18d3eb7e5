package dev.optout.browser;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The browsers the tool can drive. Chrome, Chromium and Edge share Chromium's options and can be attached to. */
public enum BrowserKind {
    CHROME("chrome", "Google Chrome", DriverKind.CHROMEDRIVER),
    CHROMIUM("chromium", "Chromium", DriverKind.CHROMEDRIVER),
    EDGE("edge", "Microsoft Edge", DriverKind.MSEDGEDRIVER),
    FIREFOX("firefox", "Firefox", DriverKind.GECKODRIVER);

    private final String id;
    private final String displayName;
    private final DriverKind driver;

    BrowserKind(String id, String displayName, DriverKind driver) {
        this.id = id;
        this.displayName = displayName;
        this.driver = driver;
    }

    /** The name used on the command line ({@code --browser chrome}). */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public DriverKind driver() {
        return driver;
    }

    public boolean chromiumBased() {
        return this != FIREFOX;
    }

    public static Optional<BrowserKind> parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
    }

    /** {@code chrome, chromium, edge, firefox}, for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(BrowserKind::id).collect(Collectors.joining(", "));
    }
}
