package dev.optout.engine;

import dev.optout.page.PagePrompt;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which button of a dialog says yes, by structure in any language: a dialog that asks about a send holds buttons
 * only (no field, no frame), at least two; the buttons named by a cancel word of the pack languages (or by no name
 * at all, as an icon that closes) are never it; of the rest, the one of {@code type=submit} when exactly one is, else
 * the last, where Meta's dialogs and most others put their action.
 */
final class AffirmativeButton {

    /**
     * Words that only ever decline or leave (Cancel, Close, Back, No, Not now), in the pack languages and the other
     * official languages of the EU, the EEA and Switzerland; lower case.
     */
    private static final Set<String> CANCEL_WORDS = Set.of(
            "cancel", "close", "back", "go back", "no", "not now", "dismiss", "x", "×", "✕",
            "abbrechen", "schließen", "zurück", "nein", "nicht jetzt",
            "annuler", "fermer", "retour", "non", "pas maintenant",
            "annulla", "chiudi", "indietro", "non ora",
            "cancelar", "cerrar", "volver", "atrás", "ahora no",
            "annuleren", "sluiten", "terug", "nee", "niet nu",
            "anuluj", "zamknij", "wstecz", "wróć", "nie", "nie teraz",
            "fechar", "voltar", "não", "agora não",
            // The other official languages of the EU, the EEA and Switzerland: a page in one the packs lack.
            "avbryt", "stäng", "tillbaka", "nej", "inte nu", "annuller", "annullér", "fortryd", "luk", "tilbage",
            "ikke nu", "lukk", "tilbake", "nei", "ikke nå", "peruuta", "sulje", "takaisin", "ei", "ei nyt",
            "zrušit", "zavřít", "zpět", "ne", "teď ne", "zrušiť", "zavrieť", "späť", "teraz nie", "prekliči",
            "zapri", "nazaj", "ne zdaj", "odustani", "zatvori", "natrag", "ne sada", "mégse", "bezárás", "vissza",
            "nem", "most nem", "anulează", "anulare", "închide", "înapoi", "nu", "nu acum", "отказ", "затвори",
            "назад", "не", "не сега", "ακύρωση", "κλείσιμο", "πίσω", "όχι", "όχι τώρα", "tühista", "sulge",
            "tagasi", "mitte praegu", "atcelt", "aizvērt", "atpakaļ", "nē", "ne tagad", "atšaukti", "uždaryti",
            "atgal", "ne dabar", "ikkanċella", "agħlaq", "lura", "le", "cealaigh", "dún", "ar ais", "hætta við",
            "loka", "til baka", "ekki núna", "interrumper", "serrar", "enavos", "na");

    private AffirmativeButton() {
    }

    /** The button that answers yes to {@code prompt}, when it is a question about a send that optout may answer. */
    static Optional<PagePrompt.Button> of(PagePrompt prompt) {
        if (!prompt.dialog() || prompt.frame() || prompt.codeInput() || !prompt.fields().isEmpty()
                || prompt.buttons().size() < 2) {
            return Optional.empty();
        }
        List<PagePrompt.Button> candidates = prompt.buttons().stream().filter(b -> !declines(b.name())).toList();
        if (candidates.isEmpty() || candidates.size() == prompt.buttons().size() && candidates.size() > 2) {
            // No way out recognised among many buttons: which one says yes is a guess, and optout does not guess.
            return Optional.empty();
        }
        List<PagePrompt.Button> submits = candidates.stream().filter(PagePrompt.Button::submit).toList();
        return Optional.of(submits.size() == 1 ? submits.get(0) : candidates.get(candidates.size() - 1));
    }

    /** A name that declines or leaves, or no name at all. */
    static boolean declines(String name) {
        String plain = name.strip().toLowerCase(Locale.ROOT).replaceAll("[.!…]+$", "").strip();
        return plain.isEmpty() || CANCEL_WORDS.contains(plain);
    }
}
