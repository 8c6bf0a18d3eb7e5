package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Instagram's objection form: Facebook's page under Instagram's path, sending to endpoints of its own. */
class InstagramFormHttpTest {
    private static final String FORM = "/contact/233964459562201";

    private static ReplicaServer replica;
    private static ReplicaHttp http;

    @BeforeAll
    static void start_the_replica() {
        replica = ReplicaServer.start(new Scenario());
        http = new ReplicaHttp(replica);
    }

    @AfterAll
    static void close_the_replica() {
        replica.close();
    }

    @BeforeEach
    void fresh_scenario_and_recorder() {
        replica.scenario().reset();
        replica.recorder().clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "it", "es", "nl", "pl", "pt"})
    void the_form_is_served_in_the_scenario_language_with_the_reference_texts(String language) {
        replica.scenario().language(language);

        HttpResponse<String> page = http.get(FORM);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"" + PageLanguage.htmlLang(language) + "\"",
                        "objection-form.js")
                .contains("<title>" + Html.escape(Texts.of(language, "formTitle"))
                        + " | Instagram Help Center</title>");
        JsonNode texts = ReplicaHttp.bootstrap(page.body()).path("texts");
        for (String key : new String[] {"formTitle", "countryLabel", "emailLabel", "reasonLabel", "send",
            "codePrompt", "codeConfirm", "success", "declineCookies"}) {
            assertThat(texts.path(key).asText()).as(key).isEqualTo(Texts.of(language, key));
        }
        assertThat(texts.path("cookieDialogTitle").asText()).contains("Instagram").doesNotContain("Facebook");
    }

    @Test
    void a_locale_parameter_overrides_the_scenario_language() {
        replica.scenario().language("nl");

        assertThat(http.get(FORM + "?locale=pl_PL").body()).contains("<html lang=\"pl-PL\"");
        assertThat(ReplicaHttp.bootstrap(http.get(FORM + "?locale=pl_PL").body()).path("texts")
                .path("cookieDialogTitle").asText()).isEqualTo("Zezwolić na użycie plików cookie z Instagrama w tej "
                + "przeglądarce?");
        assertThat(http.get(FORM).body()).contains("<html lang=\"nl-NL\"");
    }

    @Test
    void the_page_posts_to_instagram_s_endpoints_and_facebook_s_page_to_its_own() {
        JsonNode instagram = ReplicaHttp.bootstrap(http.get(FORM).body());
        JsonNode facebook = ReplicaHttp.bootstrap(http.get("/help/contact/6359191084165019").body());

        assertThat(instagram.path("submitPath").asText()).isEqualTo("/contact/submit");
        assertThat(instagram.path("codeSubmitPath").asText()).isEqualTo("/contact/submit-code");
        assertThat(facebook.path("submitPath").asText()).isEqualTo("/help/contact/submit");
        assertThat(facebook.path("codeSubmitPath").asText()).isEqualTo("/help/contact/submit-code");
        assertThat(facebook.path("texts").path("cookieDialogTitle").asText()).contains("Facebook");
    }

    @Test
    void the_scenario_s_form_version_and_cookie_dialog_reach_the_page() {
        replica.scenario().formVersion(FormVersion.V2024).cookieDialog(false);

        JsonNode data = ReplicaHttp.bootstrap(http.get(FORM).body());

        assertThat(data.path("formVersion").asText()).isEqualTo("V2024");
        assertThat(data.path("cookieDialog").asBoolean()).isFalse();
        assertThat(data.path("page").asText()).isEqualTo("objection");
    }

    @Test
    void without_a_session_the_form_sends_the_person_to_the_login_wall_and_back() {
        replica.scenario().loginRequired(true);

        HttpResponse<String> response = http.get(FORM + "?locale=de_DE");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/login/?next=%2Fcontact%2F233964459562201%3Flocale%3Dde_DE");
        assertThat(http.get(FORM, "c_user=100012345678901").statusCode()).isEqualTo(200);
    }

    @Test
    void an_objection_and_a_code_are_recorded_under_instagram_s_form_names() {
        HttpResponse<String> objection = http.postJson("/contact/submit",
                "{\"country\":\"AT\",\"countryName\":\"Österreich\",\"email\":\"a@b.test\",\"reason\":\"r\","
                        + "\"version\":\"V2024\"}");
        HttpResponse<String> badCode = http.postJson("/contact/submit-code", "{\"code\":\"12a456\"}");
        HttpResponse<String> goodCode = http.postJson("/contact/submit-code", "{\"code\":\"123456\"}");

        assertThat(ReplicaHttp.json(objection).path("ok").asBoolean()).isTrue();
        assertThat(ReplicaHttp.json(badCode).path("ok").asBoolean()).isFalse();
        assertThat(ReplicaHttp.json(goodCode).path("ok").asBoolean()).isTrue();
        assertThat(replica.recorder().submissions()).extracting(Submission::form)
                .containsExactly("instagram-objection", "instagram-code", "instagram-code");
        assertThat(replica.recorder().submissions().get(0).fields()).containsEntry("country", "AT")
                .containsEntry("countryName", "Österreich").containsEntry("version", "V2024");
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isZero();
        assertThat(replica.recorder().submissionCount(Submission.CODE)).isZero();
        JsonNode json = ReplicaHttp.json(http.get("/__replica/submissions"));
        assertThat(json.get(0).path("form").asText()).isEqualTo("instagram-objection");
    }

    @Test
    void a_body_that_is_not_a_json_object_is_refused_and_not_recorded() {
        assertThat(http.postJson("/contact/submit", "[1]").statusCode()).isEqualTo(400);
        assertThat(http.postJson("/contact/submit-code", "nope").statusCode()).isEqualTo(400);
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/contact/2339645595622010", "/contact/233964459562201/", "/contact/",
        "/contact/7672641225370182", "/help/contact/233964459562201"})
    void near_misses_answer_404(String path) {
        replica.scenario().language("it");

        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"it-IT\"", Texts.of("it", "notFound"));
    }

    @Test
    void instagram_s_old_form_id_redirects_to_the_new_one() {
        HttpResponse<String> response = http.get("/contact/767264225370182");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/contact/233964459562201");
    }

    @Test
    void the_endpoints_take_only_posts_and_the_form_only_gets() {
        assertThat(http.get("/contact/submit").statusCode()).isEqualTo(405);
        assertThat(http.get("/contact/submit-code").statusCode()).isEqualTo(405);
        assertThat(http.postJson(FORM, "{}").statusCode()).isEqualTo(405);
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void the_index_links_to_the_instagram_form() {
        assertThat(http.get("/").body()).contains("href=\"" + FORM + "\"");
    }
}
