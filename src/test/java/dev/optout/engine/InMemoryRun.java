package dev.optout.engine;

import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.pack.Step;
import dev.optout.report.ReportWriter;
import dev.optout.report.StepRecord;
import dev.optout.testing.InMemoryPage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine walking a pack against an {@link InMemoryPage}: its own logic, with no browser and no real waiting.
 * Steps wait 10 s unless the pack says otherwise, on the page's clock.
 */
final class InMemoryRun {

    static final Duration STEP_TIMEOUT = Duration.ofSeconds(10);

    final InMemoryPage page = new InMemoryPage();
    /** What the console would print: each step as it starts, and every long wait's progress. */
    final List<String> progress = new ArrayList<>();
    private final Path reports;

    InMemoryRun(Path reports) {
        this.reports = reports;
    }

    /** A pack written in a test: format, id and origins are added. */
    static Pack pack(String... yamlLines) {
        String yaml = String.join("\n", "format: 1", "id: test-pack", "title: A pack written by a test",
                "origins: [https://www.facebook.com]", String.join("\n", yamlLines), "");
        return new PackLoader().load("test-pack.yaml", yaml);
    }

    /**
     * The smallest pack that sends: a personal email field found by {@code emailLocators} (YAML flow items), a
     * confirm, and a Send button that submits, on the form at {@code formUrl}.
     */
    static Pack emailForm(String formUrl, String emailLocators) {
        return pack(
                "inputs:",
                "  email: {type: email, personal: true, label: Your email}",
                "targets:",
                "  email: [" + emailLocators + "]",
                "  send: [{role: button, name: Send}]",
                "steps:",
                "  - open: " + formUrl,
                "  - fill: email",
                "    value: ${email}",
                "  - confirm: Send it?",
                "  - click: send",
                "    submits: true");
    }

    RunResult run(Pack pack, Mode mode, Person person, Map<String, String> inputs) {
        return run(pack, RunSettings.defaults(mode).withStepTimeout(STEP_TIMEOUT), person, inputs);
    }

    RunResult run(Pack pack, RunSettings settings, Person person, Map<String, String> inputs) {
        return run(pack, settings, person, inputs, Optional.empty());
    }

    /** A run that asks the person to repair a missing target and hands the confirmed fixes to {@code fixes}. */
    RunResult run(Pack pack, RunSettings settings, Person person, Map<String, String> inputs,
                  Optional<FixKeeper> fixes) {
        RunListener listener = new RunListener() {
            @Override
            public void stepStarted(Step step, int stepCount, String description) {
                progress.add("step " + step.number() + ": " + description);
            }

            @Override
            public void stillWaiting(String what, Duration elapsed, Duration limit) {
                progress.add("still waiting for " + what + " (" + elapsed.toSeconds() + " s of "
                        + limit.toSeconds() + " s)");
            }
        };
        return new Runner(person, listener, page.clock(), fixes).run(pack, inputs, settings, page, OriginMap.none(),
                new ReportWriter(reports));
    }

    static StepRecord step(RunResult result, int number) {
        return result.record().steps().stream().filter(s -> s.n() == number).findFirst().orElseThrow();
    }
}
