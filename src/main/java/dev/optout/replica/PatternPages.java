package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Pages of the W3C ARIA Authoring Practices' widget patterns (radio group, checkbox with its tri-state variant,
 * switch, select-only combobox, listbox, modal dialog), written for the replica from the APG's descriptions of how
 * each behaves: what the browser tests of {@code check}, {@code uncheck} and {@code select} run packs against. They
 * are no copy of a Meta page; they are served under the replica's own paths, on whichever Meta origin a test maps
 * to the replica. Each page counts the clicks its elements receive and reports its state through
 * {@code window.__pattern.report()} (pattern-log.js).
 */
final class PatternPages implements HttpHandler {
    static final String PREFIX = ReplicaServer.OWN_PATHS + "patterns/";

    /** Each pattern's page name → its title; its script is {@code pattern-<name>.js}. */
    private static final Map<String, String> TITLES = Map.of(
            "radio-group", "Radio Group Pattern",
            "checkbox", "Checkbox Pattern (two-state and mixed)",
            "switch", "Switch Pattern",
            "select-only-combobox", "Select-Only Combobox Pattern",
            "listbox", "Listbox Pattern",
            "modal-dialog", "Modal Dialog Pattern");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(PREFIX.length()).replaceAll("/$", "");
        String title = TITLES.get(name);
        if (title == null) {
            Responses.text(exchange, 404, "no such pattern page: " + name + " (known: " + TITLES.keySet() + ")");
            return;
        }
        Responses.html(exchange, 200, PageShell.render("en", title, Map.of(),
                "<main id=\"pattern\"><h1>" + Html.escape(title) + "</h1></main>",
                List.of("pattern-log.js", "pattern-" + name + ".js")));
    }
}
