package dev.optout.replica;

import java.util.List;
import java.util.Objects;

/**
 * How the replica behaves on the next page load. Tests change it between runs while the server keeps running,
 * so every field is volatile and each page request reads the values afresh.
 */
public final class Scenario {
    /**
     * The languages of meta-flows' reference text, meta-flows §4's seven and Brazil's Portuguese: every page of the
     * replica speaks them, and the packs' texts are copied from them.
     */
    public static final List<String> REFERENCE_LANGUAGES = List.of("en", "de", "fr", "it", "es", "nl", "pl", "pt");

    /**
     * Every language the replica serves (and {@code --locale} takes): the reference languages, then the other
     * official languages of the EU, the EEA and Switzerland. In these the objection forms, the cookie dialog and the
     * Privacy Center pages speak the project's own, unverified translations; the further flows' pages fall back to
     * English (see {@link FlowTexts}).
     */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "nl", "pl", "pt",
            "bg", "cs", "da", "el", "et", "fi", "ga", "hr", "hu", "is", "lt", "lv", "mt", "no", "ro", "sk", "sl", "sv",
            "rm");

    public static final String DEFAULT_EMAIL = "person@example.test";
    public static final int DEFAULT_RENDER_DELAY_MS = 400;
    public static final int DEFAULT_COOKIE_DIALOG_DELAY_MS = 1500;

    private volatile String language;
    private volatile FormVersion formVersion;
    private volatile boolean cookieDialog;
    private volatile CookieDialogTiming cookieDialogAt;
    private volatile int cookieDialogDelayMs;
    private volatile boolean loginRequired;
    private volatile OptionValues optionValues;
    private volatile CountryWidget countryWidget;
    private volatile boolean aiGate;
    private volatile String accountEmail;
    private volatile boolean rerenderAfterFill;
    private volatile String redirectTo;
    private volatile int renderDelayMs;
    private volatile Integer autoLoginAfterMs;
    private volatile String confirmBeforeSend;
    private volatile boolean overlayOverSend;
    private volatile int slowResponseMs;
    private volatile SendFault sendFault;
    private volatile boolean linksInNewTab;
    private volatile TypingNavigation navigateWhileTyping;
    private volatile boolean namelessDialogs;
    private volatile boolean offMetaActivity2026;
    private volatile boolean privacyRequests2026;
    private volatile boolean rewordedLabels;
    private volatile boolean timestamps;
    private volatile Markup markup;
    private volatile Long noise;
    private volatile boolean extraRequiredField;
    private volatile boolean secondConfirmation;
    private volatile boolean formSteps;
    private volatile boolean formInDialog;
    private volatile boolean rewordedConfirmation;
    private volatile boolean readonlyEmail;
    private volatile int reasonMaxLength;
    private volatile boolean extraRequiredUnmarked;
    private volatile boolean confirmEmail;
    private volatile boolean securityCheck;
    private volatile boolean noLabels;

    public Scenario() {
        reset();
    }

    /** Puts every setting back to its default. */
    public Scenario reset() {
        language = "en";
        formVersion = FormVersion.V2025;
        cookieDialog = true;
        cookieDialogAt = CookieDialogTiming.ARRIVAL;
        cookieDialogDelayMs = DEFAULT_COOKIE_DIALOG_DELAY_MS;
        loginRequired = false;
        optionValues = OptionValues.ISO;
        countryWidget = CountryWidget.SELECT;
        aiGate = false;
        accountEmail = DEFAULT_EMAIL;
        rerenderAfterFill = false;
        redirectTo = null;
        renderDelayMs = DEFAULT_RENDER_DELAY_MS;
        autoLoginAfterMs = null;
        confirmBeforeSend = null;
        overlayOverSend = false;
        slowResponseMs = 0;
        sendFault = SendFault.NONE;
        linksInNewTab = false;
        navigateWhileTyping = null;
        namelessDialogs = false;
        offMetaActivity2026 = false;
        privacyRequests2026 = false;
        rewordedLabels = false;
        timestamps = false;
        markup = Markup.NATIVE;
        noise = null;
        extraRequiredField = false;
        secondConfirmation = false;
        rewordedConfirmation = false;
        readonlyEmail = false;
        reasonMaxLength = 0;
        formSteps = false;
        formInDialog = false;
        extraRequiredUnmarked = false;
        confirmEmail = false;
        securityCheck = false;
        noLabels = false;
        return this;
    }

    public Scenario language(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ", was: " + language);
        }
        this.language = language;
        return this;
    }

    public Scenario formVersion(FormVersion formVersion) {
        this.formVersion = Objects.requireNonNull(formVersion, "formVersion");
        return this;
    }

    /** Whether the cookie dialog shows at all (until the consent cookie is set); {@link #cookieDialogAt} says when. */
    public Scenario cookieDialog(boolean cookieDialog) {
        this.cookieDialog = cookieDialog;
        return this;
    }

    /** When the cookie dialog appears; {@link CookieDialogTiming#AFTER_MS} waits {@link #cookieDialogDelayMs}. */
    public Scenario cookieDialogAt(CookieDialogTiming timing) {
        this.cookieDialogAt = Objects.requireNonNull(timing, "timing");
        return this;
    }

    public Scenario cookieDialogDelayMs(int delayMs) {
        this.cookieDialogDelayMs = notNegative("cookieDialogDelayMs", delayMs);
        return this;
    }

    public Scenario loginRequired(boolean loginRequired) {
        this.loginRequired = loginRequired;
        return this;
    }

    public Scenario optionValues(OptionValues optionValues) {
        this.optionValues = Objects.requireNonNull(optionValues, "optionValues");
        return this;
    }

    /** The country field of the objection forms and the third-party form. */
    public Scenario countryWidget(CountryWidget countryWidget) {
        this.countryWidget = Objects.requireNonNull(countryWidget, "countryWidget");
        return this;
    }

    /** Whether the objection forms ask "Is your request related to AI at Meta?" and show the fields after Yes. */
    public Scenario aiGate(boolean aiGate) {
        this.aiGate = aiGate;
        return this;
    }

    public Scenario accountEmail(String accountEmail) {
        this.accountEmail = Objects.requireNonNull(accountEmail, "accountEmail");
        return this;
    }

    public Scenario rerenderAfterFill(boolean rerenderAfterFill) {
        this.rerenderAfterFill = rerenderAfterFill;
        return this;
    }

    /** A URL the form page navigates to right after it renders; {@code null} to stay. */
    public Scenario redirectTo(String redirectTo) {
        this.redirectTo = redirectTo;
        return this;
    }

    public Scenario renderDelayMs(int renderDelayMs) {
        this.renderDelayMs = notNegative("renderDelayMs", renderDelayMs);
        return this;
    }

    /** The login page fills and submits itself after this delay, as the person would; {@code null} waits for one. */
    public Scenario autoLoginAfterMs(Integer autoLoginAfterMs) {
        if (autoLoginAfterMs != null) {
            notNegative("autoLoginAfterMs", autoLoginAfterMs);
        }
        this.autoLoginAfterMs = autoLoginAfterMs;
        return this;
    }

    /**
     * A question the objection form asks with JavaScript's {@code confirm()} when Send is clicked; it sends only on
     * OK. Null (the default) asks nothing. Tests use it to prove the tool shows such dialogs and never answers them.
     */
    public Scenario confirmBeforeSend(String question) {
        this.confirmBeforeSend = question;
        return this;
    }

    /** A Meta coachmark over the objection form's Send button, not a cookie dialog, until its "Got it" is clicked. */
    public Scenario overlayOverSend(boolean overlayOverSend) {
        this.overlayOverSend = overlayOverSend;
        return this;
    }

    /** Every page's HTML is answered this many ms late (0: at once), to outlast a tool's page-load timeout. */
    public Scenario slowResponseMs(int slowResponseMs) {
        this.slowResponseMs = notNegative("slowResponseMs", slowResponseMs);
        return this;
    }

    /** How every form's send fails; {@link SendFault#NONE} to succeed. */
    public Scenario sendFault(SendFault sendFault) {
        this.sendFault = Objects.requireNonNull(sendFault, "sendFault");
        return this;
    }

    /** Whether the Privacy Center's, AI page's and Instagram policy's links towards the forms open a new tab. */
    public Scenario linksInNewTab(boolean linksInNewTab) {
        this.linksInNewTab = linksInNewTab;
        return this;
    }

    /** After {@code afterKeystrokes} key presses into any one field, the page navigates to {@code url}. */
    public Scenario navigateWhileTyping(String url, int afterKeystrokes) {
        return navigateWhileTyping(new TypingNavigation(url, afterKeystrokes, null));
    }

    /** {@code null} to stay on the page whatever is typed. */
    public Scenario navigateWhileTyping(TypingNavigation navigation) {
        this.navigateWhileTyping = navigation;
        return this;
    }

    /**
     * Whether Meta's own dialogs (Meta AI settings, Accounts Center, the forms' second confirmation) have no accessible
     * name, only their texts.
     */
    public Scenario namelessDialogs(boolean namelessDialogs) {
        this.namelessDialogs = namelessDialogs;
        return this;
    }

    /** Meta's 2026 move: the off-Meta activity page redirects to "Activity from other businesses". */
    public Scenario offMetaActivity2026(boolean moved) {
        this.offMetaActivity2026 = moved;
        return this;
    }

    /** Meta's 2026 move: the Privacy Rights Request form redirects to help.meta.com's privacy page. */
    public Scenario privacyRequests2026(boolean moved) {
        this.privacyRequests2026 = moved;
        return this;
    }

    /** Whether the objection forms' labels and Send button are reworded (issue 9), so a pack's texts miss them. */
    public Scenario rewordedLabels(boolean rewordedLabels) {
        this.rewordedLabels = rewordedLabels;
        return this;
    }

    /** Whether the objection forms record when each field and Send appeared and when it was first acted on. */
    public Scenario timestamps(boolean timestamps) {
        this.timestamps = timestamps;
        return this;
    }

    /** How the form pages are built: Meta's classic help-form markup (the default) or its React pages' ARIA widgets. */
    public Scenario markup(Markup markup) {
        this.markup = Objects.requireNonNull(markup, "markup");
        return this;
    }

    /**
     * The seed of the noise real pages carry around their forms (empty and stale live regions, visually hidden copies
     * of names, an aria-hidden clone of the form, an off-screen menu, templates, wrappers, shuffled attributes): the
     * same seed builds the same page. {@code null} (the default) adds none.
     */
    public Scenario noise(Long seed) {
        this.noise = seed;
        return this;
    }

    /** Whether the objection and help forms ask for one more required field, "Full name", which no pack knows. */
    public Scenario extraRequiredField(boolean extraRequiredField) {
        this.extraRequiredField = extraRequiredField;
        return this;
    }

    /**
     * Whether the objection form comes in two parts: country and email, then "Next" (a button that only shows the
     * next part), then the reason and Send, which sends the values of both parts at once.
     */
    public Scenario formSteps(boolean formSteps) {
        this.formSteps = formSteps;
        return this;
    }

    public boolean formSteps() {
        return formSteps;
    }

    /**
     * Whether the objection page shows, under its title, only a button "Submit an objection request" that opens the
     * form in a modal {@code role=dialog}.
     */
    public Scenario formInDialog(boolean formInDialog) {
        this.formInDialog = formInDialog;
        return this;
    }

    public boolean formInDialog() {
        return formInDialog;
    }

    /** Whether Send opens a second dialog, "Submit your objection?", whose Submit alone sends. */
    public Scenario secondConfirmation(boolean secondConfirmation) {
        this.secondConfirmation = secondConfirmation;
        return this;
    }

    /** Whether a successful send is confirmed in other words than the reference text, which the packs look for. */
    public Scenario rewordedConfirmation(boolean rewordedConfirmation) {
        this.rewordedConfirmation = rewordedConfirmation;
        return this;
    }

    /**
     * Whether the objection form's email shows the account's address ({@link #accountEmail}) and lets nobody change
     * it: {@code readonly} in native markup, {@code aria-readonly} and a controlled input in React markup.
     */
    public Scenario readonlyEmail(boolean readonlyEmail) {
        this.readonlyEmail = readonlyEmail;
        return this;
    }

    /**
     * The most characters the objection form's reason takes; 0 (the default) for no limit. Native markup says so with
     * {@code maxlength}; React markup cuts by script and shows a counter that describes the field.
     */
    public Scenario reasonMaxLength(int characters) {
        this.reasonMaxLength = notNegative("reasonMaxLength", characters);
        return this;
    }

    /**
     * Whether the objection forms' fields have no label (a placeholder instead; the country chooser none) and their
     * Send is an icon named by {@code aria-label} alone.
     */
    public Scenario noLabels(boolean noLabels) {
        this.noLabels = noLabels;
        return this;
    }

    public boolean noLabels() {
        return noLabels;
    }

    public String language() {
        return language;
    }

    public FormVersion formVersion() {
        return formVersion;
    }

    public boolean cookieDialog() {
        return cookieDialog;
    }

    public CookieDialogTiming cookieDialogAt() {
        return cookieDialogAt;
    }

    public int cookieDialogDelayMs() {
        return cookieDialogDelayMs;
    }

    public boolean loginRequired() {
        return loginRequired;
    }

    public OptionValues optionValues() {
        return optionValues;
    }

    public CountryWidget countryWidget() {
        return countryWidget;
    }

    public boolean aiGate() {
        return aiGate;
    }

    public String accountEmail() {
        return accountEmail;
    }

    public boolean rerenderAfterFill() {
        return rerenderAfterFill;
    }

    public String redirectTo() {
        return redirectTo;
    }

    public int renderDelayMs() {
        return renderDelayMs;
    }

    public Integer autoLoginAfterMs() {
        return autoLoginAfterMs;
    }

    public String confirmBeforeSend() {
        return confirmBeforeSend;
    }

    public boolean overlayOverSend() {
        return overlayOverSend;
    }

    public int slowResponseMs() {
        return slowResponseMs;
    }

    public SendFault sendFault() {
        return sendFault;
    }

    public boolean linksInNewTab() {
        return linksInNewTab;
    }

    public TypingNavigation navigateWhileTyping() {
        return navigateWhileTyping;
    }

    public boolean namelessDialogs() {
        return namelessDialogs;
    }

    public boolean offMetaActivity2026() {
        return offMetaActivity2026;
    }

    public boolean privacyRequests2026() {
        return privacyRequests2026;
    }

    public boolean rewordedLabels() {
        return rewordedLabels;
    }

    public boolean timestamps() {
        return timestamps;
    }

    /**
     * Whether the objection and help forms ask for "Full name" with no mark that it is required: only the page's
     * own message after Send says so. Implies the field ({@link #extraRequiredField}).
     */
    public Scenario extraRequiredUnmarked(boolean extraRequiredUnmarked) {
        this.extraRequiredUnmarked = extraRequiredUnmarked;
        return this;
    }

    /** Whether the objection and help forms ask for the email a second time, in a required "Confirm email address". */
    public Scenario confirmEmail(boolean confirmEmail) {
        this.confirmEmail = confirmEmail;
        return this;
    }

    /**
     * Whether Send is followed by a "Security check" dialog: a checkbox "I'm not a robot" the person must tick, then
     * Continue; only then does the form go out.
     */
    public Scenario securityCheck(boolean securityCheck) {
        this.securityCheck = securityCheck;
        return this;
    }

    public boolean extraRequiredUnmarked() {
        return extraRequiredUnmarked;
    }

    public boolean confirmEmail() {
        return confirmEmail;
    }

    public boolean securityCheck() {
        return securityCheck;
    }

    public Markup markup() {
        return markup;
    }

    public Long noise() {
        return noise;
    }

    public boolean extraRequiredField() {
        return extraRequiredField;
    }

    public boolean secondConfirmation() {
        return secondConfirmation;
    }

    public boolean rewordedConfirmation() {
        return rewordedConfirmation;
    }

    public boolean readonlyEmail() {
        return readonlyEmail;
    }

    public int reasonMaxLength() {
        return reasonMaxLength;
    }

    private static int notNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was: " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Scenario[language=" + language + ", formVersion=" + formVersion + ", cookieDialog=" + cookieDialog
                + ", cookieDialogAt=" + cookieDialogAt + ", cookieDialogDelayMs=" + cookieDialogDelayMs
                + ", loginRequired=" + loginRequired + ", optionValues=" + optionValues
                + ", countryWidget=" + countryWidget + ", aiGate=" + aiGate
                + ", rerenderAfterFill=" + rerenderAfterFill + ", redirectTo=" + redirectTo
                + ", renderDelayMs=" + renderDelayMs + ", autoLoginAfterMs=" + autoLoginAfterMs
                + ", confirmBeforeSend=" + confirmBeforeSend + ", overlayOverSend=" + overlayOverSend
                + ", slowResponseMs=" + slowResponseMs + ", sendFault=" + sendFault
                + ", linksInNewTab=" + linksInNewTab + ", navigateWhileTyping=" + navigateWhileTyping
                + ", namelessDialogs=" + namelessDialogs + ", offMetaActivity2026=" + offMetaActivity2026
                + ", privacyRequests2026=" + privacyRequests2026 + ", rewordedLabels=" + rewordedLabels
                + ", timestamps=" + timestamps + ", markup=" + markup + ", noise=" + noise
                + ", extraRequiredField=" + extraRequiredField + ", secondConfirmation=" + secondConfirmation
                + ", rewordedConfirmation=" + rewordedConfirmation + ", readonlyEmail=" + readonlyEmail
                + ", reasonMaxLength=" + reasonMaxLength + ", formSteps=" + formSteps
                + ", formInDialog=" + formInDialog + ", extraRequiredUnmarked=" + extraRequiredUnmarked
                + ", confirmEmail=" + confirmEmail + ", securityCheck=" + securityCheck + ", noLabels=" + noLabels + "]";
    }
}
