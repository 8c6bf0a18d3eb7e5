package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fault knobs over plain HTTP: slow pages, failed sends, a refusing origin. */
class FaultsHttpTest {
    private static final String FORM = ObjectionForm.FACEBOOK.path();
    private static final String SUBMIT = ObjectionForm.FACEBOOK.submitPath();
    private static final String OBJECTION = "{\"country\":\"DE\",\"countryName\":\"Germany\",\"email\":\"a@b.test\"}";

    private ReplicaServer replica;
    private ReplicaHttp http;

    @BeforeEach
    void start() {
        replica = ReplicaServer.start(new Scenario());
        http = new ReplicaHttp(replica);
    }

    @AfterEach
    void stop() {
        replica.close();
    }

    @Test
    void a_slow_scenario_answers_pages_late_but_its_own_endpoints_and_the_sends_at_once() {
        replica.scenario().slowResponseMs(1500);

        long pageMs = millis(() -> assertThat(http.get(FORM).statusCode()).isEqualTo(200));
        long recordsMs = millis(() -> assertThat(http.get(RecordsEndpoint.SUBMISSIONS).statusCode()).isEqualTo(200));
        long sendMs = millis(() -> assertThat(http.postJson(SUBMIT, OBJECTION).statusCode()).isEqualTo(200));
        long assetMs = millis(() -> assertThat(http.get("/__replica/assets/replica.js").statusCode()).isEqualTo(200));

        assertThat(pageMs).isGreaterThanOrEqualTo(1500);
        assertThat(recordsMs).isLessThan(1000);
        assertThat(sendMs).isLessThan(1000);
        assertThat(assetMs).isLessThan(1000);
    }

    @Test
    void closing_the_server_ends_a_slow_page_at_once() throws Exception {
        replica.scenario().slowResponseMs(60_000);
        CompletableFuture<HttpResponse<String>> page = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(replica.baseUrl() + FORM)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);

        long closeMs = millis(replica::close);

        assertThat(closeMs).isLessThan(2000);
        assertThat(page).failsWithin(5, TimeUnit.SECONDS);
    }

    @Test
    void an_http_500_on_the_send_is_recorded_as_an_attempt() {
        replica.scenario().sendFault(SendFault.HTTP_500);

        HttpResponse<String> answer = http.postJson(SUBMIT, OBJECTION);

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }

    @Test
    void meta_s_own_failure_is_a_200_with_an_error_code_and_is_recorded_as_an_attempt() {
        replica.scenario().sendFault(SendFault.META_ERROR);

        HttpResponse<String> answer = http.postJson(SUBMIT, OBJECTION);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = ReplicaHttp.json(answer);
        assertThat(body.path("ok").asBoolean()).isFalse();
        assertThat(body.has("error")).isTrue();
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }

    @Test
    void a_closed_connection_gives_no_answer_but_the_attempt_is_recorded() {
        replica.scenario().sendFault(SendFault.CONNECTION_CLOSED);

        assertThatThrownBy(() -> http.postJson(SUBMIT, OBJECTION)).isInstanceOf(UncheckedIOException.class);
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }

    @Test
    void while_sends_are_dropped_no_connection_is_kept_for_a_browser_to_resend_on() {
        assertThat(http.get(FORM).headers().firstValue("Connection")).isEmpty();

        replica.scenario().sendFault(SendFault.CONNECTION_CLOSED);

        assertThat(http.get(FORM).headers().firstValue("Connection")).hasValue("close");
        assertThat(http.get("/__replica/assets/replica.js").headers().firstValue("Connection")).hasValue("close");
    }

    @ParameterizedTest
    @ValueSource(strings = {FlowRoutes.THIRD_PARTY_SUBMIT, FlowRoutes.WHATSAPP_RIGHTS_SUBMIT,
            FlowRoutes.META_AI_DELETE_ALL, FlowRoutes.ACTIVITY_FROM_OTHER_BUSINESSES_SUBMIT})
    void every_form_s_send_fails_alike(String endpoint) {
        replica.scenario().sendFault(SendFault.HTTP_500);

        assertThat(http.postJson(endpoint, "{}").statusCode()).isEqualTo(500);
        assertThat(replica.recorder().submissions()).hasSize(1);
    }

    @Test
    void a_refused_send_points_the_pages_at_an_origin_where_nothing_listens() throws Exception {
        assertThat(ReplicaHttp.bootstrap(http.get(FORM).body()).path("sendOrigin").isNull()).isTrue();

        replica.scenario().sendFault(SendFault.CONNECTION_REFUSED);
        URI origin = URI.create(ReplicaHttp.bootstrap(http.get(FORM).body()).path("sendOrigin").asText());

        assertThat(origin.getHost()).isEqualTo("127.0.0.1");
        assertThat(origin.getPort()).isNotEqualTo(replica.port());
        assertThatThrownBy(() -> new Socket(origin.getHost(), origin.getPort()).close())
                .isInstanceOf(ConnectException.class);
        assertThat(ReplicaHttp.bootstrap(http.get(FlowRoutes.WHATSAPP_RIGHTS_FORM).body()).path("sendOrigin").asText())
                .as("every page sends there").startsWith("http://127.0.0.1:");
    }

    private static long millis(ThrowingRunnable action) {
        long start = System.nanoTime();
        try {
            action.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
