package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Facebook's login wall, served from the server like the real one (no React delay), in the page language. The
 * tool never fills it: packs recognise it by its {@code data-testid}, whatever the language.
 */
final class LoginPage implements HttpHandler {
    static final String PATH = "/login/";

    private final Scenario scenario;

    LoginPage(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        render(exchange, false);
    }

    /** Answers with the login form, saying above it that both fields are needed when {@code refused}. */
    void render(HttpExchange exchange, boolean refused) throws IOException {
        var query = Requests.query(exchange);
        String lang = PageLanguage.resolve(query.get("locale"), scenario.language());
        String next = SafeNext.of(query.get("next"));
        Map<String, String> texts = Texts.of(lang);
        String html = PageShell.render(lang, texts.get("loginTitle"),
                PageBootstrap.of(scenario, "login", lang, exchange),
                body(next, refused ? texts.get("loginError") : null, texts),
                List.of("keystrokes.js", "replica.js", "login.js"));
        Responses.html(exchange, 200, html);
    }

    private static String body(String next, String error, Map<String, String> texts) {
        String action = PATH + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        String alert = error == null ? "" : "<div role=\"alert\" class=\"_9ay7\">" + Html.escape(error) + "</div>";
        return """
                <div class="_8esj _95k9">
                  <div class="_8ice"><span class="_8icz">facebook</span></div>
                  <div class="_6luv _52jv">
                    <form class="_9vtf" data-testid="royal_login_form" action="%1$s" method="post">
                      %2$s
                      <div class="_6lux"><input type="text" class="inputtext _55r1" name="email"
                        aria-label="%3$s" placeholder="%3$s" autocomplete="username"></div>
                      <div class="_6lux"><input type="password" class="inputtext _55r1" name="pass"
                        aria-label="%4$s" placeholder="%4$s" autocomplete="current-password"></div>
                      <div class="_6ltg"><button class="_42ft _4jy0 _6lth" name="login" data-testid="royal_login_button"
                        type="submit">%5$s</button></div>
                    </form>
                  </div>
                </div>""".formatted(Html.escape(action), alert, Html.escape(texts.get("loginEmail")),
                Html.escape(texts.get("loginPassword")), Html.escape(texts.get("loginButton")));
    }
}
