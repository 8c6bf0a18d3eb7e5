package dev.optout.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A short index for pack authors: per flow and element, the text in each language, built from the text tables
 * (the tables stay the source). Bundled as {@code text-index.json}, which a test keeps equal to what the tables
 * say, and served at {@value #PATH}. Its {@value #UNVERIFIED} entry names the languages whose texts are the project's
 * own unverified translations (see {@link TextTable#UNVERIFIED}): a pack takes its texts from the other languages.
 */
final class TextIndex {
    static final String PATH = "/__replica/texts";
    static final String RESOURCE = "text-index.json";
    static final String UNVERIFIED = "_unverified";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shared wording, by the page element it names, from {@code i18n.json}. */
    private static final Map<String, List<String>> SHARED = ordered(
            "objectionForm", List.of("formTitle", "countryLabel", "emailLabel", "reasonLabel", "send", "codePrompt",
                    "codeConfirm", "success", "errorCountry", "errorReasonTooShort"),
            "aiGate", List.of("gateQuestion", "gateYes", "gateNo", "gateNoText"),
            "countryTypeahead", List.of("countrySearch", "countryNoMatch"),
            "rewordedLabels", List.of("rewordedCountryLabel", "rewordedEmailLabel", "rewordedReasonLabel",
                    "rewordedSend"),
            "extraRequiredField", List.of("fullNameLabel", "errorFullName"),
            "secondConfirmation", List.of("secondConfirmTitle", "secondConfirmSubmit", "secondConfirmCancel"),
            "confirmEmail", List.of("confirmEmailLabel", "errorConfirmEmail"),
            "securityCheck", List.of("securityCheckTitle", "securityCheckText", "securityCheckBox",
                    "securityCheckContinue", "errorSecurityCheck"),
            "rewordedConfirmation", List.of("rewordedConfirmation"),
            "formSteps", List.of("formNext"),
            "formInDialog", List.of("openFormDialog"),
            "cookieDialog", List.of("cookieDialogTitle", "declineCookies", "allowCookies"),
            "coachmark", List.of("coachmarkTitle", "coachmarkDismiss"),
            "errorAlert", List.of("sendFailed"),
            "loginWall", List.of("loginEmail", "loginPassword", "loginButton"));

    /** The elements of each further flow a pack can look for, from {@code flows/}. */
    private static final Map<String, List<String>> FLOWS = ordered(
            "thirdPartyAiData", List.of("formTitle", "requestTypeCaption", "requestAccess", "requestDelete",
                    "requestObject", "firstNameLabel", "lastNameLabel", "emailLabel", "countryLabel", "promptsLabel",
                    "screenshotLabel", "send", "success"),
            "privacyRightsRequest", List.of("formTitle", "productCaption", "productFacebook", "productInstagram",
                    "productMessenger", "productWhatsApp", "productMetaAi", "rightCaption", "rightObject",
                    "reasonLabel", "send", "success"),
            "metaPrivacyHelp", List.of("formTitle", "actionCaption", "actionAccess", "actionCorrect", "actionObject",
                    "actionDelete", "productCaption", "productFacebook", "productInstagram", "productMessenger",
                    "productWhatsApp", "reasonLabel", "send", "success"),
            "whatsappRights", List.of("formTitle", "requestCaption", "requestAccess", "requestObject",
                    "requestDelete", "phoneLabel", "emailLabel", "reasonLabel", "send", "success"),
            "metaAiSettings", List.of("heading", "sectionHeading", "deleteAllChats", "dialogTitle", "cancel",
                    "delete", "deleted"),
            "messengerThread", List.of("composerLabel", "reset"),
            "offMetaActivity", List.of("heading", "manageFuture", "connectFuture", "disconnectFuture", "continue",
                    "dialogTitle", "cancel", "disconnect", "disconnected"),
            "activityFromOtherBusinesses", List.of("heading", "manage", "choiceCaption", "allow", "dontAllow",
                    "save", "saved"));

    /** The pages of text: their title and the links (and section) on the way to a form. */
    private static final Map<String, String> ARTICLES = ordered(
            "privacyCenter", "privacy-center.json",
            "privacyGenai", "privacy-genai.json",
            "instagramPolicy", "instagram-policy.json");

    private TextIndex() {
    }

    /** flow → element → language → text. */
    static Map<String, Map<String, Map<String, String>>> build() {
        Map<String, Map<String, Map<String, String>>> index = new LinkedHashMap<>();
        SHARED.forEach((flow, keys) -> index.put(flow, fromTable(Texts.TABLE, keys)));
        ARTICLES.forEach((flow, resource) -> index.put(flow, fromArticle(resource)));
        FLOWS.forEach((flow, keys) -> index.put(flow, fromTable(FlowTexts.table(flow), keys)));
        return index;
    }

    /** The index as bundled: one line per element, so a change shows as one changed line. */
    static String render() {
        StringBuilder json = new StringBuilder("{\n  \"_about\": ").append(quoted("Generated from the replica's "
                + "text tables (i18n.json, flows/, the article pages), which stay the source and say in _sources "
                + "which texts are reference text. Per flow and element, the text in each language.")).append(",\n");
        json.append("  ").append(quoted(UNVERIFIED)).append(": ").append(asJson(TextIndex.<Object>ordered("about", "The texts in these "
                + "languages are the project's own translations of the English, not seen on Meta's pages: the "
                + "replica shows them, no bundled pack matches them.", "languages", unverifiedLanguages())))
                .append(",\n");
        Map<String, Map<String, Map<String, String>>> index = build();
        int flow = 0;
        for (Map.Entry<String, Map<String, Map<String, String>>> entry : index.entrySet()) {
            json.append("  ").append(quoted(entry.getKey())).append(": {\n");
            int element = 0;
            for (Map.Entry<String, Map<String, String>> texts : entry.getValue().entrySet()) {
                json.append("    ").append(quoted(texts.getKey())).append(": ").append(asJson(texts.getValue()))
                        .append(++element < entry.getValue().size() ? ",\n" : "\n");
            }
            json.append("  }").append(++flow < index.size() ? ",\n" : "\n");
        }
        return json.append("}\n").toString();
    }

    /** The languages whose shared wording is the project's own unverified translation, in the replica's order. */
    static List<String> unverifiedLanguages() {
        return Scenario.LANGUAGES.stream().filter(Texts.TABLE::unverified).toList();
    }

    private static Map<String, Map<String, String>> fromTable(TextTable table, List<String> keys) {
        Map<String, Map<String, String>> elements = new LinkedHashMap<>();
        for (String key : keys) {
            elements.put(key, byLanguage(table::has, language -> table.of(language, key)));
        }
        return elements;
    }

    private static Map<String, Map<String, String>> fromArticle(String resource) {
        JsonNode content = JSON.valueToTree(ArticlePage.load(resource));
        Predicate<String> has = content::has;
        Map<String, Map<String, String>> elements = new LinkedHashMap<>();
        elements.put("title", byLanguage(has, language -> content.path(language).path("title").asText()));
        if (section(content.path("en")).isPresent()) {
            elements.put("generativeAiSection", byLanguage(has,
                    language -> section(content.path(language)).orElseThrow()));
        }
        elements.put("linkTowardsTheForm", byLanguage(has, language -> linkTowardsTheForm(content.path(language))));
        return elements;
    }

    private static Optional<String> section(JsonNode article) {
        for (JsonNode block : article.path("blocks")) {
            if ("generative-ai".equals(block.path("id").asText())) {
                return Optional.of(block.path("heading").asText());
            }
        }
        return Optional.empty();
    }

    /** The text of the one link marked as leading towards a form ("AI at Meta", "right to object"). */
    private static String linkTowardsTheForm(JsonNode article) {
        return article.findParents("mayOpenInNewTab").stream()
                .map(link -> link.has("link") ? link.path("link").asText() : link.path("anchor").asText())
                .findFirst().orElseThrow(() -> new IllegalStateException("an article without a link to a form"));
    }

    /** The texts in the languages the source {@code has}, in the order of {@link Scenario#LANGUAGES}. */
    private static Map<String, String> byLanguage(Predicate<String> has, Function<String, String> text) {
        Map<String, String> texts = new LinkedHashMap<>();
        Scenario.LANGUAGES.stream().filter(has).forEach(language -> texts.put(language, text.apply(language)));
        return texts;
    }

    private static String asJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the text index", e);
        }
    }

    private static String quoted(String text) {
        return asJson(text);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
