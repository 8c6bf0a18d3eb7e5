package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages and endpoints of the flows beyond the objection form, over plain HTTP. */
class FlowPagesHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private ReplicaServer replica;

    @BeforeEach
    void start_the_replica() {
        replica = ReplicaServer.start(new Scenario());
    }

    @AfterEach
    void close_the_replica() {
        replica.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/help/contact/510058597920541, help-form.js, thirdPartyAiData, Rechte betroffener Personen für Informationen von Dritten, die für KI bei Meta verwendet werden",
            "/help/contact/540977946302970, help-form.js, privacyRightsRequest, Anfrage zu Datenschutzrechten",
            "/support/privacy/, help-form.js, metaPrivacyHelp, Datenschutz | Meta-Hilfebereich",
            "/contact/forms/382532939919295/, help-form.js, whatsappRights, WhatsApp-Anfrage zu Betroffenenrechten",
            "/settings/, meta-ai-settings.js, metaAiSettings, Einstellungen",
            "/t/meta-ai/, messenger-thread.js, messengerThread, Messenger",
            "/info_and_permissions/off_facebook_activity/, accounts-center.js, offMetaActivity, Deine Aktivitäten außerhalb der Meta-Technologien",
            "/info_and_permissions/off_facebook_activity/manage_future_activity/, accounts-center.js, offMetaActivity, Deine Aktivitäten außerhalb der Meta-Technologien",
            "/info_and_permissions/activity_from_other_businesses/, activity-from-other-businesses.js, activityFromOtherBusinesses, Aktivitäten von anderen Unternehmen"
    })
    void each_page_is_served_in_the_scenario_language_with_its_script_and_texts(String path, String script,
                                                                                String flow, String title)
            throws Exception {
        replica.scenario().language("de");

        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"de-DE\"", "<title>" + Html.escape(title),
                "/__replica/assets/" + script, "/__replica/assets/replica.js", "/__replica/assets/keystrokes.js");
        JsonNode data = bootstrap(page.body());
        assertThat(data.path("page").asText()).isEqualTo(flow);
        assertThat(data.path("lang").asText()).isEqualTo("de");
        assertThat(data.path("flowTexts").path("pageTitle").asText())
                .isEqualTo(FlowTexts.of(flow, "de", "pageTitle"));
        assertThat(data.path("texts").path("loading").asText()).isEqualTo("Wird geladen…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "it", "es", "nl", "pl", "pt"})
    void every_flow_page_speaks_every_language_and_a_locale_parameter_overrides_the_scenario(String language)
            throws Exception {
        replica.scenario().language("fr");
        for (String path : java.util.List.of("/help/contact/510058597920541", "/help/contact/540977946302970",
                "/support/privacy/", "/contact/forms/382532939919295/", "/settings/", "/t/meta-ai/",
                "/info_and_permissions/off_facebook_activity/",
                "/info_and_permissions/activity_from_other_businesses/")) {
            HttpResponse<String> page = get(path + "?locale=" + language);

            assertThat(page.body()).as(path).contains("<html lang=\"" + PageLanguage.htmlLang(language) + "\"");
            JsonNode data = bootstrap(page.body());
            String flow = data.path("page").asText();
            assertThat(ReplicaHttp.JSON.convertValue(data.path("flowTexts"), java.util.Map.class))
                    .as("%s in %s", flow, language).isEqualTo(FlowTexts.of(flow, language));
        }
    }

    @Test
    void the_whatsapp_and_help_meta_pages_name_their_own_product_in_the_cookie_dialog() throws Exception {
        replica.scenario().language("pl");

        assertThat(bootstrap(get("/contact/forms/382532939919295/").body()).path("texts").path("cookieDialogTitle")
                .asText()).isEqualTo("Zezwolić na użycie plików cookie z WhatsAppa w tej przeglądarce?");
        assertThat(bootstrap(get("/support/privacy/").body()).path("texts").path("cookieDialogTitle").asText())
                .isEqualTo("Zezwolić na użycie plików cookie z Mety w tej przeglądarce?");
        assertThat(bootstrap(get("/support/privacy/?locale=pt_BR").body()).path("texts").path("cookieDialogTitle")
                .asText()).isEqualTo("Permitir o uso de cookies da Meta neste navegador?");
    }

    @Test
    void whatsapp_s_form_stands_apart_from_facebook_s_login_wall() throws Exception {
        replica.scenario().loginRequired(true);

        assertThat(get("/contact/forms/382532939919295/").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({
            "/help/contact/540977946302970, /support/privacy/",
            "/help/contact/540977946302970?locale=de_DE, /support/privacy/?locale=de_DE",
    })
    void after_2026_s_move_the_privacy_rights_request_redirects_to_help_meta_com(String old, String moved)
            throws Exception {
        assertThat(get(old).statusCode()).as("before the move").isEqualTo(200);

        replica.scenario().privacyRequests2026(true);
        HttpResponse<String> response = get(old);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(moved);
        assertThat(get("/support/privacy/").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/info_and_permissions/off_facebook_activity/",
            "/info_and_permissions/off_facebook_activity/manage_future_activity/"})
    void after_2026_s_move_the_off_meta_activity_pages_redirect_to_activity_from_other_businesses(String old)
            throws Exception {
        assertThat(get(old).statusCode()).as("before the move").isEqualTo(200);

        replica.scenario().offMetaActivity2026(true);
        HttpResponse<String> response = get(old);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/info_and_permissions/activity_from_other_businesses/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/help/contact/510058597920541", "/help/contact/540977946302970", "/settings/",
            "/t/meta-ai/", "/info_and_permissions/off_facebook_activity/", "/support/privacy/",
            "/info_and_permissions/activity_from_other_businesses/"})
    void each_page_sends_a_visitor_without_a_session_to_the_login_wall_when_the_scenario_wants_one(String path)
            throws Exception {
        replica.scenario().loginRequired(true);

        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/login/?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(get(path, "c_user=100012345678901").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/help/contact/5100585979205410", "/settings", "/t/meta-ai", "/t/someone-else/",
            "/info_and_permissions/off_facebook_activity/manage_future_activity/x", "/support/privacy",
            "/contact/forms/382532939919295", "/contact/forms/",
            "/info_and_permissions/activity_from_other_businesses"})
    void near_misses_of_the_paths_answer_404(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "/ajax/help/contact/510058597920541/submit/, third-party-ai-data",
            "/ajax/help/contact/540977946302970/submit/, privacy-rights-request",
            "/api/meta-ai/chats/delete-all/, meta-ai-delete-all-chats",
            "/messaging/send/, messenger-message",
            "/api/accounts-center/off-meta-activity/future/, off-meta-future-activity",
            "/api/accounts-center/activity-from-other-businesses/, activity-from-other-businesses",
            "/api/support/privacy/requests/, meta-privacy-request",
            "/contact/forms/382532939919295/submit/, whatsapp-rights-request"
    })
    void each_send_is_recorded_under_its_own_form_name(String endpoint, String form) throws Exception {
        HttpResponse<String> answer = postJson(endpoint, "{\"text\":\"/reset-all-ais\",\"marker\":\"7f3\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("ok").asBoolean()).isTrue();
        assertThat(replica.recorder().submissions()).singleElement().satisfies(s -> {
            assertThat(s.form()).isEqualTo(form);
            assertThat(s.fields()).containsEntry("marker", "7f3");
        });
        assertThat(get(endpoint).statusCode()).isEqualTo(405);
    }

    @Test
    void an_empty_messenger_message_is_recorded_but_not_accepted() throws Exception {
        HttpResponse<String> answer = postJson("/messaging/send/", "{\"thread\":\"meta-ai\",\"text\":\"  \"}");

        assertThat(JSON.readTree(answer.body()).path("ok").asBoolean()).isFalse();
        assertThat(replica.recorder().submissionCount(Submission.MESSENGER_MESSAGE)).isEqualTo(1);
    }

    @Test
    void the_flow_scripts_are_served() throws Exception {
        for (String script : new String[] {"help-form.js", "meta-ai-settings.js", "messenger-thread.js",
                "accounts-center.js", "activity-from-other-businesses.js", "form-parts.js", "country-field.js"}) {
            assertThat(get("/__replica/assets/" + script).statusCode()).as(script).isEqualTo(200);
        }
        assertThat(get("/__replica/assets/flows/off-meta-activity.json").statusCode()).isEqualTo(404);
        assertThat(get("/__replica/assets/i18n.json").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String... cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replica.baseUrl() + path)).GET();
        if (cookies.length > 0) {
            request.header("Cookie", String.join("; ", cookies));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(replica.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode bootstrap(String html) throws Exception {
        String start = "window.__REPLICA__ = ";
        int from = html.indexOf(start) + start.length();
        return JSON.readTree(html.substring(from, html.indexOf(";</script>", from)));
    }
}
