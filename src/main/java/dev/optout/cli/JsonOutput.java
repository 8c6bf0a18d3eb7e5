package dev.optout.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optout.engine.StepDescription;
import dev.optout.pack.InputSpec;
import dev.optout.pack.Origin;
import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import dev.optout.report.SendLedger;
import java.io.UncheckedIOException;
import java.util.List;

/** What {@code --json} prints, for scripts: the same facts as the text output, one JSON document each. */
final class JsonOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static String packs(List<Pack> packs) {
        ArrayNode list = JSON.createArrayNode();
        for (Pack pack : packs) {
            ObjectNode node = list.addObject().put("id", pack.id()).put("title", pack.title())
                    .put("description", pack.description()).put("source", pack.source());
            pack.regions().forEach(node.putArray("regions")::add);
        }
        return write(list);
    }

    static String plan(Pack pack) {
        ObjectNode root = JSON.createObjectNode().put("id", pack.id()).put("title", pack.title());
        pack.regions().forEach(root.putArray("regions")::add);
        ArrayNode hosts = root.putArray("hosts");
        pack.origins().stream().map(Origin::toString).forEach(hosts::add);
        ArrayNode inputs = root.putArray("inputs");
        for (InputSpec input : InputOrder.of(pack)) {
            inputs.addObject().put("name", input.name()).put("type", input.type().yamlName())
                    .put("required", input.required()).put("personal", input.personal())
                    .put("hasDefault", input.defaults().isPresent()).put("label", input.label());
        }
        ArrayNode steps = root.putArray("steps");
        for (Step step : pack.steps()) {
            ObjectNode node = steps.addObject().put("n", step.number()).put("type", step.type())
                    .put("description", StepDescription.of(step)).put("detail", StepDescription.inDetail(step))
                    .put("optional", step.common().optional()).put("sends", step.common().submits());
            step.common().when().ifPresent(guard -> node.put("when", guard.toString()));
            step.targets().forEach(node.putArray("targets")::add);
        }
        return write(root);
    }

    static String doctor(List<DoctorCheck> checks, boolean runCanWork) {
        ObjectNode root = JSON.createObjectNode().put("runCanWork", runCanWork);
        ArrayNode list = root.putArray("checks");
        checks.forEach(check -> list.addObject().put("status", check.statusName()).put("what", check.what())
                .put("fix", check.fix()));
        return write(root);
    }

    static String history(List<SendLedger.Entry> entries) {
        ArrayNode list = JSON.createArrayNode();
        for (SendLedger.Entry entry : entries) {
            list.addObject().put("at", entry.at().toString()).put("pack", entry.pack())
                    .put("outcome", entry.outcome()).put("sent", entry.sent()).put("profile", entry.profile())
                    .put("via", entry.via()).put("report", HistoryCommand.reportOf(entry).toString());
        }
        return write(list);
    }

    private static String write(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
