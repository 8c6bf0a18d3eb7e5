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
            "/help/contact/510058597920541, help-form.js, thirdPartyAiData, Data subject rights for third party information used for AI at Meta",
            "/help/contact/540977946302970, help-form.js, privacyRightsRequest, Privacy Rights Request",
            "/settings/, meta-ai-settings.js, metaAiSettings, Settings",
            "/t/meta-ai/, messenger-thread.js, messengerThread, Messenger",
            "/info_and_permissions/off_facebook_activity/, accounts-center.js, offMetaActivity, Your activity off Meta technologies",
            "/info_and_permissions/off_facebook_activity/manage_future_activity/, accounts-center.js, offMetaActivity, Your activity off Meta technologies"
    })
    void each_page_is_served_in_english_with_its_script_and_texts(String path, String script, String flow,
                                                                  String title) throws Exception {
        replica.scenario().language("de");

        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"", "<title>" + title,
                "/__replica/assets/" + script, "/__replica/assets/replica.js", "/__replica/assets/keystrokes.js");
        JsonNode data = bootstrap(page.body());
        assertThat(data.path("page").asText()).isEqualTo(flow);
        assertThat(data.path("flowTexts").path("pageTitle").asText()).isEqualTo(FlowTexts.of(flow, "pageTitle"));
        assertThat(data.path("texts").path("loading").asText()).isEqualTo(Texts.of("en", "loading"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/help/contact/510058597920541", "/help/contact/540977946302970", "/settings/",
            "/t/meta-ai/", "/info_and_permissions/off_facebook_activity/"})
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
            "/info_and_permissions/off_facebook_activity/manage_future_activity/x"})
    void near_misses_of_the_paths_answer_404(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "/ajax/help/contact/510058597920541/submit/, third-party-ai-data",
            "/ajax/help/contact/540977946302970/submit/, privacy-rights-request",
            "/api/meta-ai/chats/delete-all/, meta-ai-delete-all-chats",
            "/messaging/send/, messenger-message",
            "/api/accounts-center/off-meta-activity/future/, off-meta-future-activity"
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
                "accounts-center.js"}) {
            assertThat(get("/__replica/assets/" + script).statusCode()).as(script).isEqualTo(200);
        }
        assertThat(get("/__replica/assets/flow-texts.json").statusCode()).isEqualTo(404);
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
