package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.List;

/** {@code /}: links to the replica's pages, for a human trying the demo. Also where a login without {@code next} lands. */
final class IndexPage implements HttpHandler {
    private final Scenario scenario;

    IndexPage(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String lang = scenario.language();
        StringBuilder body = new StringBuilder("<div class=\"_index\"><h1>Replica of Meta's pages</h1><ul>");
        link(body, ObjectionFormPage.PATH, Texts.of(lang, "formTitle"));
        for (String other : Scenario.LANGUAGES) {
            link(body, ObjectionFormPage.PATH + "?locale=" + other, "… (" + other + ")");
        }
        link(body, ObjectionForm.INSTAGRAM.path(), Texts.of(lang, "formTitle") + " (Instagram)");
        link(body, PrivacyPages.CENTER, "Privacy Center (Facebook)");
        link(body, PrivacyPages.INSTAGRAM_POLICY, "Privacy Policy (Instagram)");
        link(body, FlowRoutes.THIRD_PARTY_FORM, FlowTexts.shown("thirdPartyAiData", lang, "formTitle"));
        link(body, FlowRoutes.PRIVACY_RIGHTS_FORM, FlowTexts.shown("privacyRightsRequest", lang, "formTitle"));
        link(body, FlowRoutes.META_PRIVACY_HELP, FlowTexts.shown("metaPrivacyHelp", lang, "formTitle") + " (2026)");
        link(body, FlowRoutes.WHATSAPP_RIGHTS_FORM, FlowTexts.shown("whatsappRights", lang, "formTitle"));
        link(body, FlowRoutes.META_AI_SETTINGS, FlowTexts.shown("metaAiSettings", lang, "pageTitle"));
        link(body, FlowRoutes.MESSENGER_AI_THREAD, FlowTexts.shown("messengerThread", lang, "pageTitle"));
        link(body, FlowRoutes.OFF_META_ACTIVITY, FlowTexts.shown("offMetaActivity", lang, "heading"));
        link(body, FlowRoutes.ACTIVITY_FROM_OTHER_BUSINESSES,
                FlowTexts.shown("activityFromOtherBusinesses", lang, "heading") + " (2026)");
        link(body, LoginPage.PATH, "Log in");
        link(body, RecordsEndpoint.SUBMISSIONS, "Recorded submissions (JSON)");
        link(body, RecordsEndpoint.KEYSTROKES, "Recorded keystrokes (JSON)");
        link(body, RecordsEndpoint.TIMESTAMPS, "Recorded timestamps (JSON)");
        link(body, RecordsEndpoint.DECOYS, "Recorded actions on the noise's decoys (JSON)");
        link(body, TextIndex.PATH, "Every page's texts in every language (JSON)");
        body.append("</ul><p>Scenario: ").append(Html.escape(scenario.toString())).append("</p></div>");
        Responses.html(exchange, 200, PageShell.render(lang, "Facebook replica",
                PageBootstrap.of(scenario, "index", lang, exchange), body.toString(), List.of("keystrokes.js")));
    }

    private static void link(StringBuilder body, String href, String text) {
        body.append("<li><a href=\"").append(Html.escape(href)).append("\">").append(Html.escape(text)).append("</a></li>");
    }
}
