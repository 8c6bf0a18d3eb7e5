package dev.optout.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facebook's objection form (its 2025 generation, in English) as an {@link InMemoryPage} shows it to the bundled
 * {@code facebook-objection} pack: the cookie dialog, the form with the account's email filled in, and the
 * confirmation after Send. The knobs are the replica's that the engine's own logic answers to.
 */
public final class FacebookFormModel {

    public static final String FORM = "https://www.facebook.com/help/contact/6359191084165019";
    public static final String ACCOUNT_EMAIL = "alex.account@example.test";
    public static final String SUBMITTED = "Your objection has been submitted";

    private final InMemoryPage page;
    private boolean cookieDialog = true;
    private Duration renderDelay = Duration.ZERO;
    private Optional<String> redirect = Optional.empty();
    private Optional<String> confirmBeforeSend = Optional.empty();
    private boolean remountAfterFirstEdit;
    private boolean remountScheduled;
    private boolean remounted;

    public FacebookFormModel(InMemoryPage page) {
        this.page = page;
        page.route(FORM, shown -> render());
    }

    public FacebookFormModel withoutCookieDialog() {
        cookieDialog = false;
        return this;
    }

    public FacebookFormModel rendersAfter(Duration delay) {
        renderDelay = delay;
        return this;
    }

    /** The form's address sends the browser on to {@code address} (which may show nothing the pack knows). */
    public FacebookFormModel redirectsTo(String address) {
        redirect = Optional.of(address);
        return this;
    }

    /** Send opens the page's own confirm dialog; the form is sent only if the person presses OK. */
    public FacebookFormModel confirmsBeforeSend(String question) {
        confirmBeforeSend = Optional.of(question);
        return this;
    }

    /** Like a React form: 250 ms after the first edit it re-mounts once, new elements with their first values. */
    public FacebookFormModel remountsAfterFirstEdit() {
        remountAfterFirstEdit = true;
        return this;
    }

    private void render() {
        if (redirect.isPresent()) {
            page.navigate(redirect.get());
            return;
        }
        if (cookieDialog) {
            FakeElement dialog = FakeElement.of("div").role("dialog").testId("cookie-policy-manage-dialog")
                    .named("Allow the use of cookies from Facebook on this browser?");
            FakeElement decline = FakeElement.button("Decline optional cookies")
                    .answers("[data-cookiebanner=\"accept_only_essential_button\"]");
            decline.onClick(() -> page.remove(dialog).remove(decline));
            page.show(dialog, decline);
        }
        if (renderDelay.isZero()) {
            showForm();
        } else {
            page.after(renderDelay, this::showForm);
        }
    }

    private void showForm() {
        FakeElement title = FakeElement.heading("Object to your information being used for AI at Meta");
        FakeElement country = FakeElement.select("Country where you live", "", "Select a country", "AT", "Austria",
                "DE", "Germany", "FR", "France", "IE", "Ireland").field("country").onEdit(this::edited);
        FakeElement email = FakeElement.textbox("Email address").type("email").value(ACCOUNT_EMAIL).field("email")
                .onEdit(this::edited);
        FakeElement reason = FakeElement.textarea("Please explain how this processing impacts you").field("reason")
                .onEdit(this::edited);
        FakeElement send = FakeElement.of("div").role("button").text("Send");
        send.onClick(() -> confirmBeforeSend.ifPresentOrElse(question -> page.openDialog(question, this::submit),
                this::submit));
        page.show(title, country, email, reason, send);
    }

    private void edited() {
        if (remountAfterFirstEdit && !remountScheduled) {
            remountScheduled = true;
            page.after(Duration.ofMillis(250), () -> {
                page.remount();
                remounted = true;
            });
        }
    }

    private void submit() {
        page.submit("objection");
        page.show(FakeElement.of("div").text(SUBMITTED));
    }

    /** Whether the form has re-mounted since the first edit. */
    public boolean remounted() {
        return remounted;
    }

    /** The values of the objections the page sent, in order. */
    public List<Map<String, String>> objections() {
        return page.submissions().stream().filter(s -> "objection".equals(s.get("form"))).toList();
    }
}
