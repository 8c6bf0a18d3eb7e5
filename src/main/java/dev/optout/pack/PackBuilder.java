package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Builds the model from a tree the schema has already judged, adding the checks a schema cannot make. Tolerates
 * nodes of the wrong type (the schema reported them) so that one run finds every error of a file.
 */
final class PackBuilder {

    private static final Pattern GUARD = Pattern.compile("(\\S+) (present|absent)");

    private final SourceTree tree;
    private final Problems problems;
    private final String source;
    private final Map<String, InputSpec> inputs = new LinkedHashMap<>();
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final List<String> origins = new ArrayList<>();

    PackBuilder(SourceTree tree, Problems problems, String source) {
        this.tree = tree;
        this.problems = problems;
        this.source = source;
    }

    Pack build() {
        JsonNode root = tree.root();
        readOrigins(root.path("origins"));
        readInputs(root.path("inputs"));
        readTargets(root.path("targets"));
        List<Step> steps = readSteps(root.path("steps"));
        checkOrder(steps);
        return new Pack(root.path("format").asInt(Pack.CURRENT_FORMAT), root.path("id").asText(""),
                root.path("title").asText(""), root.path("description").asText(""),
                strings(root.path("regions")), origins.stream().map(URI::create).toList(),
                inputs, targets, steps, source);
    }

    private void readOrigins(JsonNode list) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode origin = list.get(i);
            if (!origin.isTextual()) {
                continue;
            }
            Optional<String> problem = OriginPolicy.problem(origin.asText());
            if (problem.isPresent()) {
                problems.at(Pointers.child("/origins", i), problem.get());
            } else {
                origins.add(origin.asText());
            }
        }
    }

    private void readInputs(JsonNode map) {
        map.fields().forEachRemaining(entry -> {
            String pointer = Pointers.child("/inputs", entry.getKey());
            inputs.put(entry.getKey(), readInput(entry.getKey(), entry.getValue(), pointer));
        });
    }

    private InputSpec readInput(String name, JsonNode node, String pointer) {
        InputType type = InputType.TEXT;
        for (InputType candidate : InputType.values()) {
            if (candidate.yamlName().equals(node.path("type").asText())) {
                type = candidate;
            }
        }
        Optional<String> pattern = text(node.path("pattern"));
        pattern.ifPresent(regex -> checkRegex(regex, Pointers.child(pointer, "pattern")));
        List<String> choices = strings(node.path("choices"));
        if (type == InputType.CHOICE && !node.has("choices")) {
            problems.atKey(Pointers.child(pointer, "type"), "input '" + name + "' is a choice and needs 'choices'");
        }
        if (type != InputType.CHOICE && node.has("choices")) {
            problems.atKey(Pointers.child(pointer, "choices"),
                    "'choices' is only allowed for an input of type choice, and '" + name + "' is " + type.yamlName());
        }
        int maxLength = node.path("max-length").isInt() ? node.path("max-length").asInt() : defaultMaxLength(type);
        String label = text(node.path("label")).orElse(name);
        return new InputSpec(name, type, node.path("required").asBoolean(false), node.path("personal").asBoolean(false),
                label, maxLength, pattern, localized(node.path("default")), choices);
    }

    static int defaultMaxLength(InputType type) {
        return switch (type) {
            case TEXT -> 2000;
            case EMAIL -> 254;
            case CODE -> 32;
            case COUNTRY, CHOICE -> 0;
        };
    }

    private void checkRegex(String regex, String pointer) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            problems.at(pointer, "the pattern '" + regex + "' is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex());
        }
    }

    private void readTargets(JsonNode map) {
        map.fields().forEachRemaining(entry -> {
            String pointer = Pointers.child("/targets", entry.getKey());
            List<Locator> locators = new ArrayList<>();
            JsonNode list = entry.getValue();
            for (int i = 0; i < list.size(); i++) {
                readLocator(list.get(i), Pointers.child(pointer, i)).ifPresent(locators::add);
            }
            if (!locators.isEmpty()) {
                targets.put(entry.getKey(), new Target(entry.getKey(), locators));
            } else {
                targets.put(entry.getKey(), null);
            }
        });
        targets.values().removeIf(java.util.Objects::isNull);
    }

    private Optional<Locator> readLocator(JsonNode node, String pointer) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (node.has("role")) {
            List<String> others = kindKeys(node).stream().filter(key -> !key.equals("role") && !key.equals("name"))
                    .toList();
            if (!others.isEmpty()) {
                return moreThanOneKind(pointer, others.get(0), "role", others);
            }
            Optional<LocalizedText> name = node.has("name") ? localized(node.get("name")) : Optional.of(LocalizedText.of(""));
            return text(node.get("role")).flatMap(role -> name.map(n -> Locator.role(role, n)));
        }
        List<String> kinds = kindKeys(node);
        if (kinds.isEmpty()) {
            problems.at(pointer, "a locator needs one of: " + allKindKeys());
            return Optional.empty();
        }
        if (kinds.size() > 1) {
            return moreThanOneKind(pointer, kinds.get(1), kinds.get(0), kinds.subList(1, kinds.size()));
        }
        LocatorKind kind = LocatorKind.byKey(kinds.get(0)).orElseThrow();
        String valuePointer = Pointers.child(pointer, kind.key());
        Optional<LocalizedText> value = localized(node.get(kind.key()));
        value.ifPresent(text -> text.byLanguage().values().forEach(variant ->
                SelectorCheck.problem(kind, variant).ifPresent(problem -> problems.at(valuePointer, problem))));
        return value.map(text -> new Locator(kind, text, Optional.empty()));
    }

    private Optional<Locator> moreThanOneKind(String pointer, String key, String first, List<String> others) {
        problems.atKey(Pointers.child(pointer, key), "a locator has exactly one kind, but this one has " + first
                + " and " + String.join(", ", others) + " (make them separate locators in the list)");
        return Optional.empty();
    }

    private static List<String> kindKeys(JsonNode node) {
        List<String> kinds = new ArrayList<>();
        node.fieldNames().forEachRemaining(key -> LocatorKind.byKey(key).ifPresent(kind -> kinds.add(key)));
        return kinds;
    }

    private static String allKindKeys() {
        return String.join(", ", java.util.Arrays.stream(LocatorKind.values()).map(LocatorKind::key).toList());
    }

    private List<Step> readSteps(JsonNode list) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String pointer = Pointers.child("/steps", i);
            Optional<String> type = Problems.stepType(node);
            if (type.isPresent()) {
                new StepReader(this, node, pointer, i + 1, type.get()).read().ifPresent(steps::add);
            }
        }
        return steps;
    }

    /** Submits only after a confirm; nothing touches a page before it is opened. */
    private void checkOrder(List<Step> steps) {
        boolean confirmed = false;
        boolean opened = false;
        for (Step step : steps) {
            String pointer = Pointers.child("/steps", step.number() - 1);
            if (step.common().submits() && !confirmed) {
                problems.atKey(Pointers.child(pointer, "submits"), "this step submits, but no confirm step comes "
                        + "before it; add a confirm step so the person says yes before anything is sent");
            }
            boolean touchesPage = !step.targets().isEmpty() || step.common().when().isPresent();
            if (touchesPage && !opened) {
                problems.atKey(Pointers.child(pointer, step.type()),
                        "this step looks at the page before any open step; start the pack with an open step");
            }
            confirmed |= step instanceof Step.Confirm;
            opened |= step instanceof Step.Open;
        }
    }

    // ---- used by StepReader ----

    Problems problems() {
        return problems;
    }

    SourceTree tree() {
        return tree;
    }

    void requireTarget(String name, String pointer) {
        if (!targets.containsKey(name) && !tree.root().path("targets").has(name)) {
            problems.at(pointer, "target '" + name + "' is not defined" + suggestion(name,
                    tree.root().path("targets")));
        }
    }

    Optional<InputSpec> requireInput(String name, String pointer, String what) {
        InputSpec input = inputs.get(name);
        if (input == null) {
            problems.at(pointer, what + " '" + name + "' is not defined" + suggestion(name, tree.root().path("inputs")));
        }
        return Optional.ofNullable(input);
    }

    Optional<Guard> guard(JsonNode node, String pointer) {
        Optional<String> text = text(node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = GUARD.matcher(text.get().strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        requireTarget(matcher.group(1), pointer);
        return Optional.of(new Guard(matcher.group(1), matcher.group(2).equals("present")));
    }

    void checkOpenUrl(String url, String pointer) {
        OriginPolicy.Result result = OriginPolicy.originOf(url);
        result.problem().ifPresent(problem -> problems.at(pointer, problem));
        result.origin().ifPresent(origin -> {
            if (!origins.contains(origin)) {
                problems.at(pointer, "URL '" + url + "' is outside the pack's origins: its origin " + origin
                        + " is not listed (origins: " + (origins.isEmpty() ? "none valid" : String.join(", ", origins))
                        + ")");
            }
        });
    }

    static Optional<Duration> seconds(JsonNode node) {
        if (!node.isNumber() || node.asDouble() <= 0 || node.asDouble() > 3600) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(node.asDouble() * 1000)));
    }

    private static String suggestion(String name, JsonNode defined) {
        TreeSet<String> names = new TreeSet<>();
        defined.fieldNames().forEachRemaining(names::add);
        Optional<String> close = names.stream().filter(candidate -> distance(candidate, name) <= 2).findFirst();
        return close.map(c -> "; did you mean '" + c + "'?").orElse("")
                + " (defined: " + (names.isEmpty() ? "none" : String.join(", ", names)) + ")";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        }
        if (node.isArray()) {
            node.forEach(item -> text(item).ifPresent(values::add));
        }
        return values;
    }

    static Optional<LocalizedText> localized(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(LocalizedText.of(node.asText()));
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        Map<String, String> variants = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> text(entry.getValue())
                .ifPresent(value -> variants.put(entry.getKey().toLowerCase(Locale.ROOT), value)));
        return variants.isEmpty() ? Optional.empty() : Optional.of(new LocalizedText(variants));
    }
}
