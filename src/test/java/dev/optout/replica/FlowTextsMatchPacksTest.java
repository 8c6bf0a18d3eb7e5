package dev.optout.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The further flows' pages (Privacy Center, Instagram's policy, third-party data, Privacy Rights Request and its 2026
 * successor, Meta AI, Messenger, both generations of Accounts Center's page, WhatsApp) show exactly the words their
 * packs look for, in all eight languages: each text is copied from the text index ({@code text-index.json}), and a
 * text that lacks a language fails here. Together with {@link ReplicaTextsMatchPackTest}, every text of every
 * bundled pack and library is compared.
 */
class FlowTextsMatchPacksTest {

    /** flow, element of the text index; file under selectors/, target, locator, field. */
    static final String[] ROWS = {
            "privacyCenter, linkTowardsTheForm, facebook-privacy-center-path.yaml, ai-topic, 0, name",
            "privacyCenter, linkTowardsTheForm, facebook-privacy-center-path.yaml, ai-topic, 1, text",
            "privacyGenai, linkTowardsTheForm, facebook-privacy-center-path.yaml, objection-link, 0, name",
            "privacyGenai, linkTowardsTheForm, facebook-privacy-center-path.yaml, objection-link, 1, text",
            "instagramPolicy, title, instagram-policy-path.yaml, policy-title, 0, name",
            "instagramPolicy, title, instagram-policy-path.yaml, policy-title, 1, text",
            "instagramPolicy, linkTowardsTheForm, instagram-policy-path.yaml, objection-link, 0, name",
            "instagramPolicy, linkTowardsTheForm, instagram-policy-path.yaml, objection-link, 1, text",
            "metaAiSettings, deleteAllChats, meta-ai-chat-deletion.yaml, delete-all-chats, 0, name",
            "metaAiSettings, deleteAllChats, meta-ai-chat-deletion.yaml, delete-all-chats, 1, text",
            "metaAiSettings, dialogTitle, meta-ai-chat-deletion.yaml, delete-dialog, 0, name",
            "metaAiSettings, dialogTitle, meta-ai-chat-deletion.yaml, delete-dialog, 1, text",
            "metaAiSettings, delete, meta-ai-chat-deletion.yaml, delete-in-dialog, 1, name",
            "metaAiSettings, deleted, meta-ai-chat-deletion.yaml, chats-deleted, 0, text",
            "metaAiSettings, deleted, meta-ai-chat-deletion.yaml, chats-deleted, 1, name",
            "messengerThread, composerLabel, meta-ai-chat-deletion.yaml, composer, 1, name",
            "messengerThread, reset, meta-ai-chat-deletion.yaml, conversation-reset, 0, text",
            "messengerThread, reset, meta-ai-chat-deletion.yaml, conversation-reset, 1, name",
            "offMetaActivity, heading, off-meta-activity.yaml, activity-page, 0, name",
            "activityFromOtherBusinesses, heading, off-meta-activity.yaml, activity-page, 1, name",
            "offMetaActivity, heading, off-meta-activity.yaml, activity-page, 2, text",
            "activityFromOtherBusinesses, heading, off-meta-activity.yaml, activity-page, 3, text",
            "activityFromOtherBusinesses, heading, off-meta-activity.yaml, other-businesses-page, 0, name",
            "activityFromOtherBusinesses, heading, off-meta-activity.yaml, other-businesses-page, 1, text",
            "offMetaActivity, manageFuture, off-meta-activity.yaml, manage-future, 0, name",
            "offMetaActivity, manageFuture, off-meta-activity.yaml, manage-future, 1, text",
            "offMetaActivity, disconnectFuture, off-meta-activity.yaml, disconnect-option, 0, name",
            "offMetaActivity, disconnectFuture, off-meta-activity.yaml, disconnect-option, 1, label",
            "offMetaActivity, continue, off-meta-activity.yaml, continue, 0, name",
            "offMetaActivity, continue, off-meta-activity.yaml, continue, 1, text",
            "offMetaActivity, dialogTitle, off-meta-activity.yaml, disconnect-dialog, 0, name",
            "offMetaActivity, dialogTitle, off-meta-activity.yaml, disconnect-dialog, 1, text",
            "offMetaActivity, disconnect, off-meta-activity.yaml, disconnect-in-dialog, 1, name",
            "offMetaActivity, disconnected, off-meta-activity.yaml, disconnected, 0, text",
            "offMetaActivity, disconnected, off-meta-activity.yaml, disconnected, 1, name",
            "activityFromOtherBusinesses, manage, off-meta-activity.yaml, manage-use, 0, name",
            "activityFromOtherBusinesses, manage, off-meta-activity.yaml, manage-use, 1, text",
            "activityFromOtherBusinesses, dontAllow, off-meta-activity.yaml, dont-allow, 0, name",
            "activityFromOtherBusinesses, dontAllow, off-meta-activity.yaml, dont-allow, 1, label",
            "activityFromOtherBusinesses, save, off-meta-activity.yaml, save, 0, name",
            "activityFromOtherBusinesses, save, off-meta-activity.yaml, save, 1, text",
            "activityFromOtherBusinesses, saved, off-meta-activity.yaml, choice-saved, 0, text",
            "activityFromOtherBusinesses, saved, off-meta-activity.yaml, choice-saved, 1, name",
            "privacyRightsRequest, reasonLabel, privacy-rights-request.yaml, request-form, 0, label",
            "privacyRightsRequest, reasonLabel, privacy-rights-request.yaml, request-form, 1, name",
            "metaPrivacyHelp, formTitle, privacy-rights-request.yaml, help-page, 0, name",
            "metaPrivacyHelp, formTitle, privacy-rights-request.yaml, help-page, 1, text",
            "privacyRightsRequest, productCaption, privacy-rights-request.yaml, product, 0, name",
            "privacyRightsRequest, rightObject, privacy-rights-request.yaml, object, 0, name",
            "privacyRightsRequest, rightObject, privacy-rights-request.yaml, object, 1, label",
            "privacyRightsRequest, send, privacy-rights-request.yaml, send, 0, name",
            "privacyRightsRequest, send, privacy-rights-request.yaml, send, 1, text",
            "privacyRightsRequest, success, privacy-rights-request.yaml, success, 0, text",
            "privacyRightsRequest, success, privacy-rights-request.yaml, success, 1, name",
            "metaPrivacyHelp, actionObject, privacy-rights-request.yaml, help-object, 0, name",
            "metaPrivacyHelp, actionObject, privacy-rights-request.yaml, help-object, 1, label",
            "metaPrivacyHelp, productCaption, privacy-rights-request.yaml, help-product, 0, name",
            "metaPrivacyHelp, send, privacy-rights-request.yaml, help-submit, 0, name",
            "metaPrivacyHelp, send, privacy-rights-request.yaml, help-submit, 1, text",
            "metaPrivacyHelp, success, privacy-rights-request.yaml, help-success, 0, text",
            "metaPrivacyHelp, success, privacy-rights-request.yaml, help-success, 1, name",
            "privacyRightsRequest, reasonLabel, privacy-rights-request.yaml, reason, 0, label",
            "privacyRightsRequest, reasonLabel, privacy-rights-request.yaml, reason, 1, name",
            "thirdPartyAiData, formTitle, third-party-ai-data.yaml, form-title, 0, name",
            "thirdPartyAiData, formTitle, third-party-ai-data.yaml, form-title, 1, text",
            "thirdPartyAiData, requestObject, third-party-ai-data.yaml, object-or-restrict, 0, name",
            "thirdPartyAiData, requestObject, third-party-ai-data.yaml, object-or-restrict, 1, label",
            "thirdPartyAiData, firstNameLabel, third-party-ai-data.yaml, first-name, 0, label",
            "thirdPartyAiData, firstNameLabel, third-party-ai-data.yaml, first-name, 1, name",
            "thirdPartyAiData, lastNameLabel, third-party-ai-data.yaml, last-name, 0, label",
            "thirdPartyAiData, lastNameLabel, third-party-ai-data.yaml, last-name, 1, name",
            "thirdPartyAiData, emailLabel, third-party-ai-data.yaml, email, 0, label",
            "thirdPartyAiData, emailLabel, third-party-ai-data.yaml, email, 1, name",
            "thirdPartyAiData, countryLabel, third-party-ai-data.yaml, country, 0, label",
            "thirdPartyAiData, countryLabel, third-party-ai-data.yaml, country, 1, name",
            "thirdPartyAiData, promptsLabel, third-party-ai-data.yaml, prompts, 0, label",
            "thirdPartyAiData, promptsLabel, third-party-ai-data.yaml, prompts, 1, name",
            "thirdPartyAiData, send, third-party-ai-data.yaml, send, 0, name",
            "thirdPartyAiData, send, third-party-ai-data.yaml, send, 1, text",
            "thirdPartyAiData, success, third-party-ai-data.yaml, success, 0, text",
            "thirdPartyAiData, success, third-party-ai-data.yaml, success, 1, name",
            "whatsappRights, formTitle, whatsapp-objection.yaml, form-title, 0, name",
            "whatsappRights, formTitle, whatsapp-objection.yaml, form-title, 1, text",
            "whatsappRights, requestObject, whatsapp-objection.yaml, object, 0, name",
            "whatsappRights, requestObject, whatsapp-objection.yaml, object, 1, label",
            "whatsappRights, phoneLabel, whatsapp-objection.yaml, phone, 0, label",
            "whatsappRights, emailLabel, whatsapp-objection.yaml, email, 0, label",
            "whatsappRights, emailLabel, whatsapp-objection.yaml, email, 1, name",
            "whatsappRights, reasonLabel, whatsapp-objection.yaml, reason, 0, label",
            "whatsappRights, reasonLabel, whatsapp-objection.yaml, reason, 1, name",
            "whatsappRights, send, whatsapp-objection.yaml, send, 0, name",
            "whatsappRights, send, whatsapp-objection.yaml, send, 1, text",
            "whatsappRights, success, whatsapp-objection.yaml, success, 0, text",
            "whatsappRights, success, whatsapp-objection.yaml, success, 1, name"
    };

    static Stream<Arguments> rows() {
        return PackTextRow.arguments(ROWS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void the_replica_text_equals_the_pack_text_in_every_language(PackTextRow row) {
        row.assertMatchesTheIndex();
    }

    @Test
    void every_text_of_every_bundled_pack_and_library_is_compared_with_the_index() {
        Set<String> compared = new TreeSet<>();
        Stream.concat(Arrays.stream(ROWS), Arrays.stream(ReplicaTextsMatchPackTest.ROWS))
                .map(PackTextRow::parse).map(PackTextRow::place).forEach(compared::add);

        assertThat(compared).as("the rows of both tests name each text once and nothing else")
                .hasSize(ROWS.length + ReplicaTextsMatchPackTest.ROWS.length)
                .containsExactlyElementsOf(PackTextRow.everyBundledText());
    }

    @ParameterizedTest
    @CsvSource({"productFacebook, Facebook", "productInstagram, Instagram", "productMessenger, Messenger",
        "productWhatsApp, WhatsApp"})
    void the_product_radios_of_both_generations_are_labelled_like_the_choices_of_the_product_input(String key,
            String label) {
        JsonNode choices = new PackTextRow("", "", "privacy-rights-request.yaml", "", 0, "").packInputs()
                .path("product").path("choices");

        for (String language : Scenario.REFERENCE_LANGUAGES) {
            assertThat(FlowTexts.of("privacyRightsRequest", language, key)).isEqualTo(label);
            assertThat(FlowTexts.of("metaPrivacyHelp", language, key)).isEqualTo(label);
        }
        assertThat(choices).extracting(JsonNode::asText).contains(label.toLowerCase(Locale.ROOT));
    }
}
