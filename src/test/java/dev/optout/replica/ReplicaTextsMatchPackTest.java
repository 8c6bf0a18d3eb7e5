package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replica's wording must be exactly what the shipped objection packs look for, in every language a pack has
 * (the seven of meta-flows §4 today; Portuguese joins the comparison as soon as a pack has it).
 */
class ReplicaTextsMatchPackTest {
    private static final List<String> PACKS = List.of("facebook-objection", "instagram-objection");

    @ParameterizedTest(name = "{0} = pack target {1}")
    @CsvSource({
            "formTitle, form-title, 0, name",
            "countryLabel, country, 0, label",
            "emailLabel, email, 0, label",
            "reasonLabel, reason, 0, label",
            "send, send, 0, name",
            "codePrompt, code-prompt, 0, name",
            "codeConfirm, code-confirm, 0, name",
            "success, success, 0, text",
            "declineCookies, decline-cookies, 1, name"
    })
    void replica_text_equals_the_pack_text_in_every_language(String textKey, String target, int locator, String field) {
        for (String pack : PACKS) {
            JsonNode byLanguage = targets(pack).path(target).path(locator).path(field);
            List<String> languages = new java.util.ArrayList<>();
            byLanguage.fieldNames().forEachRemaining(languages::add);

            assertThat(languages).as("%s: %s[%d].%s", pack, target, locator, field)
                    .containsAll(List.of("en", "de", "fr", "it", "es", "nl", "pl"));
            assertThat(Scenario.LANGUAGES).containsAll(languages);
            for (String language : languages) {
                assertThat(Texts.of(language, textKey)).as("%s in %s, %s", textKey, language, pack)
                        .isEqualTo(byLanguage.path(language).asText(null));
            }
        }
    }

    /** The pack's own targets and those of the libraries it uses (the form's and the cookie dialog's texts live there). */
    private static JsonNode targets(String pack) {
        ObjectNode targets = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String file : List.of("selectors/" + pack + ".yaml", "selectors/lib/meta-common.yaml",
                "selectors/lib/meta-objection-form.yaml")) {
            if (read(file).path("targets") instanceof ObjectNode own) {
                targets.setAll(own);
            }
        }
        return targets;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ReplicaTextsMatchPackTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath").isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
