package dev.optout.browser;

/** The one entry to a browser: launch the chosen browser on its dedicated profile, or attach to a running one. */
public final class Browsers {

    private Browsers() {
    }

    public static BrowserSession launch(LaunchSettings settings) {
        if (settings.browser().filter(kind -> kind == BrowserKind.FIREFOX).isPresent()) {
            return FirefoxLauncher.standard().launch(settings);
        }
        return ChromeLauncher.standard().launch(settings);
    }

    public static BrowserSession attach(AttachSettings settings) {
        return new ChromiumAttacher().attach(settings);
    }
}
