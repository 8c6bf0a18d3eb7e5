package dev.optout.cli;

import dev.optout.browser.BrowserBinaries;
import dev.optout.browser.BrowserKind;
import dev.optout.browser.DebuggingAddress;
import dev.optout.browser.DefaultProfiles;
import dev.optout.browser.DevTools;
import dev.optout.browser.DriverKind;
import dev.optout.browser.DriverResolver;
import dev.optout.browser.HostSystem;
import dev.optout.browser.ProfileLock;
import dev.optout.browser.ProgramVersion;
import dev.optout.pack.InvalidPackException;
import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import dev.optout.pack.Replacement;
import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The checks behind {@code optout doctor}: each says what it found and, when something is wrong, the fix. */
final class Doctor {

    private final BrowserBinaries binaries;
    private final HostSystem host;
    private final ProfileLock lock;

    Doctor(BrowserBinaries binaries, HostSystem host, ProfileLock lock) {
        this.binaries = binaries;
        this.host = host;
        this.lock = lock;
    }

    static Doctor standard() {
        return new Doctor(BrowserBinaries.standard(), HostSystem.current(), ProfileLock.standard());
    }

    /** A browser found on this computer, with the version it reports. */
    record Found(BrowserKind kind, Path binary, Optional<String> version) {
        Optional<Integer> major() {
            return version.flatMap(ProgramVersion::major);
        }
    }

    DoctorCheck java() {
        int feature = Runtime.version().feature();
        String what = "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")";
        return feature >= 17 ? DoctorCheck.ok(what)
                : DoctorCheck.fail(what, "install Java 17 or newer", ExitCodes.BROWSER_UNAVAILABLE);
    }

    Map<BrowserKind, Found> browsers() {
        Map<BrowserKind, Found> found = new EnumMap<>(BrowserKind.class);
        for (BrowserKind kind : BrowserKind.values()) {
            binaries.find(kind).ifPresent(path -> found.put(kind, new Found(kind, path, ProgramVersion.of(path))));
        }
        return found;
    }

    List<DoctorCheck> browserChecks(Map<BrowserKind, Found> found, Optional<BrowserKind> wanted) {
        List<DoctorCheck> checks = new ArrayList<>();
        for (Found browser : found.values()) {
            checks.add(DoctorCheck.ok(browser.kind().displayName() + " " + browser.binary() + " ("
                    + browser.version().orElse("version unknown") + ")"));
        }
        if (wanted.isPresent() && !found.containsKey(wanted.get())) {
            checks.add(DoctorCheck.fail(wanted.get().displayName() + " not found", "install it or put it on the "
                    + "PATH", ExitCodes.BROWSER_UNAVAILABLE));
        } else if (wanted.isEmpty() && !found.containsKey(BrowserKind.CHROME)
                && !found.containsKey(BrowserKind.CHROMIUM)) {
            checks.add(DoctorCheck.fail("no Chrome or Chromium found", "install one (Debian/Ubuntu: apt-get install "
                    + "chromium), or name another with --browser edge|firefox", ExitCodes.BROWSER_UNAVAILABLE));
        }
        List<String> missing = List.of(BrowserKind.values()).stream().filter(kind -> !found.containsKey(kind))
                .filter(kind -> wanted.map(w -> w != kind).orElse(true)).map(BrowserKind::displayName).toList();
        if (!missing.isEmpty()) {
            checks.add(DoctorCheck.warn("not found: " + String.join(", ", missing), "needed only with --browser "
                    + "for it"));
        }
        return checks;
    }

    List<DoctorCheck> driverChecks(Map<BrowserKind, Found> found, Optional<Path> explicitDriver,
                                   Optional<BrowserKind> wanted) {
        List<DoctorCheck> checks = new ArrayList<>();
        for (DriverKind driver : DriverKind.values()) {
            List<Found> users = found.values().stream().filter(b -> b.kind().driver() == driver).toList();
            boolean needed = wanted.map(w -> w.driver() == driver).orElse(driver == DriverKind.CHROMEDRIVER);
            if (users.isEmpty() && !needed) {
                continue;
            }
            checks.add(driverCheck(driver, users, explicitDriver.filter(p -> needed), needed));
        }
        return checks;
    }

    private DoctorCheck driverCheck(DriverKind driver, List<Found> users, Optional<Path> explicit, boolean needed) {
        Optional<Path> path;
        try {
            path = DriverResolver.standard(driver, explicit).resolveLocally();
        } catch (RuntimeException e) {
            return DoctorCheck.fail(e.getMessage(), driver.installHint(), ExitCodes.BROWSER_UNAVAILABLE);
        }
        if (path.isEmpty()) {
            String what = driver.program() + " not on the PATH";
            String fix = driver.installHint() + ", or optout downloads one on first use (needs the internet)";
            return DoctorCheck.warn(what, fix);
        }
        Optional<String> version = ProgramVersion.of(path.get());
        Optional<Integer> major = version.flatMap(ProgramVersion::major);
        String what = driver.program() + " " + path.get() + " (" + version.orElse("version unknown") + ")";
        if (driver == DriverKind.GECKODRIVER || major.isEmpty()) {
            return DoctorCheck.ok(what);
        }
        List<Found> mismatched = users.stream().filter(b -> b.major().isPresent() && !b.major().equals(major))
                .toList();
        if (mismatched.isEmpty()) {
            return DoctorCheck.ok(what + (users.isEmpty() ? "" : ", matches " + users.stream()
                    .map(b -> b.kind().displayName() + " " + b.major().map(String::valueOf).orElse("?"))
                    .collect(Collectors.joining(", "))));
        }
        String others = mismatched.stream().map(b -> b.kind().displayName() + " " + b.major().orElseThrow())
                .collect(Collectors.joining(", "));
        String fix = "install " + driver.program() + " of the same major version as the browser, or pass --driver";
        return mismatched.size() == users.size() && needed
                ? DoctorCheck.fail(what + " does not match " + others, fix, ExitCodes.BROWSER_UNAVAILABLE)
                : DoctorCheck.warn(what + " does not match " + others, fix);
    }

    DoctorCheck profile(BrowserKind kind, Path profile, boolean attaching) {
        Optional<String> refusal = DefaultProfiles.refusal(kind, profile, host);
        if (refusal.isPresent()) {
            return DoctorCheck.fail("profile " + profile + " is " + kind.displayName() + "'s own",
                    refusal.get(), ExitCodes.BROWSER_UNAVAILABLE);
        }
        if (!Files.isDirectory(profile)) {
            return DoctorCheck.ok("profile " + profile + " (not created yet: the first run creates it, and you log "
                    + "in there once)");
        }
        Optional<String> holder = lock.holder(kind, profile);
        if (holder.isPresent()) {
            String what = "profile " + profile + " is open in " + holder.get();
            String fix = "close that browser or attach to it with --attach 127.0.0.1:PORT";
            return attaching ? DoctorCheck.warn(what, fix)
                    : DoctorCheck.fail(what, fix, ExitCodes.BROWSER_UNAVAILABLE);
        }
        return DoctorCheck.ok("profile " + profile + " (not in use)");
    }

    /**
     * Whether a browser window can open: without one, a pack that may need the person (a login wall, a file to
     * attach) cannot run unless they are logged in already ({@code --headless}) or attach to a browser elsewhere.
     */
    static DoctorCheck display(boolean available) {
        if (available) {
            return DoctorCheck.ok("display: the browser can open a window for you (to log in, or to attach a file)");
        }
        return DoctorCheck.warn("no display (DISPLAY and WAYLAND_DISPLAY are not set): the browser cannot open a "
                + "window", "log in once with `optout browser start` on a desktop, then use `--attach`; or pass "
                + "--headless once the profile is logged in");
    }

    DoctorCheck packs(PackFolderOption option, Console console) {
        try {
            PackRepository repository = PackSource.repository(option.folder(console));
            List<Pack> all = repository.all();
            String what = all.size() + " selector packs valid (" + all.stream().map(Pack::id)
                    .collect(Collectors.joining(", ")) + ")";
            List<Replacement> replacements = repository.replacements();
            return replacements.isEmpty() ? DoctorCheck.ok(what) : DoctorCheck.warn(what + "; " + replacements.stream()
                    .map(Replacement::sentence).collect(Collectors.joining("; ")), "remove your file to use the "
                    + "bundled one again");
        } catch (InvalidPackException e) {
            return DoctorCheck.fail("invalid selector pack: " + e.errors().stream().map(String::valueOf).collect(Collectors.joining("; ")),
                    "fix or remove it (optout validate)", ExitCodes.INVALID_PACK_OR_INPUT);
        } catch (RuntimeException e) {
            return DoctorCheck.fail("selector packs could not be read: " + e.getMessage(),
                    "check --packs and your config folder", ExitCodes.INVALID_PACK_OR_INPUT);
        }
    }

    DoctorCheck replica() {
        try (ReplicaServer replica = ReplicaServer.start(new Scenario())) {
            return DoctorCheck.ok("the replica of Meta's pages starts (" + replica.baseUrl() + ", for 'optout demo')");
        } catch (RuntimeException e) {
            return DoctorCheck.warn("the replica of Meta's pages did not start: " + e.getMessage(),
                    "'optout demo' needs a free port on 127.0.0.1");
        }
    }

    List<DoctorCheck> attached(DebuggingAddress address, Optional<Path> explicitDriver) {
        Optional<DevTools.BrowserVersion> version = new DevTools(address).version();
        if (version.isEmpty()) {
            return List.of(DoctorCheck.fail("no browser answers on " + address, "start one with 'optout browser "
                    + "start --port " + address.port() + "'", ExitCodes.BROWSER_UNAVAILABLE));
        }
        DevTools.BrowserVersion browser = version.get();
        List<DoctorCheck> checks = new ArrayList<>();
        checks.add(DoctorCheck.ok(browser.product() + " answers on " + address));
        Found attachedBrowser = new Found(browser.kind(), Path.of(address.toString()),
                Optional.of(browser.product()));
        checks.add(driverCheck(browser.kind().driver(), List.of(attachedBrowser), explicitDriver, true));
        return checks;
    }
}
