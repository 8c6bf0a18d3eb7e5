package dev.optout.browser;

import java.util.Locale;

/** The three systems the tool knows where browsers and their profiles live on. */
public enum OperatingSystem {
    LINUX, MAC, WINDOWS;

    public static OperatingSystem of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return WINDOWS;
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return MAC;
        }
        return LINUX;
    }

    public static OperatingSystem current() {
        return of(System.getProperty("os.name", "linux"));
    }
}
