package dev.optout.testing;

import dev.optout.page.FieldState;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code structure:} locators on an {@link InMemoryPage}, by the rules locators.js follows in a browser: "the
 * form" is the container ({@link FakeElement#in}) holding the most fields, never one with a password field, and each
 * structure finds at most one element of it.
 */
final class FakeStructure {

    private static final int FEWEST_COUNTRIES = 3;
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, Set<String>> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<FakeElement> shown;
    private final String language;

    /** @param shown the page's elements a person can see and use, in document order */
    FakeStructure(List<FakeElement> shown, String language) {
        this.shown = shown;
        this.language = language;
    }

    Optional<FakeElement> find(String structure) {
        Optional<String> form = form();
        if (form.isEmpty()) {
            return Optional.empty();
        }
        List<FakeElement> own = shown.stream().filter(e -> e.container.equals(form.get())).toList();
        return switch (structure) {
            case "only-textarea" -> only(own.stream().filter(e -> e.tag.equals("textarea")).toList());
            case "email-field" -> emailField(own);
            case "country-chooser" -> countryChooser(own);
            case "last-button" -> lastButton(own);
            default -> throw new IllegalArgumentException("unknown structure " + structure);
        };
    }

    private Optional<String> form() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        shown.stream().filter(FakeStructure::isField).forEach(e -> counts.merge(e.container, 1, Integer::sum));
        Set<String> withPassword = new HashSet<>();
        shown.stream().filter(e -> e.tag.equals("input") && e.type.equals("password"))
                .forEach(e -> withPassword.add(e.container));
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most && !withPassword.contains(entry.getKey())) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean isField(FakeElement e) {
        if (e.tag.equals("input")) {
            return !List.of("hidden", "submit", "button", "reset", "image", "checkbox", "radio").contains(e.type);
        }
        return e.tag.equals("textarea") || e.tag.equals("select") || e.editable
                || List.of("combobox", "textbox", "searchbox", "listbox", "radiogroup").contains(e.effectiveRole());
    }

    private static Optional<FakeElement> only(List<FakeElement> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static Optional<FakeElement> emailField(List<FakeElement> own) {
        Optional<FakeElement> typed = own.stream().filter(e -> e.tag.equals("input") && e.type.equals("email"))
                .findFirst();
        if (typed.isPresent()) {
            return typed;
        }
        List<FakeElement> texts = own.stream().filter(e -> e.tag.equals("input") && List.of("", "text")
                .contains(e.type) || "textbox".equals(e.role)).toList();
        Optional<FakeElement> completed = texts.stream().filter(e -> "email".equals(e.autocomplete)).findFirst();
        if (completed.isPresent()) {
            return completed;
        }
        return only(texts.stream().filter(e -> e.value.strip().matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")).toList());
    }

    private Optional<FakeElement> countryChooser(List<FakeElement> own) {
        List<FakeElement> choosers = own.stream().filter(e -> e.tag.equals("select")
                || List.of("combobox", "listbox", "radiogroup").contains(e.effectiveRole())).toList();
        if (choosers.isEmpty()) {
            return Optional.empty();
        }
        Optional<FakeElement> country = choosers.stream().filter(e -> mostlyCountries(optionsOf(e))).findFirst();
        if (country.isPresent()) {
            return country;
        }
        return choosers.size() == 1 && optionsOf(choosers.get(0)).size() < FEWEST_COUNTRIES
                ? Optional.of(choosers.get(0)) : Optional.empty();
    }

    /** What the page's markup lists: a select's options, or a typeahead's only while its list shows. */
    private static List<FieldState.Option> optionsOf(FakeElement chooser) {
        if (chooser.offers != null) {
            return chooser.listOpen ? chooser.offers : List.of();
        }
        return chooser.options;
    }

    private boolean mostlyCountries(List<FieldState.Option> options) {
        List<FieldState.Option> named = options.stream().filter(o -> !o.value().isBlank() || !o.text().isBlank())
                .toList();
        if (named.size() < FEWEST_COUNTRIES) {
            return false;
        }
        Set<String> names = NAMES.computeIfAbsent(language, FakeStructure::countryNames);
        long countries = named.stream().filter(o -> CODES.contains(o.value().strip().toUpperCase(Locale.ROOT))
                || names.contains(folded(o.text()))).count();
        return countries * 5 >= named.size() * 3L;
    }

    /** Country names in English and in the language, as the browser's Intl.DisplayNames gives them; read once. */
    private static Set<String> countryNames(String language) {
        Set<String> names = new HashSet<>();
        for (String code : CODES) {
            Locale region = new Locale("", code);
            names.add(folded(region.getDisplayCountry(Locale.ENGLISH)));
            names.add(folded(region.getDisplayCountry(Locale.forLanguageTag(language))));
        }
        return names;
    }

    private static Optional<FakeElement> lastButton(List<FakeElement> own) {
        int lastField = -1;
        for (int i = 0; i < own.size(); i++) {
            if (isField(own.get(i))) {
                lastField = i;
            }
        }
        for (int i = own.size() - 1; i > lastField; i--) {
            FakeElement e = own.get(i);
            if ("button".equals(e.effectiveRole()) && !e.disabled && !e.inBanner) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
