package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The further flows' pages show exactly the words their packs look for (meta-flows §4, second table), in each
 * language the pack has: a plain text is the English one; a map by language is compared language by language.
 */
class FlowTextsMatchPacksTest {

    @ParameterizedTest(name = "{0}.{1} = {2} {3}")
    @CsvSource({
            "thirdPartyAiData, formTitle, third-party-ai-data, form-title, 0, name",
            "thirdPartyAiData, requestObject, third-party-ai-data, object-or-restrict, 0, name",
            "thirdPartyAiData, firstNameLabel, third-party-ai-data, first-name, 0, label",
            "thirdPartyAiData, lastNameLabel, third-party-ai-data, last-name, 0, label",
            "thirdPartyAiData, emailLabel, third-party-ai-data, email, 0, label",
            "thirdPartyAiData, countryLabel, third-party-ai-data, country, 0, label",
            "thirdPartyAiData, promptsLabel, third-party-ai-data, prompts, 0, label",
            "thirdPartyAiData, send, third-party-ai-data, send, 0, name",
            "thirdPartyAiData, success, third-party-ai-data, success, 0, text",
            "privacyRightsRequest, reasonLabel, privacy-rights-request, request-form, 0, label",
            "privacyRightsRequest, productCaption, privacy-rights-request, product, 0, name",
            "privacyRightsRequest, rightObject, privacy-rights-request, object, 0, name",
            "privacyRightsRequest, send, privacy-rights-request, send, 0, name",
            "privacyRightsRequest, success, privacy-rights-request, success, 0, text",
            "metaAiSettings, deleteAllChats, meta-ai-chat-deletion, delete-all-chats, 0, name",
            "metaAiSettings, dialogTitle, meta-ai-chat-deletion, delete-dialog, 0, name",
            "metaAiSettings, delete, meta-ai-chat-deletion, delete-in-dialog, 1, name",
            "metaAiSettings, deleted, meta-ai-chat-deletion, chats-deleted, 0, text",
            "messengerThread, composerLabel, meta-ai-chat-deletion, composer, 1, name",
            "messengerThread, reset, meta-ai-chat-deletion, conversation-reset, 0, text",
            "offMetaActivity, heading, off-meta-activity, page-title, 0, name",
            "offMetaActivity, manageFuture, off-meta-activity, manage-future, 0, name",
            "offMetaActivity, disconnectFuture, off-meta-activity, disconnect-option, 0, name",
            "offMetaActivity, continue, off-meta-activity, continue, 0, name",
            "offMetaActivity, dialogTitle, off-meta-activity, disconnect-dialog, 0, name",
            "offMetaActivity, disconnect, off-meta-activity, disconnect-in-dialog, 1, name",
            "offMetaActivity, disconnected, off-meta-activity, disconnected, 0, text"
    })
    void the_replica_text_equals_the_pack_text(String flow, String key, String pack, String target, int locator,
                                              String field) {
        JsonNode text = readPack(pack).path("targets").path(target).path(locator).path(field);

        assertThat(text.isTextual() || text.isObject()).as("%s: %s[%d].%s is a text or a map of texts", pack, target,
                locator, field).isTrue();
        if (text.isTextual()) {
            assertThat(FlowTexts.of(flow, "en", key)).isEqualTo(text.asText());
            return;
        }
        assertThat(text.has("en")).as("%s: %s has English", pack, target).isTrue();
        text.fieldNames().forEachRemaining(language -> assertThat(FlowTexts.of(flow, language, key))
                .as("%s.%s in %s", flow, key, language).isEqualTo(text.path(language).asText()));
    }

    @ParameterizedTest
    @CsvSource({"productFacebook, Facebook", "productInstagram, Instagram", "productMessenger, Messenger"})
    void the_product_radios_are_labelled_like_the_choices_of_the_product_input(String key, String label) {
        JsonNode choices = readPack("privacy-rights-request").path("inputs").path("product").path("choices");

        assertThat(FlowTexts.of("privacyRightsRequest", "en", key)).isEqualTo(label);
        assertThat(choices).extracting(JsonNode::asText).contains(label.toLowerCase(java.util.Locale.ROOT));
    }

    private static JsonNode readPack(String id) {
        try (InputStream in = FlowTextsMatchPacksTest.class.getClassLoader()
                .getResourceAsStream("selectors/" + id + ".yaml")) {
            assertThat(in).as("selectors/%s.yaml on the test classpath", id).isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
