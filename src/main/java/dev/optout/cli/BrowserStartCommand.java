package dev.optout.cli;

import dev.optout.browser.BrowserKind;
import dev.optout.browser.BrowserStarter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout browser start}: start Chrome, Chromium or Edge on a dedicated profile, ready for --attach. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Start Chrome, Chromium or Edge on a dedicated profile with its debugging port on 127.0.0.1, "
                + "and print the 'optout run --attach' command to use. Log in to Facebook and Instagram there once; "
                + "the browser keeps running after this command ends.",
            "Your browser's own default profile cannot be used: Chrome 136 and later ignore the debugging port there."})
final class BrowserStartCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--browser", paramLabel = "NAME",
            description = "chrome, chromium or edge (default: Chrome, else Chromium).")
    String browser;

    @Option(names = "--port", paramLabel = "N", defaultValue = "9222",
            description = "Debugging port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--profile", paramLabel = "DIR",
            description = "Profile folder (default: the dedicated optout profile in your data folder).")
    Path profile;

    @Option(names = "--headless", description = "Without a window (for scripts and tests; you cannot log in).")
    boolean headless;

    BrowserStartCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Optional<BrowserKind> kind = kind();
        if (port < 1024 || port > 65535) {
            throw new UserError(ExitCodes.USAGE, "--port must be between 1024 and 65535, not " + port);
        }
        Path folder = profile != null ? profile : console.folders().profileFor(kind);
        BrowserStarter.Started started = BrowserStarter.standard().start(new BrowserStarter.Request(kind, port,
                folder, headless, Optional.empty()));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Started " + started.kind().displayName() + " (" + started.product() + ", process "
                + started.pid() + ") on profile " + folder + ", debugging port " + started.address() + ".");
        if (!headless) {
            out.println("Log in to Facebook and Instagram in that window once; the profile keeps the login.");
        }
        out.println("Then run, for example:");
        out.println("  optout run facebook-objection --attach " + started.address());
        out.println("optout works in a tab of its own and closes only that tab; close the browser yourself when done.");
        out.flush();
        return ExitCodes.OK;
    }

    private Optional<BrowserKind> kind() {
        if (browser == null) {
            return Optional.empty();
        }
        BrowserKind kind = BrowserKind.parse(browser).orElseThrow(() -> new UserError(ExitCodes.USAGE,
                "--browser must be one of chrome, chromium, edge, not " + browser));
        if (!kind.chromiumBased()) {
            throw new UserError(ExitCodes.USAGE, "Firefox cannot be attached to: run with --browser firefox "
                    + "instead, and optout starts Firefox on its own dedicated profile");
        }
        return Optional.of(kind);
    }
}
