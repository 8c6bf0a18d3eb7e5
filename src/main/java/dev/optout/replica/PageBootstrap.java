package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data a page's script needs, taken from the {@link Scenario} at the moment of the request so a page never
 * sees half of a change a test makes between runs.
 */
final class PageBootstrap {
    /** Every ISO 3166-1 code, like Meta's country list; the browser names and sorts them in the page language. */
    private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());

    private PageBootstrap() {
    }

    static Map<String, Object> of(Scenario scenario, String page, String lang, HttpExchange exchange) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", page);
        data.put("lang", lang);
        data.put("texts", Texts.of(lang));
        data.put("formVersion", scenario.formVersion().name());
        data.put("optionValues", scenario.optionValues().name());
        data.put("accountEmail", scenario.accountEmail());
        data.put("rerenderAfterFill", scenario.rerenderAfterFill());
        data.put("confirmBeforeSend", scenario.confirmBeforeSend());
        data.put("redirectTo", scenario.redirectTo());
        data.put("renderDelayMs", scenario.renderDelayMs());
        data.put("autoLoginAfterMs", scenario.autoLoginAfterMs());
        data.put("cookieDialog", scenario.cookieDialog()
                && !Requests.cookies(exchange).containsKey(CookieNames.CONSENT));
        data.put("cookieDialogAt", scenario.cookieDialogAt().name());
        data.put("cookieDialogDelayMs", scenario.cookieDialogDelayMs());
        data.put("countries", COUNTRIES);
        data.put("countryNames", CountryNames.in(lang));
        data.put("countryWidget", scenario.countryWidget().name());
        data.put("aiGate", scenario.aiGate());
        data.put("overlayOverSend", scenario.overlayOverSend());
        data.put("linksInNewTab", scenario.linksInNewTab());
        data.put("navigateWhileTyping", typingNavigation(scenario.navigateWhileTyping()));
        data.put("namelessDialogs", scenario.namelessDialogs());
        data.put("timestamps", scenario.timestamps());
        data.put("markup", scenario.markup().name());
        // A string: a long seed would lose digits as a JavaScript number.
        data.put("noise", scenario.noise() == null ? null : scenario.noise().toString());
        data.put("extraRequiredField", scenario.extraRequiredField());
        data.put("secondConfirmation", scenario.secondConfirmation());
        data.put("rewordedConfirmation", scenario.rewordedConfirmation());
        data.put("readonlyEmail", scenario.readonlyEmail());
        data.put("reasonMaxLength", scenario.reasonMaxLength());
        data.put("formSteps", scenario.formSteps());
        data.put("formInDialog", scenario.formInDialog());
        data.put("extraRequiredUnmarked", scenario.extraRequiredUnmarked());
        data.put("confirmEmail", scenario.confirmEmail());
        data.put("securityCheck", scenario.securityCheck());
        data.put("noLabels", scenario.noLabels());
        data.put("sendOrigin", scenario.sendFault() == SendFault.CONNECTION_REFUSED ? RefusingOrigin.next() : null);
        return data;
    }

    private static Map<String, Object> typingNavigation(TypingNavigation navigation) {
        if (navigation == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", navigation.url());
        json.put("afterKeystrokes", navigation.afterKeystrokes());
        json.put("field", navigation.field());
        return json;
    }
}
