package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The wording tables: every language, the same keys everywhere, and a source for every text. */
class TextTablesTest {

    static Stream<TextTable> tables() {
        return Stream.concat(Stream.of(Texts.TABLE), FlowTexts.flows().stream().map(FlowTexts::table));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void each_table_has_the_reference_languages_with_the_keys_of_english_and_no_blank_text(TextTable table) {
        assertThat(table.languages()).as(table.resource()).containsAll(Scenario.REFERENCE_LANGUAGES)
                .isSubsetOf(Scenario.LANGUAGES);
        Set<String> english = table.of("en").keySet();
        for (String language : table.languages()) {
            assertThat(table.of(language).keySet()).as("%s in %s", table.resource(), language)
                    .containsExactlyInAnyOrderElementsOf(english);
            assertThat(table.of(language).values()).as("%s in %s", table.resource(), language)
                    .allSatisfy(text -> assertThat(text).isNotBlank());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void sources_name_existing_keys_once_and_leave_no_text_without_a_source(TextTable table) {
        for (String language : table.languages()) {
            Set<String> listed = new HashSet<>();
            int catchAlls = 0;
            for (List<String> keys : table.sourceLists(language).values()) {
                for (String key : keys) {
                    if (key.equals(TextTable.EVERY_OTHER_KEY)) {
                        catchAlls++;
                        continue;
                    }
                    assertThat(table.of(language)).as("%s: _sources.%s names a text", table.resource(), language)
                            .containsKey(key);
                    assertThat(listed.add(key)).as("%s: _sources.%s lists %s once", table.resource(), language, key)
                            .isTrue();
                }
            }
            assertThat(catchAlls).as("%s: at most one '*' in %s", table.resource(), language).isLessThanOrEqualTo(1);
            for (String key : table.of(language).keySet()) {
                assertThat(table.sourceOf(language, key)).as("%s: source of %s in %s", table.resource(), key,
                        language).isPresent();
            }
        }
    }

    @Test
    void reference_and_translation_are_told_apart() {
        assertThat(Texts.TABLE.sourceOf("de", "formTitle")).hasValue("reference (meta-flows §4)");
        assertThat(Texts.TABLE.sourceOf("de", "gateQuestion")).hasValue("reference (meta-flows §7)");
        assertThat(Texts.TABLE.sourceOf("fr", "gateQuestion")).hasValue("translation");
        assertThat(Texts.TABLE.sourceOf("en", "cookieDialogText")).hasValue("replica");
        assertThat(FlowTexts.table("offMetaActivity").sourceOf("de", "disconnect"))
                .hasValue("reference (meta-flows §8)");
        assertThat(FlowTexts.table("whatsappRights").sourceOf("en", "phoneLabel"))
                .hasValue("reference (meta-flows §7)");
    }

    @ParameterizedTest(name = "pt {0}")
    @CsvSource(delimiter = '|', value = {
            "formTitle|Opor-se ao uso das suas informações para IA na Meta",
            "countryLabel|País de residência",
            "emailLabel|Endereço de email",
            "reasonLabel|Diga-nos como esse processamento afeta você",
            "send|Enviar",
            "codePrompt|Insira o código que enviamos para o seu email",
            "codeConfirm|Confirmar",
            "success|Sua objeção foi enviada",
            "declineCookies|Recusar cookies opcionais"
    })
    void portuguese_objection_texts_are_the_reference_of_meta_flows_4(String key, String text) {
        assertThat(Texts.of("pt", key)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {
            "thirdPartyAiData|formTitle|Rechte betroffener Personen für Informationen von Dritten, die für KI bei Meta verwendet werden",
            "thirdPartyAiData|requestTypeCaption|Was möchtest du tun?",
            "thirdPartyAiData|requestObject|Ich möchte der Verarbeitung meiner personenbezogenen Informationen von Dritten, die für KI bei Meta verwendet werden, widersprechen oder sie einschränken",
            "thirdPartyAiData|promptsLabel|Gib die Prompts an, die du eingegeben hast und durch die deine personenbezogenen Informationen in einer Antwort erschienen sind",
            "thirdPartyAiData|success|Deine Anfrage wurde übermittelt",
            "privacyRightsRequest|formTitle|Anfrage zu Datenschutzrechten",
            "privacyRightsRequest|productCaption|Produkt",
            "privacyRightsRequest|rightCaption|Recht",
            "privacyRightsRequest|rightObject|Ich möchte der Verarbeitung meiner Informationen widersprechen",
            "privacyRightsRequest|reasonLabel|Erzähl uns mehr über deine Anfrage",
            "metaAiSettings|heading|Einstellungen",
            "metaAiSettings|sectionHeading|Daten und Datenschutz",
            "metaAiSettings|deleteAllChats|Alle Chats löschen",
            "metaAiSettings|dialogTitle|Alle Chats löschen?",
            "metaAiSettings|delete|Löschen",
            "metaAiSettings|deleted|Alle Chats gelöscht",
            "messengerThread|composerLabel|Nachricht",
            "messengerThread|reset|Deine Unterhaltung wurde zurückgesetzt",
            "offMetaActivity|heading|Deine Aktivitäten außerhalb der Meta-Technologien",
            "offMetaActivity|manageFuture|Zukünftige Aktivitäten verwalten",
            "offMetaActivity|connectFuture|Zukünftige Aktivitäten zulassen",
            "offMetaActivity|disconnectFuture|Zukünftige Aktivitäten trennen",
            "offMetaActivity|continue|Weiter",
            "offMetaActivity|dialogTitle|Zukünftige Aktivitäten trennen?",
            "offMetaActivity|disconnect|Trennen",
            "offMetaActivity|disconnected|Zukünftige Aktivitäten getrennt",
            "offMetaActivity|cancel|Abbrechen"
    })
    void german_flow_texts_are_the_reference_of_meta_flows_8(String flow, String key, String text) {
        assertThat(FlowTexts.of(flow, "de", key)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {
            "activityFromOtherBusinesses|heading|Activity from other businesses",
            "activityFromOtherBusinesses|manage|Manage how Meta uses this activity",
            "activityFromOtherBusinesses|allow|Allow Meta to use this activity to show you relevant content",
            "activityFromOtherBusinesses|dontAllow|Don't allow Meta to use this activity to show you relevant content",
            "activityFromOtherBusinesses|save|Save",
            "activityFromOtherBusinesses|saved|Your choice has been saved",
            "metaPrivacyHelp|formTitle|How can we help with your privacy?",
            "metaPrivacyHelp|actionCaption|What do you want to do?",
            "metaPrivacyHelp|actionObject|Object to or restrict the processing of my information",
            "metaPrivacyHelp|productCaption|Which product is this about?",
            "metaPrivacyHelp|productWhatsApp|WhatsApp",
            "metaPrivacyHelp|reasonLabel|Tell us more about your request",
            "metaPrivacyHelp|send|Submit",
            "metaPrivacyHelp|success|Your request has been submitted",
            "whatsappRights|formTitle|WhatsApp Data Subject Rights Request",
            "whatsappRights|requestCaption|What would you like to do?",
            "whatsappRights|requestObject|I want to object to the processing of my information",
            "whatsappRights|phoneLabel|Phone number, with country code",
            "whatsappRights|emailLabel|Email address",
            "whatsappRights|send|Send",
            "whatsappRights|success|Thanks for contacting WhatsApp"
    })
    void the_2026_pages_and_whatsapp_have_the_reference_text_of_meta_flows_7(String flow, String key, String text) {
        assertThat(FlowTexts.of(flow, "en", key)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"en, Something went wrong. Please try again later.", "de, Etwas ist schiefgelaufen. Bitte versuche "
            + "es später erneut.", "en, Is your request related to AI at Meta?",
            "de, Bezieht sich deine Anfrage auf KI bei Meta?"})
    void the_error_alert_and_the_gate_have_meta_flows_7_s_wording(String language, String text) {
        assertThat(Texts.of(language).values()).contains(text);
    }

    @Test
    void the_shared_wording_speaks_every_language_the_further_ones_as_the_project_s_unverified_translation() {
        assertThat(Texts.TABLE.languages()).containsExactlyInAnyOrderElementsOf(Scenario.LANGUAGES);
        for (String language : Scenario.LANGUAGES) {
            boolean reference = Scenario.REFERENCE_LANGUAGES.contains(language);
            assertThat(Texts.TABLE.unverified(language)).as(language).isEqualTo(!reference);
            if (!reference) {
                assertThat(Texts.TABLE.sourceOf(language, "formTitle")).as(language)
                        .get(InstanceOfAssertFactories.STRING).startsWith(TextTable.UNVERIFIED);
                assertThat(Texts.of(language, "formTitle")).as(language).isNotEqualTo(Texts.of("en", "formTitle"));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sv|Invänd mot att din information används för AI hos Meta|Land där du bor|Skicka",
            "el|Αντίρρηση στη χρήση των πληροφοριών σας για την τεχνητή νοημοσύνη στη Meta|Χώρα όπου ζείτε|Αποστολή",
            "bg|Възражение срещу използването на вашата информация за ИИ в Meta|Държава, в която живеете|Изпращане"})
    void swedish_greek_and_bulgarian_are_written_in_their_own_words_and_script(String language, String title,
            String country, String send) {
        assertThat(Texts.of(language, "formTitle")).isEqualTo(title);
        assertThat(Texts.of(language, "countryLabel")).isEqualTo(country);
        assertThat(Texts.of(language, "send")).isEqualTo(send);
    }

    @ParameterizedTest
    @FieldSource("dev.optout.replica.Scenario#LANGUAGES")
    void reworded_labels_differ_from_the_reference_so_that_no_pack_text_finds_them(String language) {
        ObjectionFormPage.REWORDED.forEach((key, reworded) -> {
            String original = Texts.of(language, key).toLowerCase(Locale.ROOT);
            String changed = Texts.of(language, reworded).toLowerCase(Locale.ROOT);
            assertThat(changed).as("%s in %s", reworded, language).doesNotContain(original);
            assertThat(original).as("%s in %s", key, language).doesNotContain(changed);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"privacy-center.json", "privacy-genai.json", "instagram-policy.json"})
    void each_article_says_where_each_language_s_text_comes_from(String resource) throws IOException {
        JsonNode root = ReplicaHttp.JSON.readTree(Resources.require(resource));
        List<String> languages = new ArrayList<>();
        root.fieldNames().forEachRemaining(languages::add);

        assertThat(languages).contains(TextTable.SOURCES).containsAll(Scenario.REFERENCE_LANGUAGES);
        assertThat(languages.subList(1, languages.size())).isSubsetOf(Scenario.LANGUAGES);
        for (String language : languages.subList(1, languages.size())) {
            assertThat(root.path(TextTable.SOURCES).path(language).asText()).as("%s: %s", resource, language)
                    .isNotBlank();
        }
        assertThat(ArticlePage.load(resource)).containsKeys(Scenario.REFERENCE_LANGUAGES.toArray(String[]::new));
    }
}
