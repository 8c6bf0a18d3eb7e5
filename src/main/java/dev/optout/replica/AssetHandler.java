package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.regex.Pattern;

/** Serves the pages' scripts. Only plain {@code name.js} files: no path can climb out of the resource folder. */
final class AssetHandler implements HttpHandler {
    static final String PREFIX = "/__replica/assets/";
    private static final Pattern SCRIPT_NAME = Pattern.compile("[a-z][a-z0-9-]*\\.js");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(PREFIX.length());
        if (!SCRIPT_NAME.matcher(name).matches()) {
            Responses.text(exchange, 404, "no such replica asset: " + name);
            return;
        }
        var script = Resources.text(name);
        if (script.isEmpty()) {
            Responses.text(exchange, 404, "no such replica asset: " + name);
            return;
        }
        Responses.javascript(exchange, script.get());
    }
}
