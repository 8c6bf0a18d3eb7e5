package dev.optout.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of text and links that React renders late, such as the Privacy Center: its content comes from a JSON
 * resource with one entry per language of {@link Scenario#REFERENCE_LANGUAGES} (and any further language it has) and
 * a {@code _sources} entry saying where each language's text comes from; {@code article-page.js} builds it. In a
 * language the resource lacks, the page is served in English, {@code <html lang>} included.
 */
final class ArticlePage implements HttpHandler {
    private final Scenario scenario;
    private final Brand brand;
    private final String pageName;
    private final Map<String, Map<String, Object>> contentByLanguage;

    ArticlePage(Scenario scenario, Brand brand, String pageName, String contentResource) {
        this.scenario = scenario;
        this.brand = brand;
        this.pageName = pageName;
        this.contentByLanguage = load(contentResource);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String asked = PageLanguage.resolve(Requests.query(exchange).get("locale"), scenario.language());
        String lang = contentByLanguage.containsKey(asked) ? asked : "en";
        Map<String, Object> content = contentByLanguage.get(lang);
        Map<String, Object> bootstrap = PageBootstrap.of(scenario, pageName, lang, exchange);
        bootstrap.put("texts", brand.texts(lang));
        bootstrap.put("article", content);
        String html = PageShell.render(lang, content.get("title") + " | " + brand.productName(), bootstrap,
                "<div id=\"mount_0_0_rp\"></div>", List.of("keystrokes.js", "replica.js", "article-page.js"));
        Responses.html(exchange, 200, html);
    }

    /** The content of every language it has; a reference language without a titled entry stops the replica. */
    static Map<String, Map<String, Object>> load(String resource) {
        try {
            Map<String, Map<String, Object>> content = new LinkedHashMap<>(new ObjectMapper().readValue(
                    Resources.require(resource), new TypeReference<Map<String, Map<String, Object>>>() {
                    }));
            content.remove(TextTable.SOURCES);
            for (String language : Scenario.REFERENCE_LANGUAGES) {
                Map<String, Object> entry = content.get(language);
                if (entry == null || !(entry.get("title") instanceof String)) {
                    throw new IllegalStateException("replica/" + resource + " needs a '" + language
                            + "' entry with a title");
                }
            }
            return Map.copyOf(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("replica/" + resource + " is not valid JSON", e);
        }
    }
}
