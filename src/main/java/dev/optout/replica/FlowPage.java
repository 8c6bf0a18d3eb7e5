package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A React-style page of one of the further flows: behind the login wall when the scenario wants one, else an empty
 * mount point that the flow's script fills after the render delay. English only, like the reference text it shows.
 */
final class FlowPage implements HttpHandler {
    static final String LANGUAGE = "en";

    private final Scenario scenario;
    private final String flow;
    private final String script;

    /**
     * @param flow   the key of the page's texts in {@code flow-texts.json}; also the bootstrap's {@code page}
     * @param script the flow's script in {@code src/main/resources/replica/}
     */
    FlowPage(Scenario scenario, String flow, String script) {
        this.scenario = scenario;
        this.flow = flow;
        this.script = script;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (LoginWall.redirected(scenario, exchange)) {
            return;
        }
        Map<String, Object> bootstrap = PageBootstrap.of(scenario, flow, LANGUAGE, exchange);
        bootstrap.put("flowTexts", FlowTexts.of(flow));
        Responses.html(exchange, 200, PageShell.render(LANGUAGE, FlowTexts.of(flow, "pageTitle"), bootstrap,
                "<div id=\"mount_0_0_fl\"></div>", List.of("keystrokes.js", "replica.js", script)));
    }
}
