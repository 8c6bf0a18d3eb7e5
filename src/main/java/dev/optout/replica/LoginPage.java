package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Facebook's login wall, served from the server like the real one (no React delay). Its wording is English in
 * every language, as in meta-flows §4; only {@code <html lang>} follows the page language.
 */
final class LoginPage implements HttpHandler {
    static final String PATH = "/login/";

    private final Scenario scenario;

    LoginPage(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        render(exchange, null);
    }

    /** Answers with the login form, showing {@code error} above it when not null. */
    void render(HttpExchange exchange, String error) throws IOException {
        var query = Requests.query(exchange);
        String lang = PageLanguage.resolve(query.get("locale"), scenario.language());
        String next = SafeNext.of(query.get("next"));
        String html = PageShell.render(lang, "Log in to Facebook",
                PageBootstrap.of(scenario, "login", lang, exchange),
                body(next, error),
                List.of("keystrokes.js", "replica.js", "login.js"));
        Responses.html(exchange, 200, html);
    }

    private static String body(String next, String error) {
        String action = PATH + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        String alert = error == null ? "" : "<div role=\"alert\" class=\"_9ay7\">" + Html.escape(error) + "</div>";
        return """
                <div class="_8esj _95k9">
                  <div class="_8ice"><span class="_8icz">facebook</span></div>
                  <div class="_6luv _52jv">
                    <form class="_9vtf" data-testid="royal_login_form" action="%s" method="post">
                      %s
                      <div class="_6lux"><input type="text" class="inputtext _55r1" name="email"
                        aria-label="Email or phone number" placeholder="Email or phone number" autocomplete="username"></div>
                      <div class="_6lux"><input type="password" class="inputtext _55r1" name="pass"
                        aria-label="Password" placeholder="Password" autocomplete="current-password"></div>
                      <div class="_6ltg"><button class="_42ft _4jy0 _6lth" name="login" data-testid="royal_login_button"
                        type="submit">Log in</button></div>
                    </form>
                  </div>
                </div>""".formatted(Html.escape(action), alert);
    }
}
