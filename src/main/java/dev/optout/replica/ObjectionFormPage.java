package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A product's objection form page: a login wall when the scenario wants one, else the React shell of the form.
 * Facebook and Instagram serve the same page; only the {@link ObjectionForm} differs.
 */
final class ObjectionFormPage implements HttpHandler {
    /** Facebook's form, the one the index and the demo start from. */
    static final String PATH = ObjectionForm.FACEBOOK.path();

    private final Scenario scenario;
    private final ObjectionForm form;

    ObjectionFormPage(Scenario scenario, ObjectionForm form) {
        this.scenario = scenario;
        this.form = form;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (scenario.loginRequired() && !Requests.cookies(exchange).containsKey(CookieNames.SESSION)) {
            String next = URLEncoder.encode(Requests.pathAndQuery(exchange), StandardCharsets.UTF_8);
            Responses.redirect(exchange, LoginPage.PATH + "?next=" + next);
            return;
        }
        String lang = PageLanguage.resolve(Requests.query(exchange).get("locale"), scenario.language());
        Map<String, Object> bootstrap = PageBootstrap.of(scenario, "objection", lang, exchange);
        bootstrap.put("texts", form.brand().texts(lang));
        bootstrap.put("submitPath", form.submitPath());
        bootstrap.put("codeSubmitPath", form.codeSubmitPath());
        String html = PageShell.render(lang, Texts.of(lang, "formTitle") + " | " + form.site(), bootstrap,
                "<div id=\"mount_0_0_rp\"></div>",
                List.of("keystrokes.js", "replica.js", "objection-form.js"));
        Responses.html(exchange, 200, html);
    }
}
