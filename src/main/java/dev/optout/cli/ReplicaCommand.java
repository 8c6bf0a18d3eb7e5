package dev.optout.cli;

import dev.optout.replica.CookieDialogTiming;
import dev.optout.replica.CountryWidget;
import dev.optout.replica.KnobValues;
import dev.optout.replica.Markup;
import dev.optout.replica.OptionValues;
import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import dev.optout.replica.SendFault;
import dev.optout.replica.TypingNavigation;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optout replica}: serve the bundled replica of Meta's pages, to try packs against with --origin-map. Each
 * flag sets one of the replica's scenario knobs; every value is checked before the server starts.
 */
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

    @Option(names = "--cookie-dialog-at", paramLabel = "WHEN", defaultValue = "arrival",
            description = "When the cookie dialog appears: arrival, after-first-input, after-ms.")
    String cookieDialogAt;

    @Option(names = "--cookie-dialog-delay", paramLabel = "MS", defaultValue = "1500",
            description = "With --cookie-dialog-at after-ms: how long after the page rendered.")
    int cookieDialogDelayMs;

    @Option(names = "--country-widget", paramLabel = "WIDGET", defaultValue = "select",
            description = "The country field: select, typeahead, listbox, radiogroup, select-only, select-only-virtual "
                    + "(a list that renders only the options in view).")
    String countryWidget;

    @Option(names = "--option-values", paramLabel = "KIND", defaultValue = "iso",
            description = "The country <select>'s option values: iso, name, id.")
    String optionValues;

    @Option(names = "--ai-gate", description = "Ask \"Is your request related to AI at Meta?\" before the fields.")
    boolean aiGate;

    @Option(names = "--overlay-over-send", description = "Cover the forms' Send button with a coachmark.")
    boolean overlayOverSend;

    @Option(names = "--slow-response", paramLabel = "MS", defaultValue = "0",
            description = "Answer every page this many milliseconds late.")
    int slowResponseMs;

    @Option(names = "--send-fault", paramLabel = "FAULT", defaultValue = "none",
            description = "Fail every send: none, http-500, connection-closed, connection-refused, meta-error.")
    String sendFault;

    @Option(names = "--links-in-new-tab", description = "Open the Privacy Center's and policies' links to the forms "
            + "in a new tab.")
    boolean linksInNewTab;

    @Option(names = "--navigate-while-typing", paramLabel = "URL",
            description = "Leave for URL once one field received --after-keystrokes key presses.")
    String navigateWhileTyping;

    @Option(names = "--after-keystrokes", paramLabel = "N", defaultValue = "10",
            description = "With --navigate-while-typing: how many key presses into one field (default: 10).")
    int afterKeystrokes;

    @Option(names = "--redirect-to", paramLabel = "URL", description = "Send the rendered objection form to URL.")
    String redirectTo;

    @Option(names = "--nameless-dialogs", description = "Give Meta's own dialogs (Meta AI's, Accounts Center's, the "
            + "second confirmation) no name.")
    boolean namelessDialogs;

    @Option(names = "--off-meta-2026", description = "Redirect off-Meta activity to \"Activity from other "
            + "businesses\".")
    boolean offMeta2026;

    @Option(names = "--privacy-requests-2026", description = "Redirect the Privacy Rights Request to "
            + "help.meta.com's privacy page.")
    boolean privacyRequests2026;

    @Option(names = "--reworded-labels", description = "Reword the objection forms' labels and Send button.")
    boolean rewordedLabels;

    @Option(names = "--timestamps", description = "Record when each form field and Send appeared and was first "
            + "used (/__replica/timestamps).")
    boolean timestamps;

    @Option(names = "--markup", paramLabel = "KIND", defaultValue = "native",
            description = "How the form pages are built: native (Meta's classic help forms) or react (ARIA widgets, "
                    + "aria-labelledby, live regions empty from the start).")
    String markup;

    @Option(names = "--noise", paramLabel = "SEED", description = "Add the noise of real pages around every form, "
            + "the same for the same seed (empty and stale live regions, hidden copies of names, an aria-hidden clone "
            + "of the form, an off-screen menu, templates).")
    Long noise;

    @Option(names = {"--extra-required", "--extra-required-field"}, description = "Ask for one more required "
            + "field, \"Full name\", which no pack knows.")
    boolean extraRequiredField;

    @Option(names = "--extra-required-unmarked", description = "Ask for \"Full name\" with no mark that it is "
            + "required: only the page's message after Send says so.")
    boolean extraRequiredUnmarked;

    @Option(names = "--confirm-email", description = "Ask for the email a second time, in a required \"Confirm "
            + "email address\" field; Send checks that both are equal.")
    boolean confirmEmail;

    @Option(names = "--security-check", description = "After Send, a \"Security check\" dialog: a checkbox \"I'm "
            + "not a robot\" a person must tick, then Continue; only then does the form go out.")
    boolean securityCheck;

    @Option(names = {"--second-confirmation", "--second-confirm"}, description = "After Send, ask \"Submit your "
            + "objection?\"; only its Submit sends.")
    boolean secondConfirmation;

    @Option(names = "--reworded-confirmation", description = "Confirm a send in other words than the reference "
            + "text (\"Thanks, we received your request.\").")
    boolean rewordedConfirmation;

    @Option(names = "--readonly-email", description = "Show the objection form's email pre-filled with the "
            + "account's address, read-only (readonly; in react markup aria-readonly).")
    boolean readonlyEmail;

    @Option(names = "--maxlength", paramLabel = "N", defaultValue = "0", description = "The objection form's reason "
            + "takes at most N characters (maxlength; in react markup cut by script, with a counter).")
    int reasonMaxLength;

    @Option(names = "--form-steps", description = "Show the objection form in two parts: country and email, then "
            + "\"Next\", then the reason and Send.")
    boolean formSteps;

    @Option(names = "--form-in-dialog", description = "Show the objection form in a modal dialog that a button "
            + "\"Submit an objection request\" opens.")
    boolean formInDialog;

    @Option(names = "--no-labels", description = "Give the objection forms' fields no labels (placeholders instead) "
            + "and make Send an icon named only by aria-label.")
    boolean noLabels;

    @Override
    public Integer call() throws InterruptedException {
        Scenario scenario = scenario();
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

    /** The scenario the flags describe; a flag with a value the replica does not know ends the command first. */
    Scenario scenario() {
        if (!PageLanguages.contains(language)) {
            throw new UserError(ExitCodes.USAGE, "--locale must be one of " + PageLanguages.listed());
        }
        Scenario scenario = new Scenario().language(language)
                .formVersion(FormYear.parse(form))
                .loginRequired(loginWall)
                .cookieDialog(!noCookieDialog)
                .cookieDialogAt(choice("--cookie-dialog-at", CookieDialogTiming.class, cookieDialogAt))
                .cookieDialogDelayMs(notNegative("--cookie-dialog-delay", cookieDialogDelayMs))
                .countryWidget(choice("--country-widget", CountryWidget.class, countryWidget))
                .optionValues(choice("--option-values", OptionValues.class, optionValues))
                .aiGate(aiGate)
                .overlayOverSend(overlayOverSend)
                .slowResponseMs(notNegative("--slow-response", slowResponseMs))
                .sendFault(choice("--send-fault", SendFault.class, sendFault))
                .linksInNewTab(linksInNewTab)
                .redirectTo(redirectTo == null ? null : webAddress("--redirect-to", redirectTo))
                .namelessDialogs(namelessDialogs)
                .offMetaActivity2026(offMeta2026)
                .privacyRequests2026(privacyRequests2026)
                .rewordedLabels(rewordedLabels)
                .timestamps(timestamps)
                .markup(choice("--markup", Markup.class, markup))
                .noise(noise)
                .extraRequiredField(extraRequiredField)
                .secondConfirmation(secondConfirmation)
                .rewordedConfirmation(rewordedConfirmation)
                .readonlyEmail(readonlyEmail)
                .reasonMaxLength(notNegative("--maxlength", reasonMaxLength))
                .formSteps(formSteps)
                .formInDialog(formInDialog)
                .extraRequiredUnmarked(extraRequiredUnmarked)
                .confirmEmail(confirmEmail)
                .securityCheck(securityCheck)

                .noLabels(noLabels);
        if (navigateWhileTyping != null) {
            if (afterKeystrokes < 1) {
                throw new UserError(ExitCodes.USAGE, "--after-keystrokes must be at least 1, not " + afterKeystrokes);
            }
            scenario.navigateWhileTyping(new TypingNavigation(
                    webAddress("--navigate-while-typing", navigateWhileTyping), afterKeystrokes, null));
        }
        return scenario;
    }

    private static <E extends Enum<E>> E choice(String flag, Class<E> type, String value) {
        try {
            return KnobValues.parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, flag + " " + e.getMessage());
        }
    }

    private static int notNegative(String flag, int milliseconds) {
        if (milliseconds < 0) {
            throw new UserError(ExitCodes.USAGE, flag + " must not be negative, not " + milliseconds);
        }
        return milliseconds;
    }

    private static String webAddress(String flag, String url) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // Reported below, like any address that is not a web address.
        }
        throw new UserError(ExitCodes.USAGE, flag + " must be an http:// or https:// address, not " + url);
    }
}
