package dev.optout.engine;

import dev.optout.pack.Step;
import java.util.List;
import java.util.Optional;

/**
 * Everything known about a step that could not be done: the step, what went wrong, the targets with the locators
 * tried, the page and its language. Every kind of failure (a target not found, a wait that ran out, a refused
 * field, values the page kept dropping, a safety stop, a problem the browser reported) is rendered here, alike.
 *
 * @param cause what went wrong, e.g. {@code no element matched 'send' [role=button name="Send"] within 10 s}
 * @param tried the targets the cause does not name already, each with its locators, e.g.
 *              {@code 'email' [label="Email"]}
 */
record FailureRecord(Step step, String cause, List<String> tried, String url, String language,
                     Optional<String> remedy) {

    FailureRecord {
        tried = List.copyOf(tried);
    }

    FailureRecord(Step step, String cause, List<String> tried, String url, String language) {
        this(step, cause, tried, url, language, Optional.empty());
    }

    /** The same failure, ending with what the person can do about it (e.g. the {@code optout fix} command). */
    FailureRecord endingWith(String whatToDo) {
        return new FailureRecord(step, cause, tried, url, language, Optional.of(whatToDo));
    }

    /** The cause, the targets tried, the page and what to do about it, as a step's record notes it. */
    String detail() {
        return facts() + remedy.map(r -> "; " + r).orElse("");
    }

    private String facts() {
        String targets = tried.isEmpty() ? ""
                : (tried.size() == 1 ? "; target " : "; targets ") + String.join("; ", tried);
        return withoutFinalStop(cause) + targets + "; page: " + url + ", lang=" + language;
    }

    /**
     * The sentence that ends a run, e.g. {@code step 5 'click send' failed: no element matched …}; without what to do
     * about it, which {@link #closing()} says last.
     */
    String sentence() {
        return "step " + step.number() + " '" + StepDescription.of(step) + "' failed: " + facts();
    }

    /** What the person can do, as the run's last sentence: empty, or e.g. {@code " If Meta changed …"}. */
    String closing() {
        return remedy.map(r -> " " + Character.toUpperCase(r.charAt(0)) + r.substring(1)).orElse("");
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
