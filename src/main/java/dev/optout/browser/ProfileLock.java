package dev.optout.browser;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Whether a profile folder is open in a running browser, read from the lock the browser leaves in it. Chromium's
 * {@code SingletonLock} is a symbolic link to {@code HOST-PID}; Firefox's {@code lock} (Linux) links to
 * {@code IP:+PID}. A lock whose process is gone is stale: the browser clears it itself on its next start.
 */
public final class ProfileLock {

    private final String localHost;
    private final LongPredicate alive;

    public ProfileLock(String localHost, LongPredicate alive) {
        this.localHost = localHost;
        this.alive = alive;
    }

    public static ProfileLock standard() {
        return new ProfileLock(LocalHost.name(), pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                .orElse(false));
    }

    /** Who holds the profile, e.g. "process 1234", when a live browser has it open. */
    public Optional<String> holder(BrowserKind kind, Path profile) {
        return kind == BrowserKind.FIREFOX ? firefoxHolder(profile) : chromiumHolder(profile);
    }

    private Optional<String> chromiumHolder(Path profile) {
        Path lock = profile.resolve("SingletonLock");
        Optional<String> target = linkTarget(lock);
        if (target.isPresent()) {
            String value = target.get();
            int dash = value.lastIndexOf('-');
            if (dash < 0) {
                return Optional.empty();
            }
            String host = value.substring(0, dash);
            Optional<Long> pid = number(value.substring(dash + 1));
            if (pid.isEmpty()) {
                return Optional.empty();
            }
            if (!host.equalsIgnoreCase(localHost)) {
                return Optional.of("a browser on the computer " + host + " (process " + pid.get() + ")");
            }
            return alive.test(pid.get()) ? Optional.of("a browser (process " + pid.get() + ")") : Optional.empty();
        }
        return heldOpen(profile.resolve("lockfile"));
    }

    private Optional<String> firefoxHolder(Path profile) {
        Optional<String> target = linkTarget(profile.resolve("lock"));
        if (target.isPresent()) {
            int plus = target.get().lastIndexOf('+');
            Optional<Long> pid = plus < 0 ? Optional.empty() : number(target.get().substring(plus + 1));
            return pid.filter(alive::test).map(p -> "Firefox (process " + p + ")");
        }
        return heldOpen(profile.resolve("parent.lock"));
    }

    /** On Windows the browser keeps its lock file open without sharing: opening it fails while the browser runs. */
    private static Optional<String> heldOpen(Path lockFile) {
        if (!OperatingSystem.current().equals(OperatingSystem.WINDOWS) || !Files.isRegularFile(lockFile)) {
            return Optional.empty();
        }
        try (FileChannel ignored = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            return Optional.empty();
        } catch (FileSystemException e) {
            return Optional.of("a running browser");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> linkTarget(Path link) {
        if (!Files.isSymbolicLink(link) && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readSymbolicLink(link).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
