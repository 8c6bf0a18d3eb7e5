package dev.optout.cli;

import dev.optout.browser.BrowserKind;
import dev.optout.browser.DebuggingAddress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout doctor}: one line per check of what a run needs, with the fix for what is wrong. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check what a run needs: Java, browsers and their drivers, the profile, the selector packs, "
                + "the replica and, with --attach, the browser on that port. Exits 0 when a run can work.")
final class DoctorCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--attach", paramLabel = "127.0.0.1:PORT", description = "Also check the browser on this port.")
    String attach;

    @Option(names = "--browser", paramLabel = "NAME", description = "The browser you mean to use: "
            + "chrome, chromium, edge or firefox (default: Chrome, else Chromium).")
    String browser;

    @Option(names = "--profile", paramLabel = "DIR", description = "The profile you mean to use (default: the "
            + "dedicated optout profile).")
    Path profile;

    @Option(names = "--driver", paramLabel = "PATH", description = "The driver you mean to use.")
    Path driver;

    @Mixin
    PackFolderOption packs;

    @Option(names = "--json", description = "Print the checks as JSON: status, what, fix; and whether a run can work.")
    boolean json;

    DoctorCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        BrowserOptions options = new BrowserOptions();
        options.browser = browser;
        options.attach = attach;
        Optional<BrowserKind> wanted = options.browserKind();
        Optional<DebuggingAddress> address = options.attachAddress();
        options.profile = profile;
        Doctor doctor = Doctor.standard();
        Map<BrowserKind, Doctor.Found> found = doctor.browsers();
        List<DoctorCheck> checks = new ArrayList<>();
        checks.add(doctor.java());
        checks.addAll(doctor.browserChecks(found, wanted));
        checks.addAll(doctor.driverChecks(found, Optional.ofNullable(driver), wanted));
        BrowserKind profileKind = wanted.orElse(found.containsKey(BrowserKind.CHROME) ? BrowserKind.CHROME
                : BrowserKind.CHROMIUM);
        checks.add(doctor.profile(profileKind, options.profileOr(console.folders()), address.isPresent()));
        if (address.isEmpty()) {
            checks.add(Doctor.display(console.displayAvailable()));
        }
        checks.add(doctor.packs(packs, console));
        checks.add(doctor.replica());
        address.ifPresent(a -> checks.addAll(doctor.attached(a, Optional.ofNullable(driver))));
        PrintWriter out = spec.commandLine().getOut();
        Optional<DoctorCheck> failed = checks.stream().filter(c -> c.status() == DoctorCheck.Status.FAIL).findFirst();
        boolean windowless = address.isEmpty() && !console.displayAvailable();
        if (json) {
            out.println(JsonOutput.doctor(checks, failed.isEmpty()));
        } else {
            checks.forEach(check -> out.println(check.line()));
            out.println(failed.isPresent() ? "A run cannot work yet: fix the 'fail' lines above."
                    : windowless ? "A run can work with --attach, or with --headless once the profile is logged in."
                    : "A run can work.");
        }
        out.flush();
        return failed.map(DoctorCheck::failureCode).orElse(ExitCodes.OK);
    }
}
