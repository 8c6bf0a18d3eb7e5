package dev.optout.replica;

import java.util.List;
import java.util.Objects;

/**
 * How the replica behaves on the next page load. Tests change it between runs while the server keeps running,
 * so every field is volatile and each page request reads the values afresh.
 */
public final class Scenario {
    /** The languages the replica speaks, as in meta-flows §4. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "nl", "pl");

    public static final String DEFAULT_EMAIL = "person@example.test";
    public static final int DEFAULT_RENDER_DELAY_MS = 400;

    private volatile String language;
    private volatile FormVersion formVersion;
    private volatile boolean cookieDialog;
    private volatile boolean loginRequired;
    private volatile OptionValues optionValues;
    private volatile String accountEmail;
    private volatile boolean rerenderAfterFill;
    private volatile String redirectTo;
    private volatile int renderDelayMs;
    private volatile Integer autoLoginAfterMs;
    private volatile String confirmBeforeSend;

    public Scenario() {
        reset();
    }

    /** Puts every setting back to its default. */
    public Scenario reset() {
        language = "en";
        formVersion = FormVersion.V2025;
        cookieDialog = true;
        loginRequired = false;
        optionValues = OptionValues.ISO;
        accountEmail = DEFAULT_EMAIL;
        rerenderAfterFill = false;
        redirectTo = null;
        renderDelayMs = DEFAULT_RENDER_DELAY_MS;
        autoLoginAfterMs = null;
        confirmBeforeSend = null;
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

    public Scenario cookieDialog(boolean cookieDialog) {
        this.cookieDialog = cookieDialog;
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
        if (renderDelayMs < 0) {
            throw new IllegalArgumentException("renderDelayMs must not be negative, was: " + renderDelayMs);
        }
        this.renderDelayMs = renderDelayMs;
        return this;
    }

    /** When set, the login page fills and submits itself after this delay, imitating the person; {@code null} to wait for a real person. */
    public Scenario autoLoginAfterMs(Integer autoLoginAfterMs) {
        if (autoLoginAfterMs != null && autoLoginAfterMs < 0) {
            throw new IllegalArgumentException("autoLoginAfterMs must not be negative, was: " + autoLoginAfterMs);
        }
        this.autoLoginAfterMs = autoLoginAfterMs;
        return this;
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

    public boolean loginRequired() {
        return loginRequired;
    }

    public OptionValues optionValues() {
        return optionValues;
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

    /**
     * A question the objection form asks with JavaScript's {@code confirm()} when Send is clicked; it sends only on
     * OK. Null (the default) asks nothing. Tests use it to prove the tool shows such dialogs and never answers them.
     */
    public Scenario confirmBeforeSend(String question) {
        this.confirmBeforeSend = question;
        return this;
    }

    public String confirmBeforeSend() {
        return confirmBeforeSend;
    }

    @Override
    public String toString() {
        return "Scenario[language=" + language + ", formVersion=" + formVersion + ", cookieDialog=" + cookieDialog
                + ", loginRequired=" + loginRequired + ", optionValues=" + optionValues
                + ", rerenderAfterFill=" + rerenderAfterFill + ", redirectTo=" + redirectTo
                + ", renderDelayMs=" + renderDelayMs + ", autoLoginAfterMs=" + autoLoginAfterMs
                + ", confirmBeforeSend=" + confirmBeforeSend + "]";
    }
}
