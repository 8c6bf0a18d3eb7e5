package dev.optout.cli;

import dev.optout.guide.Platform;
import dev.optout.pack.DidYouMean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads which apps a person uses, from {@code --platforms} or the guide's numbered list: numbers ({@code 1 2}), names
 * ({@code facebook,instagram}) or the short names people use ({@code fb}, {@code ig}, {@code insta}), in any case,
 * separated by commas or spaces.
 */
final class PlatformChoice {

    /** Short names, by the id of the app they stand for; an alias of an app this build lacks is never matched. */
    private static final Map<String, String> ALIASES = Map.of("fb", "facebook", "ig", "instagram", "insta",
            "instagram", "msgr", "messenger", "wa", "whatsapp");

    private PlatformChoice() {
    }

    /** The apps in the order the list shows them, numbered from 1. */
    static List<Platform> listed() {
        return Arrays.asList(Platform.values());
    }

    /** The numbered list the guide shows before it asks. */
    static String menu() {
        StringBuilder text = new StringBuilder();
        List<Platform> apps = listed();
        for (int i = 0; i < apps.size(); i++) {
            text.append("  ").append(i + 1).append(". ").append(displayName(apps.get(i))).append('\n');
        }
        return text.toString();
    }

    static Question<Set<Platform>> question() {
        return Question.required("apps", "Which apps do you use? Their numbers or names (e.g. 1 2, or "
                + "facebook,instagram)", "--platforms " + listed().stream().map(Platform::id)
                .collect(Collectors.joining(",")), answer -> parse(List.of(answer)));
    }

    /**
     * The apps named, all of them.
     *
     * @throws Question.Refused naming the first word that is no app, with the closest app when one is close
     */
    static Set<Platform> parse(List<String> answers) {
        Set<Platform> apps = EnumSet.noneOf(Platform.class);
        for (String answer : answers) {
            for (String word : answer.split("[,\\s]+")) {
                if (!word.isBlank()) {
                    apps.add(one(word));
                }
            }
        }
        if (apps.isEmpty()) {
            throw new Question.Refused("name at least one app: " + choices());
        }
        return apps;
    }

    private static Platform one(String word) {
        String name = word.strip().toLowerCase(Locale.ROOT);
        List<Platform> apps = listed();
        if (name.matches("[0-9]+")) {
            int number = Integer.parseInt(name);
            if (number < 1 || number > apps.size()) {
                throw new Question.Refused("'" + word + "' is not a number of the list (1 to " + apps.size() + ")");
            }
            return apps.get(number - 1);
        }
        Optional<Platform> app = Platform.byId(ALIASES.getOrDefault(name, name));
        return app.orElseThrow(() -> new Question.Refused("'" + word + "' is not one of " + choices()
                + DidYouMean.closest(name, apps.stream().map(Platform::id).toList())
                        .map(close -> "; did you mean " + close + "?").orElse("")));
    }

    private static String choices() {
        List<Platform> apps = listed();
        return java.util.stream.IntStream.range(0, apps.size()).mapToObj(i -> (i + 1) + " " + apps.get(i).id())
                .collect(Collectors.joining(", "));
    }

    static String displayName(Platform app) {
        String id = app.id();
        return id.equals("whatsapp") ? "WhatsApp" : Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
