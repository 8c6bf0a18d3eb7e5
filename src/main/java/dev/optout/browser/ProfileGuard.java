package dev.optout.browser;

import java.nio.file.Path;

/** Refuses a profile the browser would not work with, before any browser or driver starts. */
public final class ProfileGuard {

    private final HostSystem host;
    private final ProfileLock lock;

    public ProfileGuard(HostSystem host, ProfileLock lock) {
        this.host = host;
        this.lock = lock;
    }

    public static ProfileGuard standard() {
        return new ProfileGuard(HostSystem.current(), ProfileLock.standard());
    }

    /** Throws with a sentence that says what to do when {@code profile} is a default profile or already open. */
    public void check(BrowserKind kind, Path profile) {
        DefaultProfiles.refusal(kind, profile, host).ifPresent(reason -> {
            throw new BrowserUnavailableException(reason);
        });
        lock.holder(kind, profile).ifPresent(holder -> {
            throw new BrowserUnavailableException("the profile " + profile + " is already open in " + holder
                    + ": close that browser or attach to it (if it was started with 'optout browser start', "
                    + "add --attach 127.0.0.1:PORT with its port)");
        });
    }
}
