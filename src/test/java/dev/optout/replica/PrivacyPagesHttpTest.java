package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages that lead to the objection forms: Privacy Center, its generative-AI topic, Instagram's Privacy Policy. */
class PrivacyPagesHttpTest {
    private static final String CENTER = "/privacy/center/";
    private static final String GENAI = "/privacy/genai/";
    private static final String POLICY = "/policy/";

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
    @CsvSource({
            "/privacy/center/, Privacy Center | Facebook",
            "/privacy/genai/, Generative AI at Meta | Facebook",
            "/policy/, Privacy Policy | Instagram"
    })
    void each_page_is_a_late_rendered_shell_with_its_content_in_the_bootstrap(String path, String title) {
        HttpResponse<String> page = http.get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<html lang=\"en\"", "<title>" + title + "</title>",
                "<div id=\"mount_0_0_rp\"></div>", "replica.js", "article-page.js", "keystrokes.js");
        assertThat(page.body().substring(page.body().indexOf("<body>")))
                .as("the body holds no text until the script renders it")
                .doesNotContain("right to object", "AI at Meta");
        JsonNode data = ReplicaHttp.bootstrap(page.body());
        assertThat(data.path("article").path("blocks").size()).isPositive();
        assertThat(data.path("cookieDialog").asBoolean()).isTrue();
        assertThat(data.path("texts").path("loading").asText()).isEqualTo("Loading…");
    }

    @Test
    void the_privacy_center_has_the_topic_link_ai_at_meta_to_the_genai_page() {
        assertThat(links(CENTER)).containsEntry("AI at Meta", List.of(GENAI));
    }

    @Test
    void the_genai_page_has_the_link_right_to_object_to_facebook_s_form() {
        assertThat(links(GENAI)).containsEntry("right to object", List.of("/help/contact/6359191084165019"));
    }

    @Test
    void the_instagram_policy_has_the_link_right_to_object_to_instagram_s_form_in_its_generative_ai_section() {
        assertThat(links(POLICY)).containsEntry("right to object", List.of("/contact/233964459562201"));
        List<JsonNode> blocks = new ArrayList<>();
        article(POLICY).path("blocks").forEach(blocks::add);
        int section = indexOf(blocks, b -> "generative-ai".equals(b.path("id").asText()));
        int link = indexOf(blocks, b -> b.path("paragraph").toString().contains("\"anchor\":\"right to object\""));
        int nextSection = indexOf(blocks.subList(section + 1, blocks.size()), b -> b.has("heading")) + section + 1;
        assertThat(link).isGreaterThan(section).isLessThan(nextSection);
        assertThat(blocks.stream().filter(b -> b.has("heading")).count()).as("a long policy")
                .isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {CENTER, GENAI, POLICY})
    void every_link_is_relative_so_one_local_port_can_serve_every_origin(String path) {
        assertThat(links(path).values()).flatMap(hrefs -> hrefs).isNotEmpty()
                .allSatisfy(href -> assertThat(href).matches("(/(?!/)|#)[^:]*"));
    }

    @ParameterizedTest
    @CsvSource({"/privacy/center/, /privacy/genai/", "/privacy/genai/, /help/contact/6359191084165019",
        "/policy/, /contact/233964459562201"})
    void the_link_on_the_way_to_a_form_leads_to_a_page_the_replica_serves(String page, String next) {
        assertThat(links(page).values()).anySatisfy(hrefs -> assertThat(hrefs).contains(next));
        assertThat(http.get(next).statusCode()).isEqualTo(200);
    }

    @Test
    void for_a_german_account_the_pages_speak_german_with_the_reference_links_of_meta_flows_8() {
        replica.scenario().language("de");

        for (String path : List.of(CENTER, GENAI, POLICY)) {
            String html = http.get(path).body();
            assertThat(html).as(path).contains("<html lang=\"de-DE\"");
            assertThat(ReplicaHttp.bootstrap(html).path("lang").asText()).isEqualTo("de");
            assertThat(ReplicaHttp.bootstrap(html).path("texts").path("declineCookies").asText())
                    .isEqualTo("Optionale Cookies ablehnen");
        }
        assertThat(article(CENTER).path("title").asText()).isEqualTo("Datenschutzcenter");
        assertThat(links(CENTER)).containsEntry("KI bei Meta", List.of(GENAI));
        assertThat(links(GENAI)).containsEntry("Widerspruchsrecht", List.of("/help/contact/6359191084165019"));
        assertThat(article(POLICY).path("title").asText()).isEqualTo("Datenschutzrichtlinie");
        assertThat(links(POLICY)).containsEntry("Widerspruchsrecht", List.of("/contact/233964459562201"));
        assertThat(article(POLICY).path("blocks").findValuesAsText("heading"))
                .contains("Wie verwenden wir deine Informationen, um KI bei Meta zu entwickeln?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "it", "es", "nl", "pl", "pt"})
    void in_every_language_each_page_has_the_same_links_in_the_same_order_as_in_english(String language) {
        for (String path : List.of(CENTER, GENAI, POLICY)) {
            List<String> english = hrefs(article(path + "?locale=en_GB"));
            JsonNode translated = article(path + "?locale=" + language);

            assertThat(hrefs(translated)).as("%s in %s", path, language).isEqualTo(english);
            assertThat(translated.path("blocks").findValues("id")).as("the anchors of %s", path)
                    .isEqualTo(article(path + "?locale=en_GB").path("blocks").findValues("id"));
        }
        assertThat(http.get(POLICY + "?locale=" + language).body())
                .contains("<html lang=\"" + PageLanguage.htmlLang(language) + "\"");
    }

    @Test
    void only_the_links_towards_the_forms_may_open_a_new_tab() {
        List<String> marked = new ArrayList<>();
        for (String path : List.of(CENTER, GENAI, POLICY)) {
            List<JsonNode> found = new ArrayList<>();
            collectLinks(article(path), found);
            found.stream().filter(link -> link.path("mayOpenInNewTab").asBoolean())
                    .forEach(link -> marked.add(link.path("href").asText()));
        }

        assertThat(marked).containsExactly(GENAI, "/help/contact/6359191084165019", "/contact/233964459562201");
    }

    @Test
    void the_cookie_dialog_names_the_product_and_goes_once_answered() {
        assertThat(ReplicaHttp.bootstrap(http.get(POLICY).body()).path("texts").path("cookieDialogTitle").asText())
                .isEqualTo("Allow the use of cookies from Instagram on this browser?");
        assertThat(ReplicaHttp.bootstrap(http.get(CENTER).body()).path("texts").path("cookieDialogTitle").asText())
                .isEqualTo("Allow the use of cookies from Facebook on this browser?");
        assertThat(ReplicaHttp.bootstrap(http.get(CENTER, "replica_consent=essential").body())
                .path("cookieDialog").asBoolean()).isFalse();
    }

    @Test
    void the_pages_need_no_login_even_when_the_forms_do() {
        replica.scenario().loginRequired(true);

        assertThat(http.get(CENTER).statusCode()).isEqualTo(200);
        assertThat(http.get(GENAI).statusCode()).isEqualTo(200);
        assertThat(http.get(POLICY).statusCode()).isEqualTo(200);
        assertThat(http.get("/help/contact/6359191084165019").statusCode()).isEqualTo(302);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/privacy/center", "/privacy/centre/", "/privacy/genai/x", "/privacy/", "/policy",
        "/policy/extra"})
    void near_misses_answer_404(String path) {
        assertThat(http.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void the_pages_take_no_posts_and_record_nothing() {
        assertThat(http.postJson(CENTER, "{}").statusCode()).isEqualTo(405);
        assertThat(http.postJson(POLICY, "{}").statusCode()).isEqualTo(405);
        http.get(CENTER);
        http.get(GENAI);
        http.get(POLICY);
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokes()).isEmpty();
    }

    @Test
    void the_index_links_to_the_privacy_center_and_the_instagram_policy() {
        assertThat(http.get("/").body()).contains("href=\"" + CENTER + "\"", "href=\"" + POLICY + "\"");
    }

    private static List<String> hrefs(JsonNode article) {
        List<JsonNode> found = new ArrayList<>();
        collectLinks(article, found);
        return found.stream().map(link -> link.path("href").asText()).toList();
    }

    private static JsonNode article(String path) {
        return ReplicaHttp.bootstrap(http.get(path).body()).path("article");
    }

    /** Every link's text and where it goes, React links and plain anchors alike, in tiles, paragraphs and lists. */
    private static Map<String, List<String>> links(String path) {
        List<JsonNode> found = new ArrayList<>();
        collectLinks(article(path), found);
        return found.stream().collect(Collectors.groupingBy(
                link -> link.has("link") ? link.path("link").asText() : link.path("anchor").asText(),
                Collectors.mapping(link -> link.path("href").asText(), Collectors.toList())));
    }

    private static void collectLinks(JsonNode node, List<JsonNode> found) {
        if (node.isObject() && node.has("href")) {
            found.add(node);
        }
        node.forEach(child -> collectLinks(child, found));
    }

    private static int indexOf(List<JsonNode> blocks, java.util.function.Predicate<JsonNode> test) {
        for (int i = 0; i < blocks.size(); i++) {
            if (test.test(blocks.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
