package dev.optout.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facebook's objection form (its 2025 generation, in English) as an {@link InMemoryPage} shows it to the bundled
 * {@code facebook-objection} pack, or Instagram's to {@code instagram-objection}: the cookie dialog, the form with the
 * account's email filled in, and the confirmation after Send. The knobs are the replica's that the engine's own
 * logic answers to, and real pages' noise (see {@link #withNoise}).
 */
public final class FacebookFormModel {

    public static final String FORM = "https://www.facebook.com/help/contact/6359191084165019";
    public static final String INSTAGRAM_FORM = "https://help.instagram.com/contact/233964459562201";
    public static final String ACCOUNT_EMAIL = "alex.account@example.test";
    public static final String SUBMITTED = "Your objection has been submitted";
    public static final String FULL_NAME_MESSAGE = "Please enter your full name.";

    /** What the page does with a Send. */
    public enum Answer {
        /** Sends, and confirms in the reference words. */
        CONFIRMS,
        /** Has one more required field no pack knows, and refuses Send with a message about it; sends nothing. */
        REFUSES_EMPTY_FULL_NAME,
        /** Asks "Submit your objection?" in a second dialog, and sends only on its Submit. */
        ASKS_AGAIN,
        /** Sends, and the server answers 500: the page says "Something went wrong". */
        FAILS_WITH_500,
        /** Sends, the server answers fine, and the page shows nothing it did not show before. */
        SAYS_NOTHING,
        /** Sends, and the form gives way to a confirmation in other words. */
        CONFIRMS_IN_OTHER_WORDS
    }

    private final InMemoryPage page;
    private boolean cookieDialog = true;
    private Duration renderDelay = Duration.ZERO;
    private Optional<String> redirect = Optional.empty();
    private Optional<String> confirmBeforeSend = Optional.empty();
    private boolean remountAfterFirstEdit;
    private boolean remountScheduled;
    private boolean remounted;

    private boolean emailReadOnly;
    private String accountEmail = ACCOUNT_EMAIL;
    private int reasonMaxLength;

    private Answer answer = Answer.CONFIRMS;
    private Optional<PageNoise> noise = Optional.empty();
    private final List<String> decoys = new java.util.ArrayList<>();

    public FacebookFormModel(InMemoryPage page) {
        this(page, FORM);
    }

    /** The form at {@code address}: {@link #FORM} for Facebook, {@link #INSTAGRAM_FORM} for Instagram. */
    public FacebookFormModel(InMemoryPage page, String address) {
        this.page = page;
        page.route(address, shown -> render());
    }

    public FacebookFormModel answering(Answer what) {
        this.answer = what;
        return this;
    }

    /**
     * With real pages' noise, the same for the same seed: empty and hidden live regions (one with a stale error), a
     * visually hidden copy of each label, a hidden disabled Send, and an aria-hidden copy of the whole form before
     * the real one, in an order the seed decides. Nothing typed into or clicked in the copy is ever sent; it is
     * recorded as a decoy instead.
     */
    public FacebookFormModel withNoise(long seed) {
        this.noise = Optional.of(new PageNoise(seed));
        return this;
    }

    /** What the tool did to the aria-hidden copy of the form: nothing, if it never mistook it for the form. */
    public List<String> decoys() {
        return List.copyOf(decoys);
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

    /** The email shows the account's address, read-only, as Meta shows it to a logged-in person. */
    public FacebookFormModel emailReadOnly() {
        emailReadOnly = true;
        return this;
    }

    /** The email is read-only, required and empty: the page knows no address and lets nobody give one. */
    public FacebookFormModel emailReadOnlyAndEmpty() {
        emailReadOnly = true;
        accountEmail = "";
        return this;
    }

    /** The reason takes at most {@code characters} ({@code maxlength}); the browser drops what is typed past it. */
    public FacebookFormModel reasonTakesAtMost(int characters) {
        reasonMaxLength = characters;
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
        FakeElement email = FakeElement.textbox("Email address").type("email").value(accountEmail).field("email")
                .onEdit(this::edited);
        if (emailReadOnly) {
            email.readOnly().required();
        }
        FakeElement reason = FakeElement.textarea("Please explain how this processing impacts you").field("reason")
                .onEdit(this::edited);
        if (reasonMaxLength > 0) {
            reason.maxLength(reasonMaxLength);
        }
        FakeElement fullName = FakeElement.textbox("Full name").field("fullName");
        FakeElement send = FakeElement.of("div").role("button").text("Send");
        List<FakeElement> form = new java.util.ArrayList<>(List.of(title, country, email, reason));
        if (answer == Answer.REFUSES_EMPTY_FULL_NAME) {
            form.add(fullName);
        }
        form.add(send);
        send.onClick(() -> confirmBeforeSend.ifPresentOrElse(question -> page.openDialog(question, () -> sent(form,
                fullName)), () -> sent(form, fullName)));
        noise.ifPresentOrElse(n -> n.around(page, form, decoys::add), () -> page.show(form.toArray(FakeElement[]::new)));
    }

    /** Send clicked: what the page does with it, as {@link #answering} says. */
    private void sent(List<FakeElement> form, FakeElement fullName) {
        switch (answer) {
            case REFUSES_EMPTY_FULL_NAME -> {
                if (fullName.currentValue().isBlank()) {
                    fullName.invalid(FULL_NAME_MESSAGE);
                } else {
                    submit();
                }
            }
            case ASKS_AGAIN -> {
                FakeElement question = FakeElement.of("div").role("dialog").modal().asking()
                        .text("Submit your objection? Submit Cancel");
                FakeElement submit = FakeElement.button("Submit");
                submit.onClick(() -> {
                    page.remove(question).remove(submit);
                    submit();
                });
                page.show(question, submit);
            }
            case FAILS_WITH_500 -> {
                page.answersSendsWith(InMemoryPage.SendAnswer.status(500));
                page.submit("objection");
                page.after(Duration.ofMillis(200), () -> page.show(FakeElement.of("div").role("alert")
                        .text("Something went wrong. Please try again later.")));
            }
            case SAYS_NOTHING -> page.submit("objection");
            case CONFIRMS_IN_OTHER_WORDS -> {
                page.submit("objection");
                form.forEach(page::remove);
                page.show(FakeElement.of("div").role("status").text("Thanks, we received your request."));
            }
            default -> submit();
        }
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
