package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads one step whose shape (exactly one type key) is known to be right, checking what it names. The step is
 * written in the pack's file, or in a library's fragment ({@code site} says which, and places its errors).
 */
final class StepReader {

    private final PackBuilder pack;
    private final Problems site;
    private final JsonNode node;
    private final String pointer;
    private final int number;
    private final String type;

    StepReader(PackBuilder pack, Problems site, JsonNode node, String pointer, int number, String type) {
        this.pack = pack;
        this.site = site;
        this.node = node;
        this.pointer = pointer;
        this.number = number;
        this.type = type;
    }

    Optional<Step> read() {
        StepCommon common = new StepCommon(number, site.tree().keyAt(at(type)).line(),
                PackBuilder.text(node.get("name")), node.path("optional").asBoolean(false),
                pack.guard(node.get("when"), site, at("when")), node.path("submits").asBoolean(false),
                PackBuilder.seconds(node.path("timeout")), sends());
        Optional<String> main = PackBuilder.text(node.get(type));
        return switch (type) {
            case "open" -> main.map(url -> {
                pack.checkOpenUrl(url, site, at(type));
                return new Step.Open(common, url);
            });
            case "wait-for" -> Optional.of(new Step.WaitFor(common, targets(type)));
            case "verify" -> Optional.of(new Step.Verify(common, targets(type)));
            case "click" -> target(main).map(t -> new Step.Click(common, t));
            case "check" -> target(main).map(t -> new Step.Check(common, t));
            case "uncheck" -> target(main).map(t -> new Step.Uncheck(common, t));
            case "fill" -> target(main).flatMap(t -> value().map(v -> new Step.Fill(common, t, v)));
            case "select" -> target(main).flatMap(t -> value().map(v -> new Step.Select(common, t, v)));
            case "press" -> main.map(key -> new Step.Press(common, key, target(PackBuilder.text(node.get("target")),
                    at("target"))));
            case "confirm" -> main.map(message -> new Step.Confirm(common, message));
            case "wait-for-person" -> main.map(message -> new Step.WaitForPerson(common, message, targets("until")));
            case "ask" -> main.flatMap(input -> {
                Optional<InputSpec> spec = pack.requireInput(input, site, at(type), "input");
                String prompt = PackBuilder.text(node.get("message"))
                        .orElse(spec.map(InputSpec::label).orElse(input));
                return Optional.of(new Step.Ask(common, input, prompt));
            });
            default -> throw new IllegalStateException("no reader for step type " + type);
        };
    }

    /** What a send goes to; only a step that sends can say so. */
    private Optional<String> sends() {
        Optional<String> sends = PackBuilder.text(node.get("sends"));
        if (sends.isPresent() && !node.path("submits").asBoolean(false)) {
            site.atKey(at("sends"), "'sends' names what a send goes to, so it belongs on a step with "
                    + "submits: true");
        }
        return sends;
    }

    private Optional<String> target(Optional<String> name) {
        return target(name, at(type));
    }

    private Optional<String> target(Optional<String> name, String namePointer) {
        name.ifPresent(n -> pack.requireTarget(n, site, namePointer));
        return name;
    }

    /** A key holding one target name or a list of them. */
    private List<String> targets(String key) {
        JsonNode value = node.path(key);
        List<String> names = PackBuilder.strings(value);
        if (value.isTextual()) {
            pack.requireTarget(value.asText(), site, at(key));
        } else {
            for (int i = 0; i < value.size(); i++) {
                String itemPointer = Pointers.child(at(key), i);
                PackBuilder.text(value.get(i)).ifPresent(name -> pack.requireTarget(name, site, itemPointer));
            }
        }
        return names;
    }

    private Optional<ValueTemplate> value() {
        Optional<ValueTemplate> value = PackBuilder.text(node.get("value")).map(ValueTemplate::new);
        value.ifPresent(template -> template.references()
                .forEach(reference -> pack.requireInput(reference, site, at("value"), "input")));
        return value;
    }

    private String at(String key) {
        return Pointers.child(pointer, key);
    }
}
