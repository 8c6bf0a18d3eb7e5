package dev.optout.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code optout browser}: the commands about the browser itself. */
@Command(name = "browser", mixinStandardHelpOptions = true,
        description = "Manage the browser optout works in.")
final class BrowserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
