package dev.optout.replica;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording of the flows beyond the objection form (third-party data, privacy rights request, Meta AI,
 * Messenger, Accounts Center, the 2026 pages, WhatsApp), one {@link TextTable} per flow in {@code flows/}, named
 * after the flow in kebab case ({@code offMetaActivity} → {@code flows/off-meta-activity.json}). Each table holds
 * the languages of {@link Scenario#REFERENCE_LANGUAGES}; the replica has no translation of these flows into the
 * further languages, so their pages are served in English there ({@link #spokenIn}), {@code <html lang>} included.
 */
final class FlowTexts {
    private static final Map<String, TextTable> TABLES = new ConcurrentHashMap<>();

    private FlowTexts() {
    }

    static TextTable table(String flow) {
        return TABLES.computeIfAbsent(flow, f -> TextTable.load("flows/" + kebabCase(f) + ".json"));
    }

    /** The language a flow's page is served in when {@code language} is asked: that one, else English. */
    static String spokenIn(String flow, String language) {
        return table(flow).has(language) ? language : "en";
    }

    /** A text as the flow's page shows it to a person whose language is {@code language}. */
    static String shown(String flow, String language, String key) {
        return of(flow, spokenIn(flow, language), key);
    }

    static Map<String, String> of(String flow, String language) {
        return table(flow).of(language);
    }

    static String of(String flow, String language, String key) {
        return table(flow).of(language, key);
    }

    /** The flows whose pages the replica serves, in the order the index lists them. */
    static List<String> flows() {
        return List.of("thirdPartyAiData", "privacyRightsRequest", "metaPrivacyHelp", "whatsappRights",
                "metaAiSettings", "messengerThread", "offMetaActivity", "activityFromOtherBusinesses");
    }

    private static String kebabCase(String flow) {
        return flow.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }
}
