package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A product's objection form page: a login wall when the scenario wants one, else the React shell of the form.
 * Facebook and Instagram serve the same page; only the {@link ObjectionForm} differs.
 */
final class ObjectionFormPage implements HttpHandler {
    /** Facebook's form, the one the index and the demo start from. */
    static final String PATH = ObjectionForm.FACEBOOK.path();

    /** What the reworded-labels knob replaces (issue 9): each label and Send by its reworded text. */
    static final Map<String, String> REWORDED = Map.of(
            "countryLabel", "rewordedCountryLabel",
            "emailLabel", "rewordedEmailLabel",
            "reasonLabel", "rewordedReasonLabel",
            "send", "rewordedSend");

    private final Scenario scenario;
    private final ObjectionForm form;

    ObjectionFormPage(Scenario scenario, ObjectionForm form) {
        this.scenario = scenario;
        this.form = form;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (LoginWall.redirected(scenario, exchange)) {
            return;
        }
        String lang = PageLanguage.resolve(Requests.query(exchange).get("locale"), scenario.language());
        Map<String, Object> bootstrap = PageBootstrap.of(scenario, "objection", lang, exchange);
        bootstrap.put("texts", texts(lang));
        bootstrap.put("submitPath", form.submitPath());
        bootstrap.put("codeSubmitPath", form.codeSubmitPath());
        String html = PageShell.render(lang, Texts.of(lang, "formTitle") + " | " + form.site(), bootstrap,
                "<div id=\"mount_0_0_rp\"></div>",
                List.of("keystrokes.js", "replica.js", "form-parts.js", "aria-choices.js", "country-field.js",
                        "noise.js", "field-limits.js", "objection-form.js"));
        Responses.html(exchange, 200, html);
    }

    private Map<String, String> texts(String lang) {
        Map<String, String> texts = form.brand().texts(lang);
        if (scenario.rewordedLabels()) {
            REWORDED.forEach((key, reworded) -> texts.put(key, texts.get(reworded)));
        }
        return texts;
    }
}
