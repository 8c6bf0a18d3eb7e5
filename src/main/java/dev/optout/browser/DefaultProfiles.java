package dev.optout.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The browsers' own profile folders, per operating system. The tool never drives them: Chrome 136 and later ignore
 * the debugging port on the default user data directory (infostealers used it to steal cookies), and a person's own
 * Firefox profile is theirs to keep unchanged.
 */
public final class DefaultProfiles {

    private DefaultProfiles() {
    }

    /** The browser's default user data folders (Chromium family) or its profiles folder (Firefox). */
    public static List<Path> of(BrowserKind kind, HostSystem host) {
        return switch (host.os()) {
            case LINUX -> linux(kind, host);
            case MAC -> List.of(host.macApplicationSupport().resolve(switch (kind) {
                case CHROME -> "Google/Chrome";
                case CHROMIUM -> "Chromium";
                case EDGE -> "Microsoft Edge";
                case FIREFOX -> "Firefox";
            }));
            case WINDOWS -> List.of(switch (kind) {
                case CHROME -> host.localAppData().resolve("Google").resolve("Chrome").resolve("User Data");
                case CHROMIUM -> host.localAppData().resolve("Chromium").resolve("User Data");
                case EDGE -> host.localAppData().resolve("Microsoft").resolve("Edge").resolve("User Data");
                case FIREFOX -> host.roamingAppData().resolve("Mozilla").resolve("Firefox");
            });
        };
    }

    private static List<Path> linux(BrowserKind kind, HostSystem host) {
        if (kind == BrowserKind.FIREFOX) {
            return List.of(host.home().resolve(".mozilla").resolve("firefox"),
                    host.home().resolve("snap").resolve("firefox").resolve("common").resolve(".mozilla")
                            .resolve("firefox"));
        }
        String name = switch (kind) {
            case CHROME -> "google-chrome";
            case CHROMIUM -> "chromium";
            default -> "microsoft-edge";
        };
        Path xdg = host.xdgConfig().resolve(name);
        Path dotConfig = host.home().resolve(".config").resolve(name);
        return xdg.equals(dotConfig) ? List.of(xdg) : List.of(xdg, dotConfig);
    }

    /**
     * Why {@code profile} must not be used, when it is one of the browser's own folders: for the Chromium family the
     * default user data folder itself, for Firefox anything inside Firefox's profiles folder.
     */
    public static Optional<String> refusal(BrowserKind kind, Path profile, HostSystem host) {
        String wanted = comparable(profile, host);
        for (Path own : of(kind, host)) {
            String candidate = comparable(own, host);
            if (kind == BrowserKind.FIREFOX ? wanted.equals(candidate) || wanted.startsWith(candidate + "/")
                    : wanted.equals(candidate)) {
                return Optional.of(reason(kind, profile));
            }
        }
        return Optional.empty();
    }

    private static String reason(BrowserKind kind, Path profile) {
        if (kind == BrowserKind.FIREFOX) {
            return profile + " is one of your own Firefox profiles: optout drives a dedicated Firefox profile so "
                    + "yours stays unchanged; leave out --profile to use it (you log in there once)";
        }
        return profile + " is " + kind.displayName() + "'s default profile, and " + kind.displayName()
                + " 136 and later ignore the debugging port there, so the browser would never answer: leave out "
                + "--profile to use optout's dedicated profile (you log in there once), or start one with "
                + "'optout browser start'";
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static String comparable(Path path, HostSystem host) {
        String text = real(path).toString().replace('\\', '/');
        while (text.endsWith("/") && text.length() > 1) {
            text = text.substring(0, text.length() - 1);
        }
        // Windows and macOS file systems ignore case by default.
        return host.os() == OperatingSystem.LINUX ? text : text.toLowerCase(Locale.ROOT);
    }
}
