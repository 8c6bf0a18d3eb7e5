package dev.optout.engine;

import dev.optout.page.ElementFacts;
import dev.optout.page.Page;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page's headings and interactive elements in document order, for a breakage report when a target is missing:
 * how each is found and named, and nothing the person owns. No value, no chosen option, no text but a heading's,
 * label's, button's, link's or option's; nothing named inside the page's header, where Meta shows the person's name.
 */
final class PageOutline {

    /** Roles whose accessible name is their own text, which the page wrote: a heading, a button, a link, an option. */
    private static final Set<String> NAMED_BY_OWN_TEXT = Set.of("heading", "button", "link", "option", "menuitem",
            "tab", "checkbox", "radio", "switch");

    private PageOutline() {
    }

    static Map<String, Object> of(Page page, String language) {
        Map<String, Object> outline = new LinkedHashMap<>();
        outline.put("page", withoutQuery(page.url()));
        outline.put("language", language);
        outline.put("elements", page.elements().stream().map(e -> e.facts())
                .filter(ElementFacts::interactiveOrHeading).map(PageOutline::entry).toList());
        return outline;
    }

    private static Map<String, String> entry(ElementFacts element) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("tag", element.tag());
        put(entry, "role", element.role());
        if (!element.inBanner()) {
            boolean ownName = NAMED_BY_OWN_TEXT.contains(element.role()) || element.isField()
                    || element.name().equals(element.label());
            put(entry, "name", ownName ? element.name() : "");
            put(entry, "label", element.label());
            put(entry, "nearText", element.nearText());
        }
        put(entry, "type", element.type());
        put(entry, "nameAttribute", element.nameAttribute());
        put(entry, "testId", element.testId());
        put(entry, "placeholder", element.placeholder());
        put(entry, "title", element.title());
        return entry;
    }

    private static void put(Map<String, String> entry, String key, String value) {
        if (!value.isEmpty()) {
            entry.put(key, value);
        }
    }

    /** The address without query or fragment, where a page may carry an email or a token. */
    private static String withoutQuery(String url) {
        try {
            URI uri = URI.create(url);
            return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), null, null).toString();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return "(unknown)";
        }
    }

    /** The outline as lines for {@code --verbose}: one element a line. */
    @SuppressWarnings("unchecked")
    static String text(Map<String, Object> outline) {
        StringBuilder text = new StringBuilder("Page outline of " + outline.get("page") + " (lang "
                + outline.get("language") + "):");
        for (Map<String, String> entry : (List<Map<String, String>>) outline.get("elements")) {
            text.append("\n  ").append(entry.toString());
        }
        return text.toString();
    }
}
