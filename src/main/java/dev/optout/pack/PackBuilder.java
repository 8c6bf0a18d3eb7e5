package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.optout.pack.StepOrder.PlacedStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    private static final String HERE = "this pack";

    private final SourceTree tree;
    private final Problems problems;
    private final String source;
    private final PackResolver resolver;
    private final ContentChecks checks;
    private final Definitions<InputSpec> inputs = new Definitions<>();
    private final Definitions<Target> targets = new Definitions<>();
    private final List<String> origins = new ArrayList<>();
    private final List<List<Interrupt>> foreignInterrupts = new ArrayList<>();
    private final List<List<String>> foreignErrorTargets = new ArrayList<>();
    private final FragmentExpander fragments = new FragmentExpander();
    /** A library or an included pack could not be had, so what it defines is unknown: names are not checked. */
    private boolean incomplete;

    PackBuilder(SourceTree tree, Problems problems, String source, PackResolver resolver, ContentChecks checks) {
        this.tree = tree;
        this.problems = problems;
        this.source = source;
        this.resolver = resolver;
        this.checks = checks;
    }

    Pack build() {
        JsonNode root = tree.root();
        String id = root.path("id").asText("");
        readOrigins(root.path("origins"));
        readInputs(root.path("inputs"));
        useLibraries(root.path("uses"));
        readTargets(root.path("targets"));
        Includes.Found found = Includes.resolve(root.path("steps"), id, resolver, problems);
        incomplete |= !found.complete();
        Map<Integer, Pack> included = found.packs();
        included.forEach(this::merge);
        List<PlacedStep> placed = readSteps(root.path("steps"), included);
        StepOrder.check(placed);
        fragments.reportUses();
        List<Step> steps = new ArrayList<>();
        placed.forEach(p -> steps.add(p.step().withNumber(steps.size() + 1)));
        OverlayReader overlays = new OverlayReader(problems, (name, pointer) -> requireTarget(name, problems, pointer));
        foreignInterrupts.add(0, overlays.interrupts(root.path("interrupts")));
        foreignErrorTargets.add(0, overlays.errorTargets(root.path("errors")));
        return new Pack(root.path("format").asInt(Pack.CURRENT_FORMAT), id,
                root.path("title").asText(""), root.path("description").asText(""),
                strings(root.path("regions")), origins.stream().map(Origin::parse).toList(),
                inputs.asMap(), targets.asMap(), steps, merged(foreignInterrupts), merged(foreignErrorTargets),
                source);
    }

    private static <T> List<T> merged(List<List<T>> lists) {
        LinkedHashSet<T> all = new LinkedHashSet<>();
        lists.forEach(all::addAll);
        return List.copyOf(all);
    }

    private void readOrigins(JsonNode list) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode origin = list.get(i);
            if (!origin.isTextual()) {
                continue;
            }
            Optional<String> problem = MetaOrigins.problem(origin.asText());
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
            inputs.add(entry.getKey(), readInput(entry.getKey(), entry.getValue(), pointer), HERE);
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
        // A phone number is a person's, whatever the pack says: it is masked everywhere.
        if (type == InputType.PHONE && node.has("personal") && !node.path("personal").asBoolean(true)) {
            problems.atKey(Pointers.child(pointer, "personal"), "input '" + name + "' is a phone number, which is "
                    + "always personal; remove 'personal: false'");
        }
        boolean personal = node.path("personal").asBoolean(false) || type == InputType.PHONE;
        int maxLength = node.path("max-length").isInt() ? node.path("max-length").asInt() : defaultMaxLength(type);
        String label = text(node.path("label")).orElse(name);
        return new InputSpec(name, type, node.path("required").asBoolean(false), personal,
                label, maxLength, pattern, localized(node.path("default")), choices);
    }

    static int defaultMaxLength(InputType type) {
        return switch (type) {
            case TEXT -> 2000;
            case EMAIL -> 254;
            case CODE -> 32;
            // Their own check bounds them: a known country, one of the choices, at most 15 digits.
            case COUNTRY, CHOICE, PHONE -> 0;
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

    private void useLibraries(JsonNode uses) {
        for (int i = 0; i < uses.size(); i++) {
            String pointer = Pointers.child("/uses", i);
            text(uses.get(i)).ifPresent(name -> useLibrary(name, pointer));
        }
    }

    private void useLibrary(String name, String pointer) {
        Optional<Library> library;
        try {
            library = resolver.library(name);
        } catch (InvalidPackException e) {
            incomplete = true;
            fragments.incomplete();
            problems.foreign(e.errors());
            problems.at(pointer, "the library '" + name + "' has errors (listed with its file)");
            return;
        }
        if (library.isEmpty()) {
            incomplete = true;
            fragments.incomplete();
            List<String> known = resolver.libraryNames();
            problems.at(pointer, "no library named '" + name + "'" + DidYouMean.closest(name, known)
                    .map(close -> "; did you mean '" + close + "'?").orElse("") + " (known: "
                    + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
            return;
        }
        fragments.add(library.get()).forEach(fragment -> problems.at(pointer, "library " + name + " defines the "
                + "fragment '" + fragment + "' as " + fragments.fragment(fragment).library() + " does; a fragment may "
                + "come from one library only"));
        foreignInterrupts.add(library.get().interrupts());
        foreignErrorTargets.add(library.get().errorTargets());
        library.get().targets().values().stream().sorted(Comparator.comparing(Target::name))
                .forEach(target -> targets.add(target.name(), target, "library " + name).ifPresent(other ->
                        problems.at(pointer, "library " + name + " defines target '" + target.name()
                                + "' differently from " + other + "; a target may come from one library only")));
    }

    private void readTargets(JsonNode map) {
        new TargetReader(problems, checks).read(map).forEach((name, target) -> {
            Optional<String> library = targets.from(name);
            if (library.isPresent()) {
                problems.atKey(Pointers.child("/targets", name), "target '" + name + "' is already defined by "
                        + library.get() + "; remove it here or rename it");
            } else {
                targets.add(name, target, HERE);
            }
        });
    }

    /** Takes in what an included pack defines; a name defined differently in two places is an error. */
    private void merge(int stepIndex, Pack pack) {
        String pointer = Pointers.child(Pointers.child("/steps", stepIndex), StepSyntax.INCLUDE);
        String from = "included pack '" + pack.id() + "' (" + pack.source() + ")";
        pack.inputs().values().stream().sorted(Comparator.comparing(InputSpec::name)).forEach(input ->
                inputs.add(input.name(), input, from).ifPresent(other -> clash(pointer, from, "input", input.name(),
                        other)));
        pack.targets().values().stream().sorted(Comparator.comparing(Target::name)).forEach(target ->
                targets.add(target.name(), target, from).ifPresent(other -> clash(pointer, from, "target",
                        target.name(), other)));
        pack.origins().stream().map(Origin::toString).filter(origin -> !origins.contains(origin)).forEach(origins::add);
        foreignInterrupts.add(pack.interrupts());
        foreignErrorTargets.add(pack.errorTargets());
    }

    private void clash(String pointer, String from, String kind, String name, String other) {
        problems.at(pointer, from + " defines " + kind + " '" + name + "' differently from " + other
                + "; make the two the same or rename one");
    }

    private List<PlacedStep> readSteps(JsonNode list, Map<Integer, Pack> included) {
        List<PlacedStep> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String pointer = Pointers.child("/steps", i);
            Optional<String> type = Problems.stepType(node);
            if (type.filter(StepSyntax.INCLUDE::equals).isPresent()) {
                Pack pack = included.get(i);
                if (pack != null) {
                    pack.steps().forEach(step -> steps.add(new PlacedStep(step, problems, pointer, node, false)));
                }
            } else if (type.filter(StepSyntax.USE::equals).isPresent()) {
                fragments.expand(node, pointer, problems).forEach(expanded -> readFragmentStep(expanded, steps));
            } else if (type.isPresent()) {
                new StepReader(this, problems, node, pointer, i + 1, type.get()).read()
                        .ifPresent(step -> steps.add(new PlacedStep(step, problems, pointer, node, true)));
            }
        }
        return steps;
    }

    /** A fragment's step, its parameters filled in, judged and placed where the fragment writes it. */
    private void readFragmentStep(FragmentExpander.Expanded expanded, List<PlacedStep> steps) {
        Problems site = expanded.site();
        if (checks.run()) {
            new SchemaMessages(PackSchema.library(), site.tree(), site).checkStep(expanded.node(), expanded.pointer());
        }
        Problems.stepType(expanded.node()).flatMap(type -> new StepReader(this, site, expanded.node(),
                expanded.pointer(), 0, type).read()).ifPresent(step -> steps.add(new PlacedStep(step, site,
                expanded.pointer(), expanded.node(), true)));
    }

    // ---- used by StepReader, which says in which file (site) the step is written ----

    void requireTarget(String name, Problems site, String pointer) {
        if (targets.get(name).isEmpty() && !tree.root().path("targets").has(name) && !incomplete) {
            site.at(pointer, "target '" + name + "' is not defined" + suggestion(name,
                    names(targets, tree.root().path("targets"))));
        }
    }

    Optional<InputSpec> requireInput(String name, Problems site, String pointer, String what) {
        Optional<InputSpec> input = inputs.get(name);
        if (input.isEmpty() && !incomplete) {
            site.at(pointer, what + " '" + name + "' is not defined" + suggestion(name,
                    names(inputs, tree.root().path("inputs"))));
        }
        return input;
    }

    private static TreeSet<String> names(Definitions<?> definitions, JsonNode written) {
        TreeSet<String> names = new TreeSet<>(definitions.asMap().keySet());
        written.fieldNames().forEachRemaining(names::add);
        return names;
    }

    Optional<Guard> guard(JsonNode node, Problems site, String pointer) {
        Optional<String> text = text(node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = GUARD.matcher(text.get().strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        requireTarget(matcher.group(1), site, pointer);
        return Optional.of(new Guard(matcher.group(1), matcher.group(2).equals("present")));
    }

    void checkOpenUrl(String url, Problems site, String pointer) {
        if (ControlCharacters.any(url)) {
            return;
        }
        MetaOrigins.Result result = MetaOrigins.originOf(url);
        result.problem().ifPresent(problem -> site.at(pointer, problem));
        result.origin().ifPresent(origin -> {
            if (!origins.contains(origin.toString()) && !incomplete) {
                site.at(pointer, "URL '" + url + "' is outside the pack's origins: its origin " + origin
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

    /** {@code ; did you mean 'send'? (defined: field, send)}, the first part only when a name is close. */
    static String suggestion(String name, TreeSet<String> names) {
        return DidYouMean.closest(name, names).map(c -> "; did you mean '" + c + "'?").orElse("")
                + " (defined: " + (names.isEmpty() ? "none" : String.join(", ", names)) + ")";
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
