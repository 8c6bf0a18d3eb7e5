package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the schema validator's messages into plain sentences placed at the offending key or value. Step shape
 * (no type key, several type keys) is judged here rather than by the schema, which can only say it noisily.
 */
final class SchemaMessages {

    private static final Map<String, String> PATTERN_HINTS = Map.ofEntries(
            Map.entry("/properties/id",
                    "an id is lowercase letters, digits and hyphens, e.g. facebook-objection"),
            Map.entry("/$defs/targetRef",
                    "a target name is lowercase letters, digits and hyphens, starting with a letter"),
            Map.entry("/$defs/targetRefs",
                    "a target name is lowercase letters, digits and hyphens, starting with a letter"),
            Map.entry("/$defs/step/properties/when",
                    "it must read '<target> present' or '<target> absent'"),
            Map.entry("/$defs/inputName",
                    "an input name is lowercase letters, digits and underscores, starting with a letter"),
            Map.entry("/$defs/url",
                    "it must be an https:// URL"),
            Map.entry("/$defs/keyName",
                    "it must be a key name such as Enter, Escape or Tab"),
            Map.entry("/$defs/locator/properties/role",
                    "it must be an ARIA role in lowercase, e.g. button"),
            Map.entry("/properties/inputs",
                    "an input name is lowercase letters, digits and underscores, starting with a letter"),
            Map.entry("/properties/targets",
                    "a target name is lowercase letters, digits and hyphens, starting with a letter"),
            Map.entry("/$defs/packId",
                    "a pack id is lowercase letters, digits and hyphens, e.g. facebook-objection"),
            Map.entry("/$defs/sendId",
                    "a send id is lowercase letters, digits and hyphens, starting with a letter, e.g. "
                            + "facebook-ai-objection"),
            Map.entry("/$defs/fragmentName",
                    "a fragment name is lowercase letters, digits and hyphens, starting with a letter, e.g. arrival"),
            Map.entry("/$defs/paramName",
                    "a parameter name is lowercase letters, digits, '-' and '_', starting with a letter"),
            Map.entry("/properties/fragments",
                    "a fragment name is lowercase letters, digits and hyphens, starting with a letter, e.g. arrival"),
            Map.entry("/$defs/libraryName",
                    "a library name is lowercase letters, digits and hyphens, e.g. meta-common"),
            Map.entry("/properties/library",
                    "a library name is lowercase letters, digits and hyphens, e.g. meta-common"));

    private final PackSchema schema;
    private final SourceTree tree;
    private final Problems problems;

    SchemaMessages(PackSchema schema, SourceTree tree, Problems problems) {
        this.schema = schema;
        this.tree = tree;
        this.problems = problems;
    }

    void check() {
        Set<String> misshapenSteps = new java.util.HashSet<>();
        stepLists().forEach((pointer, steps) -> misshapenSteps.addAll(checkStepShapes(steps, pointer)));
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(tree.root()));
        messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
        for (ValidationMessage message : messages) {
            String pointer = pointer(message.getInstanceLocation());
            if (isAboutStepShape(message) && misshapenSteps.contains(stepPointer(pointer))
                    || isAboutAParameter(message, pointer)) {
                continue;
            }
            report(message, pointer);
        }
    }

    /**
     * Judges one step of a fragment once its parameters are filled in, placing what is wrong where the fragment
     * writes it.
     *
     * @param step    the step with its parameters replaced
     * @param pointer where the step is written in this file, e.g. {@code /fragments/arrival/steps/2}
     */
    void checkStep(JsonNode step, String pointer) {
        List<ValidationMessage> messages = new ArrayList<>(PackSchema.step().validate(step));
        messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
        for (ValidationMessage message : messages) {
            report(message, pointer + pointer(message.getInstanceLocation()));
        }
    }

    /** The lists of steps in this file by pointer: a pack's {@code /steps}, a library's fragments' steps. */
    private Map<String, JsonNode> stepLists() {
        Map<String, JsonNode> lists = new java.util.LinkedHashMap<>();
        lists.put("/steps", tree.root().path("steps"));
        tree.root().path("fragments").fields().forEachRemaining(entry -> lists.put(
                Pointers.child(Pointers.child("/fragments", entry.getKey()), "steps"), entry.getValue().path("steps")));
        return lists;
    }

    /**
     * A fragment's {@code {{parameter}}} fits no pattern of the schema; whether its value does is judged where a pack
     * uses the fragment and gives the value.
     */
    private boolean isAboutAParameter(ValidationMessage message, String pointer) {
        JsonNode value = message.getInstanceNode();
        return message.getType().equals("pattern") && pointer.startsWith("/fragments/") && value != null
                && value.isTextual() && FragmentParameters.mentions(value.asText());
    }

    /** Reports steps without exactly one type key, and returns their pointers. */
    private Set<String> checkStepShapes(JsonNode steps, String listPointer) {
        Set<String> misshapen = new java.util.HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String pointer = Pointers.child(listPointer, i);
            if (!step.isObject()) {
                continue;
            }
            List<String> types = Problems.typeKeys(step);
            if (types.size() == 1) {
                continue;
            }
            misshapen.add(pointer);
            if (types.size() > 1) {
                problems.atKey(Pointers.child(pointer, types.get(1)), "a step does one thing, but this one has "
                        + types.size() + " step types: " + String.join(", ", types) + " (split it into steps)");
                continue;
            }
            List<String> unknown = new ArrayList<>();
            step.fieldNames().forEachRemaining(key -> {
                if (!StepSyntax.isKnownNonTypeKey(key)) {
                    unknown.add(key);
                }
            });
            if (unknown.isEmpty()) {
                problems.at(pointer, "the step has no step type (known: " + StepSyntax.knownTypes() + ")");
            } else {
                for (String key : unknown) {
                    problems.atKey(Pointers.child(pointer, key),
                            "unknown step type '" + key + "' (known: " + StepSyntax.knownTypes() + ")");
                }
            }
        }
        return misshapen;
    }

    private static boolean isAboutStepShape(ValidationMessage message) {
        return Set.of("additionalProperties", "required").contains(message.getType());
    }

    /** The pointer of the step a pointer lies in, or empty. */
    private static String stepPointer(String pointer) {
        java.util.regex.Matcher step = Problems.STEP_POINTER.matcher(pointer);
        if (!step.matches()) {
            return "";
        }
        return (step.group(1) == null ? "" : step.group(1)) + "/steps/" + step.group(3);
    }

    private static boolean isStep(String pointer) {
        return !pointer.isEmpty() && stepPointer(pointer).equals(pointer);
    }

    private void report(ValidationMessage message, String pointer) {
        String keyword = schemaFragment(message);
        Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
        switch (message.getType()) {
            case "additionalProperties" -> unknownKey(pointer, String.valueOf(args[0]), keyword);
            case "propertyNames" -> {
                String name = String.valueOf(args[0]);
                problems.atKey(Pointers.child(pointer, name),
                        "'" + name + "' is not a valid name: " + hint(keyword, "it does not match the schema"));
            }
            case "required" -> missingKey(pointer, String.valueOf(args[0]));
            case "type" -> problems.at(pointer, subject(pointer) + " must be " + expected(message.getSchemaNode())
                    + ", not " + describe(message.getInstanceNode()));
            case "enum" -> problems.at(pointer, subject(pointer) + " is " + describe(message.getInstanceNode())
                    + "; expected one of: " + enumValues(message.getSchemaNode()));
            case "pattern" -> problems.at(pointer, subject(pointer) + " " + describe(message.getInstanceNode())
                    + " is not valid: " + hint(keyword, "it must match " + message.getSchemaNode().asText()));
            case "minItems" -> problems.at(pointer, subject(pointer) + " must not be an empty list");
            case "minLength" -> problems.at(pointer, subject(pointer) + " must not be empty");
            case "minProperties" -> problems.at(pointer, subject(pointer) + " must not be an empty map");
            case "uniqueItems" -> problems.at(pointer, subject(pointer) + " lists the same item twice");
            case "minimum" -> problems.at(pointer, subject(pointer) + " must be at least " + args[0]);
            case "exclusiveMinimum" -> problems.at(pointer, subject(pointer) + " must be more than " + args[0]);
            case "maximum" -> problems.at(pointer, subject(pointer) + " must be at most " + args[0]);
            default -> problems.at(pointer, message.getMessage());
        }
    }

    private void unknownKey(String pointer, String key, String keyword) {
        String child = Pointers.child(pointer, key);
        String owner = Pointers.parent(keyword);
        if (owner.startsWith("/$defs/text")) {
            problems.atKey(child, "unknown language '" + key + "' (known: " + knownKeys(owner) + ")");
        } else if (owner.equals("/$defs/step") && Problems.stepType(tree.root().at(pointer)).isPresent()) {
            return; // the step type's own rule names the key more precisely
        } else if (owner.endsWith("-step")) {
            String type = owner.substring("/$defs/".length(), owner.length() - "-step".length());
            problems.atKey(child, "'" + key + "' is not allowed in " + article(type) + " " + type + " step (allowed: "
                    + String.join(", ", StepSyntax.allowedKeys(type)) + ")" + hintForExpanded(type, key));
        } else {
            problems.atKey(child, "unknown key '" + key + "' (known: " + knownKeys(owner) + ")");
        }
    }

    private static String hintForExpanded(String type, String key) {
        if (!StepSyntax.COMMON.contains(key)) {
            return "";
        }
        return switch (type) {
            case StepSyntax.INCLUDE -> "; put it on the included pack's own steps";
            case StepSyntax.USE -> "; put it on the fragment's own steps";
            default -> "";
        };
    }

    private void missingKey(String pointer, String key) {
        JsonNode node = tree.root().at(pointer);
        if (isStep(pointer)) {
            String type = Problems.stepType(node).orElse("this");
            problems.at(pointer, article(type) + " " + type + " step needs '" + key + "'");
        } else {
            problems.at(pointer, (pointer.isEmpty() ? schema.subject() : subject(pointer)) + " needs the key '" + key
                    + "'");
        }
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 && !word.startsWith("use") ? "an" : "a";
    }

    private String knownKeys(String schemaPointer) {
        JsonNode properties = schema.json().at(schemaPointer).path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String hint(String keyword, String fallback) {
        return PATTERN_HINTS.getOrDefault(Pointers.parent(keyword), fallback);
    }

    /** How an error names what it is about: the key, or the list item. */
    static String subject(String pointer) {
        if (pointer.isEmpty()) {
            return "the pack";
        }
        String last = Pointers.last(pointer);
        if (last.chars().allMatch(Character::isDigit)) {
            String parent = Pointers.parent(pointer);
            if (parent.endsWith("/steps")) {
                return "the step";
            }
            return "item " + (Integer.parseInt(last) + 1) + " of '" + Pointers.last(parent) + "'";
        }
        return "'" + last + "'";
    }

    private static String expected(JsonNode typeKeyword) {
        List<String> types = new ArrayList<>();
        if (typeKeyword.isArray()) {
            typeKeyword.forEach(type -> types.add(type.asText()));
        } else {
            types.add(typeKeyword.asText());
        }
        return types.stream().map(SchemaMessages::typeName).collect(Collectors.joining(" or "));
    }

    private static String typeName(String type) {
        return switch (type) {
            case "boolean" -> "true or false";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "a text";
            case "array" -> "a list";
            case "object" -> "a map";
            default -> type;
        };
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "empty";
        }
        if (node.isTextual()) {
            return "'" + abbreviate(node.asText()) + "'";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return node.isArray() ? "a list" : "a map";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String enumValues(JsonNode enumKeyword) {
        List<String> values = new ArrayList<>();
        enumKeyword.forEach(value -> values.add(value.asText()));
        return String.join(", ", values);
    }

    private static String schemaFragment(ValidationMessage message) {
        String location = message.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        return hash < 0 ? "" : location.substring(hash + 1);
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append(element instanceof Integer index ? "/" + index : Pointers.child("", String.valueOf(element)));
        }
        return out.toString();
    }
}
