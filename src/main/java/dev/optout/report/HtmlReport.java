package dev.optout.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code report.html}: the proof a person can read, self-contained (screenshots inlined, no script, nothing fetched
 * from elsewhere): the outcome in a sentence, when (UTC and local) and where, what was sent (masked), Meta's
 * confirmation, every step with its screenshot, and what happens next.
 */
public final class HtmlReport {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String DEMO_BANNER = "<p class=\"demo\">A demo against the replica of Meta's pages on this "
            + "computer: nothing here reached Meta, and this is no proof of anything sent to Meta.</p>";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz");

    /**
     * What the run record does not hold.
     *
     * @param title     the pack's title
     * @param stepNames each step in words, by number
     * @param nextSteps what happens next, one sentence each
     * @param zone      the person's time zone, for the local time
     */
    public record Context(String title, Map<Integer, String> stepNames, List<String> nextSteps, ZoneId zone) {
        public Context {
            stepNames = Map.copyOf(stepNames);
            nextSteps = List.copyOf(nextSteps);
        }
    }

    private HtmlReport() {
    }

    /**
     * The page.
     *
     * @param screenshots the PNG of a screenshot by its name relative to the report folder, when it exists
     */
    public static String render(RunRecord run, Context context, Function<String, Optional<byte[]>> screenshots) {
        Map<String, String> parts = new HashMap<>();
        parts.put("title", escape(context.title()));
        parts.put("pack", escape(run.pack()));
        parts.put("mode", escape(run.mode()));
        parts.put("demo", run.mode().equals("demo") ? DEMO_BANNER : "");
        parts.put("outcomeClass", run.outcome().jsonName());
        parts.put("outcome", escape(outcomeSentence(run)));
        parts.put("facts", facts(run, context.zone()));
        parts.put("sent", sent(run));
        parts.put("next", items(context.nextSteps()));
        parts.put("steps", steps(run, context.stepNames(), screenshots));
        return fill(template(), parts);
    }

    /** One pass over the template, so that no text put in (a page's words, say) is taken for a placeholder. */
    private static String fill(String template, Map<String, String> parts) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder page = new StringBuilder();
        while (placeholder.find()) {
            String part = parts.get(placeholder.group(1));
            if (part == null) {
                throw new IllegalStateException("the report template names an unknown part " + placeholder.group());
            }
            placeholder.appendReplacement(page, Matcher.quoteReplacement(part));
        }
        placeholder.appendTail(page);
        return page.toString();
    }

    static String outcomeSentence(RunRecord run) {
        String message = run.message().map(m -> " " + m + (m.endsWith(".") ? "" : ".")).orElse("");
        return switch (run.outcome()) {
            case CONFIRMED -> run.mode().equals("demo") ? "Sent to the replica, which confirmed it." + message
                    : "Sent, and Meta's page confirmed it." + message;
            case REFUSED -> "Meta's page refused it: nothing counts as sent." + message;
            case FAILED -> "Sent, and Meta's page answered with an error: it may or may not have reached Meta."
                    + message;
            case SENT_UNCONFIRMED -> "Sent, but no confirmation was recognised: do not send it again; check your email "
                    + "and Meta's Privacy Center." + message;
            case DONE -> "Every step was done; this pack sent nothing." + message;
            case DRY_RUN -> "A dry run: every step was walked and highlighted; nothing was typed or sent.";
            case DECLINED -> "You said no at the confirmation: nothing was sent.";
            case STOPPED -> "The run stopped before anything was sent." + message;
            case ABORTED -> "The run was stopped." + message;
        };
    }

    private static String facts(RunRecord run, ZoneId zone) {
        StringBuilder rows = new StringBuilder();
        row(rows, "Started", when(run.startedAt(), zone));
        row(rows, "Finished", when(run.finishedAt(), zone));
        row(rows, "Final page", run.finalUrl().orElse("(unknown: the browser was gone)"));
        row(rows, "Page language", run.language());
        row(rows, "Meta's confirmation", run.confirmation().map(c -> "“" + c + "”").orElse("(none shown)"));
        run.evidence().ifPresent(evidence -> {
            row(rows, "Outcome rests on", evidence.basis() + evidence.pageSaid().map(s -> ": “" + s + "”").orElse(""));
            row(rows, "What left the browser", (evidence.requests().isEmpty() ? "no request"
                    : String.join("; ", evidence.requests())) + " (read from " + evidence.source() + ")");
        });
        return rows.toString();
    }

    private static String when(Instant at, ZoneId zone) {
        return UTC.format(at) + " (" + LOCAL.withZone(zone).format(at) + ", local time)";
    }

    private static void row(StringBuilder rows, String name, String value) {
        rows.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value))
                .append("</td></tr>\n");
    }

    private static String sent(RunRecord run) {
        if (run.sent().isEmpty()) {
            boolean sent = run.outcome() == Outcome.CONFIRMED || run.outcome() == Outcome.FAILED
                    || run.outcome() == Outcome.SENT_UNCONFIRMED;
            return "<p>" + (run.outcome() == Outcome.DRY_RUN ? "Nothing: a dry run sends nothing."
                    : sent ? "No form field: this request is a click, without fields." : "Nothing.") + "</p>";
        }
        StringBuilder table = new StringBuilder("<table>\n<tr><th>Field</th><td><b>Value</b> (masked)</td>"
                + "<td><b>Sent to</b></td></tr>\n");
        for (RunRecord.SentField field : run.sent()) {
            table.append("<tr><th>").append(escape(field.field())).append("</th><td>")
                    .append(escape(field.value().isEmpty() ? "(left empty)" : field.value())).append("</td><td>")
                    .append(escape(field.host())).append("</td></tr>\n");
        }
        return table.append("</table>").toString();
    }

    private static String items(List<String> sentences) {
        StringBuilder list = new StringBuilder();
        sentences.forEach(sentence -> list.append("<li>").append(escape(sentence)).append("</li>\n"));
        return list.toString();
    }

    private static String steps(RunRecord run, Map<Integer, String> names,
                                Function<String, Optional<byte[]>> screenshots) {
        StringBuilder list = new StringBuilder();
        for (StepRecord step : run.steps()) {
            String name = names.getOrDefault(step.n(), step.type() + step.target().map(t -> " " + t).orElse(""));
            list.append("<li class=\"").append(step.status().jsonName()).append("\"><span class=\"status\">")
                    .append(escape(step.status().jsonName())).append("</span> ").append(step.n()).append(". ")
                    .append(escape(name)).append(" <span class=\"muted\">(").append(step.ms()).append(" ms)</span>");
            step.matched().ifPresent(m -> list.append("<br><span class=\"note\">found by <code>").append(escape(m))
                    .append("</code></span>"));
            step.note().ifPresent(n -> list.append("<br><span class=\"note\">").append(escape(n)).append("</span>"));
            step.screenshot().flatMap(screenshots).ifPresent(png -> list.append("<br><img alt=\"")
                    .append(escape("screenshot of step " + step.n())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\">"));
            list.append("</li>\n");
        }
        return list.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
            if (in == null) {
                throw new IllegalStateException("the report template report.html is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
