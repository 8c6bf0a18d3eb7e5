package dev.optout.browser;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The facts about this computer that say where browsers and their profiles are: the system, the home folder and
 * the environment. Tests pass another system's facts to check its places without running on it.
 */
public record HostSystem(OperatingSystem os, Path home, Map<String, String> env) {

    public HostSystem {
        env = Map.copyOf(env);
    }

    public static HostSystem current() {
        return new HostSystem(OperatingSystem.current(), Path.of(System.getProperty("user.home")), System.getenv());
    }

    /** A non-blank environment variable. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    /** {@code %LOCALAPPDATA%}, or where Windows puts it by default. */
    Path localAppData() {
        return variable("LOCALAPPDATA").map(Path::of).orElse(home.resolve("AppData").resolve("Local"));
    }

    /** {@code %APPDATA%}, or where Windows puts it by default. */
    Path roamingAppData() {
        return variable("APPDATA").map(Path::of).orElse(home.resolve("AppData").resolve("Roaming"));
    }

    /** {@code $XDG_CONFIG_HOME}, or {@code ~/.config}. */
    Path xdgConfig() {
        return variable("XDG_CONFIG_HOME").map(Path::of).orElse(home.resolve(".config"));
    }

    Path macApplicationSupport() {
        return home.resolve("Library").resolve("Application Support");
    }
}
