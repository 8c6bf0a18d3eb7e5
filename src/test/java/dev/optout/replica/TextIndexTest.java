package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled text index says what the text tables say, in every language. */
class TextIndexTest {
    /** Set to rewrite the bundled index from the tables after changing a text. */
    private static final String REWRITE = "replica.writeTextIndex";
    private static final Path BUNDLED = Path.of("src/main/resources/replica", TextIndex.RESOURCE);

    @Test
    void the_bundled_index_is_what_the_tables_say() throws IOException {
        if (Boolean.getBoolean(REWRITE)) {
            Files.writeString(BUNDLED, TextIndex.render(), StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(BUNDLED, StandardCharsets.UTF_8))
                .as("%s is out of date: run this test with -D%s=true to rewrite it", BUNDLED, REWRITE)
                .isEqualTo(TextIndex.render());
    }

    @Test
    void every_element_has_a_text_in_every_language() throws IOException {
        JsonNode index = ReplicaHttp.JSON.readTree(TextIndex.render());
        List<String> flows = new ArrayList<>();
        index.fieldNames().forEachRemaining(flows::add);

        assertThat(flows).contains("objectionForm", "cookieDialog", "errorAlert", "loginWall", "aiGate",
                "privacyCenter", "privacyGenai", "instagramPolicy", "thirdPartyAiData", "privacyRightsRequest",
                "metaPrivacyHelp", "whatsappRights", "metaAiSettings", "messengerThread", "offMetaActivity",
                "activityFromOtherBusinesses");
        for (String flow : flows.stream().filter(f -> !f.startsWith("_")).toList()) {
            index.path(flow).forEach(texts -> {
                List<String> languages = new ArrayList<>();
                texts.fieldNames().forEachRemaining(languages::add);
                assertThat(languages).as(flow).containsAll(Scenario.REFERENCE_LANGUAGES)
                        .isEqualTo(Scenario.LANGUAGES.stream().filter(languages::contains).toList());
                texts.forEach(text -> assertThat(text.asText()).as(flow).isNotBlank());
            });
        }
        for (String element : List.of("formTitle", "countryLabel", "emailLabel", "reasonLabel", "send", "success")) {
            assertThat(index.path("objectionForm").path(element).size()).as(element)
                    .isEqualTo(Scenario.LANGUAGES.size());
        }
        assertThat(index.path("cookieDialog").path("declineCookies").size()).isEqualTo(Scenario.LANGUAGES.size());
    }

    @Test
    void it_marks_the_languages_beyond_the_reference_ones_as_unverified() throws IOException {
        JsonNode unverified = ReplicaHttp.JSON.readTree(TextIndex.render()).path(TextIndex.UNVERIFIED);
        List<String> languages = new ArrayList<>();
        unverified.path("languages").forEach(language -> languages.add(language.asText()));

        assertThat(languages).contains("sv", "el", "bg", "rm").doesNotContainAnyElementsOf(Scenario.REFERENCE_LANGUAGES)
                .containsExactlyElementsOf(Scenario.LANGUAGES.stream()
                        .filter(language -> !Scenario.REFERENCE_LANGUAGES.contains(language)).toList());
        assertThat(unverified.path("about").asText()).contains("not seen on Meta's pages");
    }

    @Test
    void it_holds_the_texts_a_pack_looks_for() throws IOException {
        JsonNode index = ReplicaHttp.JSON.readTree(TextIndex.render());

        assertThat(index.at("/objectionForm/formTitle/pt").asText())
                .isEqualTo("Opor-se ao uso das suas informações para IA na Meta");
        assertThat(index.at("/privacyCenter/linkTowardsTheForm/de").asText()).isEqualTo("KI bei Meta");
        assertThat(index.at("/privacyGenai/linkTowardsTheForm/en").asText()).isEqualTo("right to object");
        assertThat(index.at("/instagramPolicy/linkTowardsTheForm/de").asText()).isEqualTo("Widerspruchsrecht");
        assertThat(index.at("/instagramPolicy/generativeAiSection/de").asText())
                .isEqualTo("Wie verwenden wir deine Informationen, um KI bei Meta zu entwickeln?");
        assertThat(index.at("/offMetaActivity/disconnect/de").asText()).isEqualTo("Trennen");
        assertThat(index.at("/whatsappRights/phoneLabel/en").asText()).isEqualTo("Phone number, with country code");
        assertThat(index.at("/errorAlert/sendFailed/pl").asText()).isEqualTo(Texts.of("pl", "sendFailed"));
    }

    @Test
    void a_running_replica_serves_it() throws IOException {
        try (ReplicaServer replica = ReplicaServer.start(new Scenario())) {
            HttpResponse<String> response = new ReplicaHttp(replica).get(TextIndex.PATH);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(response.body()).isEqualTo(TextIndex.render());
        }
    }
}
