package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicaServerHttpTest {
    private static final String FORM = "/help/contact/6359191084165019";
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

    @Test
    void binds_to_loopback_on_an_ephemeral_port() {
        assertThat(replica.port()).isPositive();
        assertThat(replica.baseUrl()).isEqualTo("http://127.0.0.1:" + replica.port());
    }

    @ParameterizedTest
    @CsvSource({"en, en", "de, de-DE", "fr, fr-FR", "it, it-IT", "es, es-ES", "nl, nl-NL", "pl, pl-PL", "pt, pt-BR"})
    void the_form_page_is_served_in_the_scenario_language_with_html_lang_in_its_region_form(String language,
                                                                                          String htmlLang)
            throws Exception {
        replica.scenario().language(language);

        HttpResponse<String> page = get(FORM);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<html lang=\"" + htmlLang + "\"");
        assertThat(bootstrap(page.body()).path("lang").asText()).isEqualTo(language);
        assertThat(bootstrap(page.body()).path("texts").path("formTitle").asText())
                .isEqualTo(Texts.of(language, "formTitle"));
    }

    @Test
    void a_locale_parameter_overrides_the_scenario_language_for_that_request_only() throws Exception {
        replica.scenario().language("fr");

        assertThat(get(FORM + "?locale=de_DE").body()).contains("<html lang=\"de-DE\"");
        assertThat(get(FORM + "?locale=pt_BR").body()).contains("<html lang=\"pt-BR\"");
        assertThat(get(FORM + "?locale=xx_XX").body()).contains("<html lang=\"fr-FR\"");
        assertThat(get(FORM).body()).contains("<html lang=\"fr-FR\"");
    }

    @Test
    void the_bootstrap_carries_the_scenario_to_the_page_script() throws Exception {
        replica.scenario().formVersion(FormVersion.V2024).optionValues(OptionValues.ID).rerenderAfterFill(true)
                .renderDelayMs(1234).accountEmail("someone@example.test").autoLoginAfterMs(50);

        JsonNode data = bootstrap(get(FORM).body());

        assertThat(data.path("formVersion").asText()).isEqualTo("V2024");
        assertThat(data.path("optionValues").asText()).isEqualTo("ID");
        assertThat(data.path("rerenderAfterFill").asBoolean()).isTrue();
        assertThat(data.path("renderDelayMs").asInt()).isEqualTo(1234);
        assertThat(data.path("accountEmail").asText()).isEqualTo("someone@example.test");
        assertThat(data.path("autoLoginAfterMs").asInt()).isEqualTo(50);
        assertThat(data.path("countries")).extracting(JsonNode::asText).contains("DE", "FR", "PL", "BR");
        assertThat(data.path("markup").asText()).isEqualTo("NATIVE");
        assertThat(data.path("noise").isNull()).isTrue();
    }

    @Test
    void the_bootstrap_carries_the_markup_the_noise_seed_and_the_form_knobs() throws Exception {
        replica.scenario().markup(Markup.REACT).noise(Long.MAX_VALUE).extraRequiredField(true)
                .secondConfirmation(true).rewordedConfirmation(true).extraRequiredUnmarked(true).confirmEmail(true)
                .securityCheck(true);

        JsonNode data = bootstrap(get(FORM).body());

        assertThat(data.path("markup").asText()).isEqualTo("REACT");
        assertThat(data.path("noise").asText()).as("every digit, which a JavaScript number would lose")
                .isEqualTo("9223372036854775807");
        assertThat(data.path("extraRequiredField").asBoolean()).isTrue();
        assertThat(data.path("secondConfirmation").asBoolean()).isTrue();
        assertThat(data.path("rewordedConfirmation").asBoolean()).isTrue();
        assertThat(data.path("extraRequiredUnmarked").asBoolean()).isTrue();
        assertThat(data.path("confirmEmail").asBoolean()).isTrue();
        assertThat(data.path("securityCheck").asBoolean()).isTrue();
        assertThat(data.path("texts").path("fullNameLabel").asText()).isEqualTo("Full name");
        assertThat(data.path("texts").path("securityCheckTitle").asText()).isEqualTo("Security check");
    }

    @Test
    void text_from_the_scenario_cannot_close_the_bootstrap_script() throws Exception {
        replica.scenario().accountEmail("</script><script>alert(1)</script>@example.test");

        String html = get(FORM).body();

        assertThat(html).doesNotContain("<script>alert(1)");
        assertThat(bootstrap(html).path("accountEmail").asText())
                .isEqualTo("</script><script>alert(1)</script>@example.test");
    }

    @Test
    void the_cookie_dialog_is_asked_for_until_a_consent_cookie_exists() throws Exception {
        assertThat(bootstrap(get(FORM).body()).path("cookieDialog").asBoolean()).isTrue();
        assertThat(bootstrap(get(FORM, "replica_consent=essential").body()).path("cookieDialog").asBoolean()).isFalse();

        replica.scenario().cookieDialog(false);
        assertThat(bootstrap(get(FORM).body()).path("cookieDialog").asBoolean()).isFalse();
    }

    @Test
    void the_form_answers_302_to_the_login_wall_when_login_is_required_and_no_session_cookie_is_sent() throws Exception {
        replica.scenario().loginRequired(true);

        HttpResponse<String> response = get(FORM + "?locale=de_DE");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/login/?next=%2Fhelp%2Fcontact%2F6359191084165019%3Flocale%3Dde_DE");
    }

    @Test
    void the_form_is_served_when_login_is_required_and_the_session_cookie_is_present() throws Exception {
        replica.scenario().loginRequired(true);

        HttpResponse<String> response = get(FORM, "c_user=100012345678901");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("objection-form.js");
    }

    @Test
    void the_form_needs_no_login_when_the_scenario_does_not_require_one() throws Exception {
        assertThat(get(FORM).statusCode()).isEqualTo(200);
    }

    @Test
    void the_login_page_has_the_royal_login_form_that_posts_back_with_next() throws Exception {
        String html = get("/login/?next=%2Fhelp%2Fcontact%2F6359191084165019").body();

        assertThat(html)
                .contains("data-testid=\"royal_login_form\" action=\"/login/?next=%2Fhelp%2Fcontact%2F6359191084165019\"")
                .contains("name=\"email\"", "aria-label=\"Email or phone number\"")
                .contains("type=\"password\"", "name=\"pass\"", "aria-label=\"Password\"")
                .contains("name=\"login\" data-testid=\"royal_login_button\"", ">Log in</button>");
    }

    @Test
    void posting_credentials_sets_a_one_year_c_user_cookie_and_redirects_to_next() throws Exception {
        HttpResponse<String> response = postForm("/login/?next=%2Fhelp%2Fcontact%2F6359191084165019",
                "email=person%40example.test&pass=secret-password-123");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(FORM);
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).matches("c_user=\\d+;.*").contains("Max-Age=31536000", "Path=/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https%3A%2F%2Fevil.test%2F", "%2F%2Fevil.test%2Fphish", "%2F%5Cevil.test",
            "javascript%3Aalert(1)", "evil.test", "%2Fok%0D%0ASet-Cookie%3A%20x%3D1"})
    void login_redirects_only_to_a_relative_next(String next) throws Exception {
        HttpResponse<String> response = postForm("/login/?next=" + next, "email=a&pass=b");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void login_with_an_empty_password_sets_no_cookie_and_shows_the_form_again() throws Exception {
        HttpResponse<String> response = postForm("/login/?next=%2F", "email=person%40example.test&pass=");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("role=\"alert\"", "royal_login_form");
    }

    @Test
    void the_password_is_recorded_nowhere() throws Exception {
        postForm("/login/?next=%2F", "email=person%40example.test&pass=CANARY-PASSWORD-7f3");

        assertThat(get("/__replica/submissions").body() + get("/__replica/keystrokes").body())
                .doesNotContain("CANARY-PASSWORD-7f3");
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void objection_submissions_are_recorded_and_exposed_as_json() throws Exception {
        HttpResponse<String> answer = postJson("/help/contact/submit",
                "{\"country\":\"DE\",\"countryName\":\"Deutschland\",\"email\":\"a@b.test\",\"reason\":\"r\",\"version\":\"V2025\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("ok").asBoolean()).isTrue();
        assertThat(replica.recorder().submissionCount("objection")).isEqualTo(1);
        Submission submission = replica.recorder().submissions().get(0);
        assertThat(submission.form()).isEqualTo("objection");
        assertThat(submission.fields()).containsEntry("country", "DE").containsEntry("countryName", "Deutschland")
                .containsEntry("email", "a@b.test").containsEntry("reason", "r").containsEntry("version", "V2025");

        JsonNode json = JSON.readTree(get("/__replica/submissions").body());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).path("form").asText()).isEqualTo("objection");
        assertThat(json.get(0).path("fields").path("countryName").asText()).isEqualTo("Deutschland");
        assertThat(json.get(0).path("at").asText()).isEqualTo(submission.at().toString());
    }

    @Test
    void a_code_is_accepted_only_when_it_has_six_digits_and_every_attempt_is_recorded() throws Exception {
        assertThat(JSON.readTree(postJson("/help/contact/submit-code", "{\"code\":\"12345\"}").body())
                .path("ok").asBoolean()).isFalse();
        assertThat(JSON.readTree(postJson("/help/contact/submit-code", "{\"code\":\"123456\"}").body())
                .path("ok").asBoolean()).isTrue();

        assertThat(replica.recorder().submissionCount("code")).isEqualTo(2);
        assertThat(replica.recorder().submissionCount("objection")).isZero();
    }

    @Test
    void a_submission_that_is_not_a_json_object_is_refused_and_not_recorded() throws Exception {
        assertThat(postJson("/help/contact/submit", "not json").statusCode()).isEqualTo(400);
        assertThat(postJson("/help/contact/submit", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void keystrokes_are_recorded_and_exposed_as_json() throws Exception {
        postJson("/__replica/keystroke", "{\"path\":\"" + FORM + "\",\"origin\":\"http://localhost:1\",\"field\":\"Email address\"}");
        postJson("/__replica/keystroke", "{\"path\":\"/login/\",\"origin\":\"http://127.0.0.1:1\",\"field\":\"Password\"}");

        assertThat(replica.recorder().keystrokes()).containsExactly(
                new Keystroke(FORM, "http://localhost:1", "Email address"),
                new Keystroke("/login/", "http://127.0.0.1:1", "Password"));
        assertThat(replica.recorder().keystrokesOnPath("/help/contact/")).isEqualTo(1);
        assertThat(replica.recorder().keystrokesOnPath("/login/")).isEqualTo(1);
        JsonNode json = JSON.readTree(get("/__replica/keystrokes").body());
        assertThat(json).hasSize(2);
        assertThat(json.get(1).path("field").asText()).isEqualTo("Password");
        assertThat(json.get(1).path("origin").asText()).isEqualTo("http://127.0.0.1:1");
    }

    @Test
    void timestamps_are_recorded_exposed_as_json_and_a_malformed_one_refused() throws Exception {
        assertThat(postJson("/__replica/timestamp", "{\"path\":\"" + FORM + "\",\"element\":\"Send\","
                + "\"event\":\"appeared\",\"at\":1765000000000.25}").statusCode()).isEqualTo(204);
        assertThat(postJson("/__replica/timestamp", "{\"path\":\"" + FORM + "\",\"element\":\"Send\","
                + "\"event\":\"firstAction\",\"at\":1765000000042.75,\"action\":\"click\"}").statusCode())
                .isEqualTo(204);
        assertThat(postJson("/__replica/timestamp", "{\"element\":\"Send\",\"event\":\"hover\",\"at\":1}")
                .statusCode()).isEqualTo(400);
        assertThat(postJson("/__replica/timestamp", "{\"element\":\"Send\",\"event\":\"appeared\",\"at\":\"x\"}")
                .statusCode()).isEqualTo(400);

        assertThat(replica.recorder().timestamps()).containsExactly(
                new ElementTimestamp(FORM, "Send", "appeared", 1765000000000.25, ""),
                new ElementTimestamp(FORM, "Send", "firstAction", 1765000000042.75, "click"));
        assertThat(replica.recorder().appearToFirstActionMs("Send")).hasValue(42.5);
        JsonNode json = JSON.readTree(get("/__replica/timestamps").body());
        assertThat(json.get(1).path("action").asText()).isEqualTo("click");
        replica.recorder().clear();
        assertThat(replica.recorder().timestamps()).isEmpty();
    }

    @Test
    void actions_on_decoys_are_recorded_exposed_as_json_and_a_malformed_one_refused() throws Exception {
        assertThat(postJson("/__replica/decoy", "{\"path\":\"" + FORM + "\",\"decoy\":\"clone\","
                + "\"event\":\"click\",\"target\":\"Send\"}").statusCode()).isEqualTo(204);
        assertThat(postJson("/__replica/decoy", "{\"path\":\"" + FORM + "\",\"event\":\"click\"}").statusCode())
                .isEqualTo(400);

        assertThat(replica.recorder().decoys()).containsExactly(new Decoy(FORM, Decoy.CLONE, "click", "Send"));
        assertThat(replica.recorder().submissions()).as("a decoy sends nothing").isEmpty();
        assertThat(JSON.readTree(get("/__replica/decoys").body()).get(0).path("target").asText()).isEqualTo("Send");
        replica.recorder().clear();
        assertThat(replica.recorder().decoys()).isEmpty();
    }

    @Test
    void keystrokes_are_counted_per_host_and_per_field() throws Exception {
        postJson("/__replica/keystroke", "{\"path\":\"/a\",\"origin\":\"http://127.0.0.1:1\",\"field\":\"Reason\"}");
        postJson("/__replica/keystroke", "{\"path\":\"/a\",\"origin\":\"http://localhost:1\",\"field\":\"Reason\"}");
        postJson("/__replica/keystroke", "{\"path\":\"/a\",\"origin\":\"http://localhost:1\",\"field\":\"\"}");

        assertThat(replica.recorder().keystrokesOn("http://localhost:1")).isEqualTo(2);
        assertThat(replica.recorder().keystrokesOn("http://127.0.0.1:1")).isEqualTo(1);
        assertThat(replica.recorder().keystrokesInto("Reason")).isEqualTo(2);
        assertThat(replica.recorder().keystrokesOn("http://localhost:1", "Reason")).isEqualTo(1);
    }

    @Test
    void clear_forgets_submissions_and_keystrokes() throws Exception {
        postJson("/help/contact/submit-code", "{\"code\":\"123456\"}");
        postJson("/__replica/keystroke", "{\"path\":\"/\",\"origin\":\"o\",\"field\":\"f\"}");

        replica.recorder().clear();

        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokes()).isEmpty();
        assertThat(get("/__replica/submissions").body()).isEqualTo("[]");
    }

    @Test
    void unknown_paths_answer_a_404_page_in_the_page_language() throws Exception {
        replica.scenario().language("nl");

        HttpResponse<String> response = get(FORM + "0");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"nl-NL\"", Texts.of("nl", "notFound"));
    }

    @Test
    void a_known_path_with_the_wrong_method_answers_405() throws Exception {
        assertThat(postJson(FORM, "{}").statusCode()).isEqualTo(405);
        assertThat(get("/help/contact/submit").statusCode()).isEqualTo(405);
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void the_page_scripts_are_served_and_no_path_escapes_the_asset_folder() throws Exception {
        for (String script : List.of("keystrokes.js", "replica.js", "objection-form.js", "login.js",
                "aria-choices.js", "noise.js")) {
            HttpResponse<String> response = get("/__replica/assets/" + script);
            assertThat(response.statusCode()).as(script).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        }
        assertThat(get("/__replica/assets/i18n.json").statusCode()).isEqualTo(404);
        assertThat(get("/__replica/assets/..%2F..%2Fdev%2Foptout%2Fversion.properties").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/help/contact/712876720715583", "/help/contact/712876720715583?locale=de_DE"})
    void facebook_s_old_form_id_redirects_to_the_new_one(String old) throws Exception {
        HttpResponse<String> response = get(old);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(old.replace("712876720715583", "6359191084165019"));
    }

    @Test
    void the_index_page_links_to_the_form() throws Exception {
        assertThat(get("/").body()).contains("href=\"" + FORM + "\"");
    }

    @Test
    void scenario_reset_restores_every_default() {
        Scenario scenario = new Scenario().language("pl").formVersion(FormVersion.V2024).cookieDialog(false)
                .loginRequired(true).optionValues(OptionValues.NAME).accountEmail("x@y.test").rerenderAfterFill(true)
                .redirectTo("http://localhost:1/").renderDelayMs(0).autoLoginAfterMs(10)
                .confirmBeforeSend("Sure?").cookieDialogAt(CookieDialogTiming.AFTER_MS).cookieDialogDelayMs(5)
                .countryWidget(CountryWidget.TYPEAHEAD).aiGate(true).overlayOverSend(true).slowResponseMs(9000)
                .sendFault(SendFault.HTTP_500).linksInNewTab(true).navigateWhileTyping("http://localhost:1/", 3)
                .namelessDialogs(true).offMetaActivity2026(true).privacyRequests2026(true).rewordedLabels(true)
                .timestamps(true).markup(Markup.REACT).noise(42L).extraRequiredField(true).secondConfirmation(true)
                .rewordedConfirmation(true);
        String changed = scenario.toString();

        scenario.reset();

        assertThat(changed).as("every knob shows in toString").contains("TYPEAHEAD", "aiGate=true", "AFTER_MS",
                "overlayOverSend=true", "slowResponseMs=9000", "HTTP_500", "linksInNewTab=true", "localhost:1",
                "namelessDialogs=true", "offMetaActivity2026=true", "privacyRequests2026=true",
                "rewordedLabels=true", "timestamps=true", "Sure?", "markup=REACT", "noise=42",
                "extraRequiredField=true", "secondConfirmation=true", "rewordedConfirmation=true");
        assertThat(scenario.toString()).isEqualTo(new Scenario().toString());
        assertThat(scenario.accountEmail()).isEqualTo("person@example.test");
        assertThat(scenario.language()).isEqualTo("en");
        assertThat(scenario.renderDelayMs()).isEqualTo(400);
    }

    @Test
    void two_routes_for_one_path_and_method_are_refused_because_every_origin_shares_one_port() {
        Router router = new Router(new NotFoundPage(new Scenario())).get("/same/", new IndexPage(new Scenario()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> router.get("/same/", new IndexPage(new Scenario())))
                .isInstanceOf(IllegalStateException.class).hasMessage("two replica routes for GET /same/");
        router.post("/same/", new IndexPage(new Scenario()));
    }

    @Test
    void closing_the_server_releases_its_port() throws Exception {
        int port = replica.port();
        replica.close();

        try (ReplicaServer again = ReplicaServer.start(new Scenario(), port)) {
            assertThat(again.port()).isEqualTo(port);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(again.baseUrl() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        try {
            get("/");
            throw new AssertionError("the closed replica still answered on port " + port);
        } catch (IOException expected) {
            // connection refused: nothing listens any more
        }
    }

    private HttpResponse<String> get(String path, String... cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replica.baseUrl() + path)).GET();
        if (cookies.length > 0) {
            request.header("Cookie", String.join("; ", cookies));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(replica.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
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
