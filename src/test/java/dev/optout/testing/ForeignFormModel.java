package dev.optout.testing;

import java.util.List;
import java.util.Map;

/**
 * Facebook's objection form in a language no pack has texts for (Swedish, Greek), as an {@link InMemoryPage} shows it:
 * the form's shape is the one every pack knows (a country chooser, an email field the account filled in, one textarea,
 * a Send button last), every word is the page's own. Optionally without labels: placeholders instead, and a Send that
 * is an icon named by {@code aria-label} alone.
 */
public final class ForeignFormModel {

    /** The words of one page language. */
    public record Words(String language, String title, String country, String chooseCountry, Map<String, String> countries,
                        String email, String reason, String send, String thanks, String cookies) {
    }

    public static final Words SWEDISH = new Words("sv", "Invänd mot att din information används för AI hos Meta",
            "Land där du bor", "Välj ett land", Map.of("AT", "Österrike", "DE", "Tyskland", "FR", "Frankrike",
            "SE", "Sverige"), "E-postadress", "Förklara hur den här behandlingen påverkar dig", "Skicka",
            "Din invändning har skickats", "Avvisa valfria cookies");

    public static final Words GREEK = new Words("el", "Αντίρρηση στη χρήση των πληροφοριών σας για την ΤΝ στη Meta",
            "Χώρα διαμονής", "Επιλέξτε χώρα", Map.of("AT", "Αυστρία", "DE", "Γερμανία", "FR", "Γαλλία",
            "GR", "Ελλάδα"), "Διεύθυνση email", "Εξηγήστε πώς σας επηρεάζει αυτή η επεξεργασία", "Αποστολή",
            "Η αντίρρησή σας υποβλήθηκε", "Απόρριψη προαιρετικών cookies");

    private final InMemoryPage page;
    private final Words words;
    private boolean withoutLabels;
    private boolean secondTextarea;

    public ForeignFormModel(InMemoryPage page, Words words) {
        this.page = page;
        this.words = words;
        page.route(FacebookFormModel.FORM, shown -> render());
    }

    /** Placeholders instead of labels, and a Send that shows an icon and is named by aria-label alone. */
    public ForeignFormModel withoutLabels() {
        withoutLabels = true;
        return this;
    }

    /** A second textarea ("anything else?"), so the form has no only textarea: the reason cannot be told by shape. */
    public ForeignFormModel withSecondTextarea() {
        secondTextarea = true;
        return this;
    }

    private void render() {
        page.language(words.language());
        FakeElement dialog = FakeElement.of("div").role("dialog").testId("cookie-policy-manage-dialog")
                .named("Cookies").in("cookies");
        FakeElement decline = FakeElement.button(words.cookies())
                .answers("[data-cookiebanner=\"accept_only_essential_button\"]").in("cookies");
        decline.onClick(() -> page.remove(dialog).remove(decline));
        FakeElement title = FakeElement.heading(words.title());
        FakeElement country = FakeElement.select(withoutLabels ? null : words.country(), countryOptions())
                .field("country").in("form");
        FakeElement email = labelled(FakeElement.of("input").type("email"), words.email())
                .value(FacebookFormModel.ACCOUNT_EMAIL).field("email").in("form");
        FakeElement reason = labelled(FakeElement.of("textarea"), words.reason()).field("reason").in("form");
        FakeElement send = withoutLabels ? FakeElement.of("div").role("button").named(words.send()).in("form")
                : FakeElement.of("div").role("button").text(words.send()).in("form");
        List<FakeElement> form = new java.util.ArrayList<>(List.of(title, country, email, reason));
        if (secondTextarea) {
            form.add(labelled(FakeElement.of("textarea"), "…").field("other").in("form"));
        }
        form.add(send);
        send.onClick(() -> {
            page.submit("objection");
            form.forEach(page::remove);
            page.show(FakeElement.of("div").role("status").text(words.thanks()));
        });
        page.show(dialog, decline);
        page.show(form.toArray(FakeElement[]::new));
    }

    private FakeElement labelled(FakeElement field, String text) {
        return withoutLabels ? field.placeholder(text) : field.label(text);
    }

    private String[] countryOptions() {
        List<String> options = new java.util.ArrayList<>(List.of("", words.chooseCountry()));
        words.countries().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            options.add(e.getKey());
            options.add(e.getValue());
        });
        return options.toArray(String[]::new);
    }

    /** The values of the objections the page sent, in order. */
    public List<Map<String, String>> objections() {
        return page.submissions().stream().filter(s -> "objection".equals(s.get("form"))).toList();
    }
}
