package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

/**
 * {@code POST /login/}: any non-empty credentials log in. The password is read only to check it is not empty and
 * is never stored, logged or echoed.
 */
final class LoginSubmit implements HttpHandler {
    private static final long ONE_YEAR_SECONDS = Duration.ofDays(365).toSeconds();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoginPage page;

    LoginSubmit(LoginPage page) {
        this.page = page;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Map<String, String> form = Requests.urlEncoded(Requests.body(exchange));
        if (form.getOrDefault("email", "").isBlank() || form.getOrDefault("pass", "").isEmpty()) {
            page.render(exchange, true);
            return;
        }
        String userId = Long.toString(100_000_000_000_000L + Math.floorMod(RANDOM.nextLong(), 900_000_000_000_000L));
        exchange.getResponseHeaders().add("Set-Cookie",
                CookieNames.SESSION + "=" + userId + "; Max-Age=" + ONE_YEAR_SECONDS + "; Path=/; SameSite=Lax");
        Responses.redirect(exchange, SafeNext.of(Requests.query(exchange).get("next")));
    }
}
