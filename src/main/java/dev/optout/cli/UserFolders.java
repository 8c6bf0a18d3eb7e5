package dev.optout.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the tool keeps the person's things: the dedicated browser profile and run reports (data), and their own
 * selector packs (config). {@code OPTOUT_HOME} puts both under one folder, for portable installs and tests.
 */
public record UserFolders(Path data, Path config) {

    public static UserFolders fromEnvironment() {
        return of(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name"));
    }

    static UserFolders of(Map<String, String> env, String home, String osName) {
        String optoutHome = env.get("OPTOUT_HOME");
        if (optoutHome != null && !optoutHome.isBlank()) {
            Path root = Path.of(optoutHome);
            return new UserFolders(root.resolve("data"), root.resolve("config"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path local = Path.of(env.getOrDefault("LOCALAPPDATA", home + "\\AppData\\Local"));
            Path roaming = Path.of(env.getOrDefault("APPDATA", home + "\\AppData\\Roaming"));
            return new UserFolders(local.resolve("optout"), roaming.resolve("optout"));
        }
        if (os.contains("mac")) {
            Path support = Path.of(home, "Library", "Application Support", "optout");
            return new UserFolders(support, support);
        }
        Path data = xdg(env, "XDG_DATA_HOME", Path.of(home, ".local", "share"));
        Path config = xdg(env, "XDG_CONFIG_HOME", Path.of(home, ".config"));
        return new UserFolders(data.resolve("optout"), config.resolve("optout"));
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    public Path defaultProfile() {
        return data.resolve("profile");
    }

    /** The dedicated profile for a browser: Chrome and Chromium share one; Edge and Firefox have their own. */
    public Path profileFor(java.util.Optional<dev.optout.browser.BrowserKind> browser) {
        return browser.map(kind -> switch (kind) {
            case CHROME, CHROMIUM -> defaultProfile();
            case EDGE -> data.resolve("edge-profile");
            case FIREFOX -> data.resolve("firefox-profile");
        }).orElse(defaultProfile());
    }

    public Path runs() {
        return data.resolve("runs");
    }

    /** Demo reports, apart from the real ones: a rehearsal against the replica is no proof. */
    public Path demoRuns() {
        return data.resolve("demo-runs");
    }

    public Path userPacks() {
        return config.resolve("packs");
    }
}
