package dev.optout.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where Chrome or Chromium is installed, per operating system. */
public final class BrowserBinaries {

    static final List<String> CHROME_NAMES = List.of("google-chrome", "google-chrome-stable", "chromium",
            "chromium-browser", "chrome");

    private static final List<Path> CHROME_PLACES = List.of(
            Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
            Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"),
            Path.of("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"),
            Path.of("C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"));

    private final ExecutableLookup lookup;

    public BrowserBinaries(ExecutableLookup lookup) {
        this.lookup = lookup;
    }

    public Optional<Path> chrome() {
        return lookup.find(CHROME_NAMES, CHROME_PLACES);
    }
}
