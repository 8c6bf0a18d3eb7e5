package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Facebook's objection form page: a login wall when the scenario wants one, else the React shell of the form. */
final class ObjectionFormPage implements HttpHandler {
    static final String PATH = "/help/contact/6359191084165019";

    private final Scenario scenario;

    ObjectionFormPage(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (scenario.loginRequired() && !Requests.cookies(exchange).containsKey(CookieNames.SESSION)) {
            String next = URLEncoder.encode(Requests.pathAndQuery(exchange), StandardCharsets.UTF_8);
            Responses.redirect(exchange, LoginPage.PATH + "?next=" + next);
            return;
        }
        String lang = PageLanguage.resolve(Requests.query(exchange).get("locale"), scenario.language());
        String html = PageShell.render(lang, Texts.of(lang, "formTitle") + " | Facebook",
                PageBootstrap.of(scenario, "objection", lang, exchange),
                "<div id=\"mount_0_0_rp\"></div>",
                List.of("keystrokes.js", "replica.js", "objection-form.js"));
        Responses.html(exchange, 200, html);
    }
}
