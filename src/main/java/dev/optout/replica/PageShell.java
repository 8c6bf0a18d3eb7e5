package dev.optout.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * The HTML document every replica page is served in: {@code <html lang>} (in its region form, see
 * {@link PageLanguage#htmlLang}), the bootstrap data as
 * {@code window.__REPLICA__}, and the page's scripts. Like Meta's React shell, most pages arrive nearly empty and
 * their scripts build the content.
 */
final class PageShell {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE_CSS = Resources.require("base.css");

    private PageShell() {
    }

    static String render(String lang, String title, Map<String, Object> bootstrap, String bodyHtml, List<String> scripts) {
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(PageLanguage.htmlLang(lang)))
                .append("\" dir=\"ltr\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>").append(BASE_CSS).append("</style>\n")
                .append("<script>window.__REPLICA__ = ").append(scriptSafeJson(bootstrap)).append(";</script>\n")
                .append("</head>\n<body>\n")
                .append(bodyHtml).append('\n');
        for (String script : scripts) {
            html.append("<script src=\"").append(AssetHandler.PREFIX).append(Html.escape(script)).append("\"></script>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /**
     * JSON that cannot end the {@code <script>} element it sits in: {@code <} only occurs inside JSON strings,
     * where {@code \u003c} means the same character.
     */
    static String scriptSafeJson(Object value) {
        try {
            return JSON.writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write replica bootstrap data", e);
        }
    }
}
