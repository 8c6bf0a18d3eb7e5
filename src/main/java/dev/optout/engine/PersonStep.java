package dev.optout.engine;

import dev.optout.page.PagePrompt;
import java.util.List;
import java.util.Locale;

/**
 * A step only a person may do, met after a send the pack did not expect it for: a security check, a captcha, a code.
 * Recognised by structure first (a frame, as a captcha is another site's page; a field for a one-time code when the
 * pack asks for no code; a dialog that holds a field to fill), then by the words such checks use in the pack
 * languages. Nothing is ever typed into one.
 */
final class PersonStep {

    /** What security checks say of themselves, lower case, in the pack languages. */
    private static final List<String> WORDS = List.of(
            "security check", "captcha", "not a robot", "verify you are human", "confirm you're human",
            "sicherheitsüberprüfung", "sicherheitsprüfung", "kein roboter",
            "contrôle de sécurité", "vérification de sécurité", "pas un robot",
            "controllo di sicurezza", "verifica di sicurezza", "non sono un robot",
            "control de seguridad", "verificación de seguridad", "no soy un robot",
            "beveiligingscontrole", "veiligheidscontrole", "geen robot",
            "kontrola bezpieczeństwa", "weryfikacja bezpieczeństwa", "nie jestem robotem",
            "verificação de segurança", "não sou um robô");

    private PersonStep() {
    }

    /**
     * @param packExpectsCode the pack asks the person for a code itself (an input of type code): a code field is
     *                        then its step, not a surprise
     */
    static boolean recognises(PagePrompt prompt, boolean packExpectsCode) {
        return prompt.frame() || prompt.codeInput() && !packExpectsCode
                || prompt.dialog() && !prompt.fields().isEmpty() || mentions(prompt.inWords());
    }

    static boolean mentions(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return WORDS.stream().anyMatch(plain::contains);
    }
}
