package dev.optout.engine;

import dev.optout.pack.Step;
import java.util.List;

/**
 * Everything known about a step that could not be done: the step, what went wrong, the targets with the locators
 * tried, the page and its language. Every kind of failure (a target not found, a wait that ran out, a refused
 * field, values the page kept dropping, a safety stop, a problem the browser reported) is rendered here, alike.
 *
 * @param cause what went wrong, e.g. {@code no element matched 'send' [role=button name="Send"] within 10 s}
 * @param tried the targets the cause does not name already, each with its locators, e.g.
 *              {@code 'email' [label="Email"]}
 */
record FailureRecord(Step step, String cause, List<String> tried, String url, String language) {

    FailureRecord {
        tried = List.copyOf(tried);
    }

    /** The cause, the targets tried and the page, as a step's record notes it. */
    String detail() {
        String targets = tried.isEmpty() ? ""
                : (tried.size() == 1 ? "; target " : "; targets ") + String.join("; ", tried);
        return withoutFinalStop(cause) + targets + "; page: " + url + ", lang=" + language;
    }

    /** The sentence that ends a run, e.g. {@code step 5 'click send' failed: no element matched …}. */
    String sentence() {
        return "step " + step.number() + " '" + StepDescription.of(step) + "' failed: " + detail();
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
