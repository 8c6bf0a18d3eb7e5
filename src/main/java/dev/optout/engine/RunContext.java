package dev.optout.engine;

import dev.optout.browser.Match;
import dev.optout.browser.WebPage;
import dev.optout.pack.InputSpec;
import dev.optout.pack.Origin;
import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import dev.optout.pack.ValueTemplate;
import dev.optout.report.ReportWriter;
import dev.optout.report.RunRecord.SentField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one run knows while it walks a pack: the page, the person, the values, what is pending and what was sent. */
final class RunContext {

    final Pack pack;
    final RunSettings settings;
    final WebPage page;
    final Waiter waiter;
    final Person person;
    final AllowedOrigins origins;
    final ReportWriter report;
    final TargetFinder finder;

    private final Map<String, String> inputs;
    private final List<FilledField> pending = new ArrayList<>();
    private final List<SentField> sent = new ArrayList<>();
    private final Map<Integer, String> screenshots = new HashMap<>();
    private boolean confirmed;
    private boolean sentSomething;
    private boolean pastDryRunSend;
    private boolean dryRunMissed;
    private Optional<String> confirmation = Optional.empty();
    private String language = "en";

    RunContext(Pack pack, RunSettings settings, WebPage page, Waiter waiter, Person person, AllowedOrigins origins,
               ReportWriter report, Map<String, String> inputs) {
        this.pack = pack;
        this.settings = settings;
        this.page = page;
        this.waiter = waiter;
        this.person = person;
        this.origins = origins;
        this.report = report;
        this.inputs = new HashMap<>(inputs);
        this.finder = new TargetFinder(pack, page, waiter, this::language);
    }

    boolean dryRun() {
        return settings.mode() == Mode.DRY_RUN;
    }

    String language() {
        return language;
    }

    /** Reads the page language afresh: a redirect or a login may change it. */
    void refreshLanguage() {
        language = settings.locale().orElseGet(() -> Waiter.once(page::language));
    }

    /**
     * How long a step may wait. Once a dry run has missed a target, the page is not what the pack expects, so no
     * later step waits longer than the run's default for its own target.
     */
    Duration timeout(Step step) {
        Duration own = step.common().timeout().orElse(settings.stepTimeout());
        return dryRunMissed && own.compareTo(settings.stepTimeout()) > 0 ? settings.stepTimeout() : own;
    }

    void noteDryRunMiss() {
        dryRunMissed = true;
    }

    /** An input's value: the person's, else the pack's default for the page language. */
    Optional<String> input(String name) {
        String given = inputs.get(name);
        if (given != null) {
            return Optional.of(given);
        }
        return pack.input(name).flatMap(InputSpec::defaults).flatMap(d -> d.in(language));
    }

    void setInput(String name, String value) {
        inputs.put(name, value);
    }

    Optional<String> resolve(ValueTemplate template) {
        return template.resolve(this::input);
    }

    /** Whether a value carries the person's own data: it uses a personal input that they gave. */
    boolean givenPersonal(ValueTemplate template) {
        return template.references().stream()
                .anyMatch(name -> inputs.containsKey(name) && pack.input(name).map(InputSpec::personal).orElse(false));
    }

    /** The input a value consists of, when it is a single reference such as {@code ${email}}. */
    Optional<InputSpec> soleInput(ValueTemplate template) {
        return template.soleReference().flatMap(pack::input);
    }

    /** Stops the run when the page is not on an allowed host: checked before every typing and every send. */
    void requireAllowedOrigin(String action) {
        String url = Waiter.once(page::url);
        if (!origins.allows(url)) {
            throw new SafetyAbortException("the page moved to " + originOf(url) + ", which is not one of the hosts this pack "
                    + "may use (" + origins.describeAllowed() + "); refusing to " + action + " there. Nothing was "
                    + "typed or sent on that page.");
        }
    }

    String currentHost() {
        String url = Waiter.once(page::url);
        return origins.realHost(url).orElseGet(() -> originOf(url));
    }

    private static String originOf(String url) {
        return Origin.of(url).map(Origin::toString).orElse(url);
    }

    // --- what will be sent -------------------------------------------------------------------------------------

    void recordFilled(FilledField field) {
        pending.removeIf(f -> f.target().equals(field.target()));
        pending.add(field);
    }

    List<FilledField> pending() {
        return List.copyOf(pending);
    }

    void confirm() {
        confirmed = true;
    }

    boolean confirmed() {
        return confirmed;
    }

    /**
     * After a submit: what was pending is now sent to {@code host}, and is what the report proves. The host is read
     * before the send: afterwards the page may be busy with a dialog of its own.
     */
    void markSent(String host) {
        for (FilledField field : pending) {
            sent.add(new SentField(field.label(), Redaction.shown(field), host));
        }
        pending.clear();
        sentSomething = true;
    }

    boolean sentSomething() {
        return sentSomething;
    }

    List<SentField> sent() {
        return List.copyOf(sent);
    }

    void markPastDryRunSend() {
        pastDryRunSend = true;
    }

    boolean pastDryRunSend() {
        return pastDryRunSend;
    }

    void setConfirmation(String text) {
        confirmation = Optional.of(text);
    }

    Optional<String> confirmation() {
        return confirmation;
    }

    // --- dry-run evidence --------------------------------------------------------------------------------------

    /** Dry run: outlines the element with the step's number and type, and photographs it before anything happens. */
    void show(Step step, Match match) {
        if (dryRun()) {
            Waiter.once(() -> {
                page.highlight(match.element(), step.number() + " · " + step.type());
                return null;
            });
            screenshot(step);
        }
    }

    void screenshot(Step step) {
        screenshots.put(step.number(), takeScreenshot(String.format("step-%02d-%s", step.number(), step.type())));
    }

    String takeScreenshot(String name) {
        return report.screenshot(name, Waiter.once(page::screenshot));
    }

    Optional<String> screenshotOf(Step step) {
        return Optional.ofNullable(screenshots.get(step.number()));
    }
}
