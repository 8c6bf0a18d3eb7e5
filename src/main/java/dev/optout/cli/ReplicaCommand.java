package dev.optout.cli;

import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout replica}: serve the bundled replica of Meta's pages, to try packs against with --origin-map. */
@Command(name = "replica", mixinStandardHelpOptions = true,
        description = "Serve the bundled replica of Meta's pages on 127.0.0.1 until Ctrl-C, for trying packs with "
                + "'run --origin-map https://www.facebook.com=http://127.0.0.1:PORT'.")
final class ReplicaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", description = "Port to listen on (default: any free port).")
    int port;

    @Option(names = "--locale", paramLabel = "LANG", defaultValue = "en", completionCandidates = PageLanguages.class,
            description = "Language of the pages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--form", paramLabel = "YEAR", defaultValue = "2025", description = "2025 or 2024.")
    String form;

    @Option(names = "--login-wall", description = "Ask for a login first (any email and password work).")
    boolean loginWall;

    @Option(names = "--no-cookie-dialog", description = "Do not show the cookie dialog.")
    boolean noCookieDialog;

    @Override
    public Integer call() throws InterruptedException {
        if (!PageLanguages.contains(language)) {
            throw new UserError(ExitCodes.USAGE, "--locale must be one of " + PageLanguages.listed());
        }
        Scenario scenario = new Scenario().language(language)
                .formVersion(FormYear.parse(form))
                .loginRequired(loginWall)
                .cookieDialog(!noCookieDialog);
        try (ReplicaServer replica = ReplicaServer.start(scenario, port)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Replica of Meta's pages on " + replica.baseUrl() + " (Ctrl-C to stop)");
            out.println("Try: scripts/optout run facebook-objection --origin-map https://www.facebook.com="
                    + replica.baseUrl() + " --set country=DE");
            out.flush();
            new CountDownLatch(1).await();
        }
        return ExitCodes.OK;
    }
}
