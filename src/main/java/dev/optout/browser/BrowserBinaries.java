package dev.optout.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where each browser is installed, per operating system: names on the PATH first, then the usual places. */
public final class BrowserBinaries {

    private final ExecutableLookup lookup;
    private final HostSystem host;

    public BrowserBinaries(ExecutableLookup lookup) {
        this(lookup, HostSystem.current());
    }

    public BrowserBinaries(ExecutableLookup lookup, HostSystem host) {
        this.lookup = lookup;
        this.host = host;
    }

    public static BrowserBinaries standard() {
        return new BrowserBinaries(ExecutableLookup.fromEnvironment());
    }

    /** Chrome, else Chromium: the browser used when the person names none. */
    public Optional<Path> chrome() {
        return find(BrowserKind.CHROME).or(() -> find(BrowserKind.CHROMIUM));
    }

    public Optional<Path> find(BrowserKind kind) {
        return lookup.find(names(kind, host.os()), places(kind, host));
    }

    /** The browser to use when the person names none: Chrome, else Chromium. */
    public Optional<Located> preferred() {
        for (BrowserKind kind : List.of(BrowserKind.CHROME, BrowserKind.CHROMIUM)) {
            Optional<Path> path = find(kind);
            if (path.isPresent()) {
                return Optional.of(new Located(kind, path.get()));
            }
        }
        return Optional.empty();
    }

    /** A browser and where it was found. */
    public record Located(BrowserKind kind, Path binary) {
    }

    static List<String> names(BrowserKind kind, OperatingSystem os) {
        if (os == OperatingSystem.MAC) {
            return List.of();
        }
        return switch (kind) {
            case CHROME -> os == OperatingSystem.WINDOWS ? List.of("chrome")
                    : List.of("google-chrome", "google-chrome-stable");
            case CHROMIUM -> List.of("chromium", "chromium-browser");
            case EDGE -> os == OperatingSystem.WINDOWS ? List.of("msedge")
                    : List.of("microsoft-edge", "microsoft-edge-stable");
            case FIREFOX -> List.of("firefox", "firefox-esr");
        };
    }

    static List<Path> places(BrowserKind kind, HostSystem host) {
        return switch (host.os()) {
            case LINUX -> linuxPlaces(kind);
            case MAC -> macPlaces(kind, host);
            case WINDOWS -> windowsPlaces(kind, host);
        };
    }

    private static List<Path> linuxPlaces(BrowserKind kind) {
        return switch (kind) {
            case CHROME -> List.of(Path.of("/opt/google/chrome/chrome"));
            case CHROMIUM -> List.of(Path.of("/snap/bin/chromium"));
            case EDGE -> List.of(Path.of("/opt/microsoft/msedge/msedge"));
            case FIREFOX -> List.of(Path.of("/snap/bin/firefox"), Path.of("/usr/lib/firefox/firefox"));
        };
    }

    private static List<Path> macPlaces(BrowserKind kind, HostSystem host) {
        String app = switch (kind) {
            case CHROME -> "Google Chrome.app/Contents/MacOS/Google Chrome";
            case CHROMIUM -> "Chromium.app/Contents/MacOS/Chromium";
            case EDGE -> "Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
            case FIREFOX -> "Firefox.app/Contents/MacOS/firefox";
        };
        return List.of(resolve(Path.of("/Applications"), app), resolve(host.home().resolve("Applications"), app));
    }

    private static List<Path> windowsPlaces(BrowserKind kind, HostSystem host) {
        List<Path> roots = new ArrayList<>();
        host.variable("ProgramFiles").map(Path::of).ifPresent(roots::add);
        host.variable("ProgramFiles(x86)").map(Path::of).ifPresent(roots::add);
        if (kind != BrowserKind.FIREFOX) {
            roots.add(host.localAppData());
        }
        String install = switch (kind) {
            case CHROME -> "Google/Chrome/Application/chrome.exe";
            case CHROMIUM -> "Chromium/Application/chrome.exe";
            case EDGE -> "Microsoft/Edge/Application/msedge.exe";
            case FIREFOX -> "Mozilla Firefox/firefox.exe";
        };
        return roots.stream().map(root -> resolve(root, install)).toList();
    }

    private static Path resolve(Path root, String relative) {
        Path path = root;
        for (String part : relative.split("/")) {
            path = path.resolve(part);
        }
        return path;
    }
}
