package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.List;

/** Any path the replica does not serve: a 404 in the page language, as Facebook shows for a dead form id. */
final class NotFoundPage implements HttpHandler {
    private final Scenario scenario;

    NotFoundPage(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String lang = PageLanguage.resolve(Requests.query(exchange).get("locale"), scenario.language());
        String message = Texts.of(lang, "notFound");
        String body = "<div class=\"_404\"><h2>" + Html.escape(message) + "</h2></div>";
        Responses.html(exchange, 404, PageShell.render(lang, message,
                PageBootstrap.of(scenario, "notFound", lang, exchange), body, List.of("keystrokes.js")));
    }
}
