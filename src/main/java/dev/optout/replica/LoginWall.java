package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a visitor without a session to {@code /login/}, with the page to come back to, when the scenario says so. */
final class LoginWall {
    private LoginWall() {
    }

    /** Whether the exchange was answered with a redirect to the login page. */
    static boolean redirected(Scenario scenario, HttpExchange exchange) throws IOException {
        if (!scenario.loginRequired() || Requests.cookies(exchange).containsKey(CookieNames.SESSION)) {
            return false;
        }
        String next = URLEncoder.encode(Requests.pathAndQuery(exchange), StandardCharsets.UTF_8);
        Responses.redirect(exchange, LoginPage.PATH + "?next=" + next);
        return true;
    }
}
