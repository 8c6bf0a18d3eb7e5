package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A React-style page of one of the further flows: behind the login wall when the scenario wants one (unless the
 * page's product has none), else an empty mount point that the flow's script fills after the render delay, in the
 * page language.
 */
final class FlowPage implements HttpHandler {
    private final Scenario scenario;
    private final String flow;
    private final List<String> scripts;
    private final Brand brand;

    /**
     * @param flow    the key of the page's texts (see {@link FlowTexts}); also the bootstrap's {@code page}
     * @param scripts the flow's scripts in {@code src/main/resources/replica/}, after the shared ones
     */
    FlowPage(Scenario scenario, String flow, Brand brand, String... scripts) {
        this.scenario = scenario;
        this.flow = flow;
        this.brand = brand;
        this.scripts = List.of(scripts);
    }

    FlowPage(Scenario scenario, String flow, String... scripts) {
        this(scenario, flow, Brand.FACEBOOK, scripts);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (brand.behindFacebookLogin() && LoginWall.redirected(scenario, exchange)) {
            return;
        }
        String lang = FlowTexts.spokenIn(flow, PageLanguage.resolve(Requests.query(exchange).get("locale"),
                scenario.language()));
        Map<String, Object> bootstrap = PageBootstrap.of(scenario, flow, lang, exchange);
        bootstrap.put("texts", brand.texts(lang));
        bootstrap.put("flowTexts", FlowTexts.of(flow, lang));
        List<String> all = new ArrayList<>(List.of("keystrokes.js", "replica.js"));
        all.addAll(scripts);
        Responses.html(exchange, 200, PageShell.render(lang, FlowTexts.of(flow, lang, "pageTitle"), bootstrap,
                "<div id=\"mount_0_0_fl\"></div>", all));
    }
}
