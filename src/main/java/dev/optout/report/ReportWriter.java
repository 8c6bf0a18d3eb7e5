package dev.optout.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Writes {@code run.json}, {@code report.html} and the screenshots into one owner-only folder. */
public final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;

    public ReportWriter(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Saves a screenshot and returns its name relative to the report folder. */
    public String screenshot(String name, byte[] png) {
        String relative = "screenshots/" + name + ".png";
        try {
            PrivateFiles.write(folder.resolve(relative), png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write screenshot into " + folder, e);
        }
        return relative;
    }

    public Path write(RunRecord run) {
        Path file = folder.resolve("run.json");
        try {
            PrivateFiles.write(file, JSON.writeValueAsBytes(toJson(run)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file, e);
        }
        return file;
    }

    /** Writes {@code outline.json}: the page's structure without any value, for a report of a changed page. */
    public Path writeOutline(java.util.Map<String, Object> outline) {
        Path file = folder.resolve("outline.json");
        try {
            PrivateFiles.write(file, JSON.writeValueAsBytes(outline));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the page outline " + file, e);
        }
        return file;
    }

    /** Writes {@code report.html} beside {@code run.json}, with the run's screenshots inlined. */
    public Path writeHtml(RunRecord run, HtmlReport.Context context) {
        Path file = folder.resolve("report.html");
        try {
            PrivateFiles.write(file, HtmlReport.render(run, context, this::readScreenshot)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file, e);
        }
        return file;
    }

    private Optional<byte[]> readScreenshot(String relative) {
        Path file = folder.resolve(relative).normalize();
        try {
            return file.startsWith(folder.normalize()) && Files.isRegularFile(file)
                    ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException unreadable) {
            // A report without one picture is better than none.
            return Optional.empty();
        }
    }

    static ObjectNode toJson(RunRecord run) {
        ObjectNode root = JSON.createObjectNode();
        root.put("pack", run.pack());
        root.put("mode", run.mode());
        root.put("outcome", run.outcome().jsonName());
        root.put("startedAt", run.startedAt().toString());
        root.put("finishedAt", run.finishedAt().toString());
        root.put("language", run.language());
        putOptional(root, "finalUrl", run.finalUrl());
        putOptional(root, "confirmation", run.confirmation());
        putOptional(root, "message", run.message());
        run.evidence().ifPresent(evidence -> {
            ObjectNode node = root.putObject("evidence");
            node.put("basis", evidence.basis());
            node.put("source", evidence.source());
            ArrayNode requests = node.putArray("requests");
            evidence.requests().forEach(requests::add);
            putOptional(node, "pageSaid", evidence.pageSaid());
        });
        ArrayNode sent = root.putArray("sent");
        run.sent().forEach(field -> sent.addObject()
                .put("field", field.field()).put("value", field.value()).put("host", field.host()));
        ArrayNode steps = root.putArray("steps");
        for (StepRecord step : run.steps()) {
            ObjectNode node = steps.addObject();
            node.put("n", step.n());
            node.put("type", step.type());
            node.put("target", step.target().orElse(null));
            node.put("status", step.status().jsonName());
            node.put("matched", step.matched().orElse(null));
            node.put("ms", step.ms());
            putOptional(node, "note", step.note());
            putOptional(node, "screenshot", step.screenshot());
        }
        return root;
    }

    private static void putOptional(ObjectNode node, String name, Optional<String> value) {
        value.ifPresent(v -> node.put(name, v));
    }
}
