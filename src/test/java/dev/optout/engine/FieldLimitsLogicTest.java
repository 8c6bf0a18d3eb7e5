package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import dev.optout.report.Outcome;
import dev.optout.report.RunRecord;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.FacebookFormModel;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fields the page lets nobody change, and fields that take fewer characters than the value has, met by the bundled
 * Facebook objection pack on an in-memory form: what the engine decides before a single key is typed.
 */
class FieldLimitsLogicTest {

    private static final Pack pack = PackRepository.bundledOnly().byId("facebook-objection").orElseThrow();
    private static final String REASON_LABEL = "Please explain how this processing impacts you";
    private static final String DEFAULT_REASON = pack.input("reason").orElseThrow().defaults().orElseThrow().in("en")
            .orElseThrow();

    @TempDir
    Path reports;

    private InMemoryRun engine;
    private FacebookFormModel form;

    @BeforeEach
    void a_fresh_page_with_the_form() {
        engine = new InMemoryRun(reports);
        form = new FacebookFormModel(engine.page).withoutCookieDialog();
    }

    /** The person at their own terminal: asked, and shown their values in full. */
    private static RunSettings atTheTerminal(Mode mode) {
        return RunSettings.defaults(mode).withStepTimeout(InMemoryRun.STEP_TIMEOUT).withValuesInFull(true);
    }

    private static StepRecord stepOn(RunResult result, String target) {
        return result.record().steps().stream().filter(s -> s.target().equals(java.util.Optional.of(target)))
                .findFirst().orElseThrow();
    }

    private long keystrokesInto(String label) {
        return engine.page.keystrokes().stream().filter(k -> k.contains(label)).count();
    }

    @Test
    void a_read_only_email_is_never_typed_into_and_the_account_s_address_is_sent_and_named_at_the_confirmation() {
        form.emailReadOnly();
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = engine.run(pack, Mode.LIVE, person,
                Map.of("country", "DE", "email", "mine@example.org"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(form.objections()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("email", FacebookFormModel.ACCOUNT_EMAIL));
        assertThat(keystrokesInto("Email address")).isZero();
        assertThat(person.transcript())
                .contains("the page sends the account's address a***@e***.test; yours cannot be used here")
                .doesNotContain("mine@example.org").doesNotContain(FacebookFormModel.ACCOUNT_EMAIL);
        assertThat(result.record().sent()).extracting(RunRecord.SentField::field, RunRecord.SentField::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Email address", "a***@e***.test"));
        assertThat(stepOn(result, "email").note()).hasValueSatisfying(note -> assertThat(note)
                .contains("'Email address' is read-only").contains("yours cannot be used here")
                .doesNotContain("mine@"));
    }

    @Test
    void at_the_person_s_own_terminal_the_confirmation_shows_the_account_s_address_in_full() {
        form.emailReadOnly();
        ScriptedPerson person = new ScriptedPerson().answering("y");

        engine.run(pack, atTheTerminal(Mode.LIVE), person, Map.of("country", "DE", "email", "mine@example.org"));

        assertThat(person.transcript()).contains("the page sends the account's address "
                + FacebookFormModel.ACCOUNT_EMAIL + "; yours cannot be used here");
    }

    @Test
    void a_read_only_email_that_holds_the_person_s_own_address_or_none_of_theirs_says_nothing_about_theirs() {
        form.emailReadOnly();
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = engine.run(pack, Mode.LIVE, person,
                Map.of("country", "DE", "email", FacebookFormModel.ACCOUNT_EMAIL.toUpperCase(java.util.Locale.ROOT)));

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(person.transcript()).contains("a***@e***.test (as the page filled it in)")
                .doesNotContain("cannot be used");
    }

    @Test
    void an_empty_read_only_email_the_form_needs_stops_the_run_before_anything_is_typed_or_sent() {
        form.emailReadOnlyAndEmpty();

        RunResult result = engine.run(pack, Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "DE", "email", "mine@example.org"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("'Email address' is read-only on this page and empty, and the form needs it")
                .endsWith("Nothing was sent."));
        assertThat(form.objections()).isEmpty();
        assertThat(keystrokesInto("Email address")).isZero();
    }

    @Test
    void a_dry_run_shows_the_read_only_email_as_the_page_s_own_in_its_summary() {
        form.emailReadOnly();
        ScriptedPerson person = new ScriptedPerson();

        RunResult result = engine.run(pack, Mode.DRY_RUN, person, Map.of("country", "DE", "email", "mine@example.org"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(person.transcript()).contains("the page sends the account's address a***@e***.test; yours cannot "
                + "be used here");
        assertThat(stepOn(result, "email").status()).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void a_reason_longer_than_the_field_takes_stops_an_unattended_run_before_a_single_key_goes_into_it() {
        form.reasonTakesAtMost(120);
        String reason = "x".repeat(60) + " " + "y".repeat(100);

        RunResult result = engine.run(pack, Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "DE", "reason", reason));

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("'" + REASON_LABEL + "' takes at most 120 characters, and the reason is 161 characters long; "
                        + "nothing was typed")
                .contains("give a shorter reason (--set reason=…, at most 120 characters)"));
        assertThat(keystrokesInto(REASON_LABEL)).isZero();
        assertThat(form.objections()).isEmpty();
    }

    @Test
    void under_yes_nobody_is_asked_to_shorten_and_the_run_stops_before_typing() {
        form.reasonTakesAtMost(120);
        ScriptedPerson person = new ScriptedPerson();

        RunResult result = engine.run(pack, atTheTerminal(Mode.LIVE).withAssumeYes(true), person,
                Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(person.transcript()).doesNotContain("shortened text instead");
        assertThat(keystrokesInto(REASON_LABEL)).isZero();
        assertThat(form.objections()).isEmpty();
    }

    @Test
    void at_the_terminal_the_person_reads_the_shortened_reason_in_full_and_it_is_what_is_sent_and_recorded() {
        form.reasonTakesAtMost(150);
        String firstSentence = DEFAULT_REASON.substring(0, DEFAULT_REASON.indexOf(". ") + 1);
        assertThat(firstSentence.length()).as("the default's first sentence fits, its second does not")
                .isLessThanOrEqualTo(150).isGreaterThan(60);
        ScriptedPerson person = new ScriptedPerson().answering("y", "y");

        RunResult result = engine.run(pack, atTheTerminal(Mode.LIVE), person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(person.heard().get(0)).contains("'" + REASON_LABEL + "' takes at most 150 characters")
                .contains("Cut at the end of the last sentence that fits, it has " + firstSentence.length()
                        + " characters and reads:\n\n  " + firstSentence + "\n\n")
                .contains("Type this shortened text instead?");
        assertThat(form.objections()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("reason", firstSentence));
        assertThat(result.record().sent()).filteredOn(f -> f.field().equals(REASON_LABEL)).singleElement()
                .satisfies(f -> assertThat(f.value()).endsWith("(" + firstSentence.length() + " chars)"));
        assertThat(stepOn(result, "reason").note()).hasValueSatisfying(n -> assertThat(n)
                .contains("shortened by you to " + firstSentence.length() + " characters"));
    }

    @Test
    void a_person_who_does_not_take_the_shortened_reason_stops_the_run_with_nothing_typed_or_sent() {
        form.reasonTakesAtMost(120);
        ScriptedPerson person = new ScriptedPerson().answering("n");

        RunResult result = engine.run(pack, atTheTerminal(Mode.LIVE), person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("you chose not to shorten '" + REASON_LABEL + "' to its limit of 120 characters")
                .contains("--set reason=…"));
        assertThat(keystrokesInto(REASON_LABEL)).isZero();
        assertThat(form.objections()).isEmpty();
    }

    @Test
    void a_dry_run_says_it_would_ask_at_a_terminal_and_that_an_unattended_run_would_stop() {
        form.reasonTakesAtMost(120);

        RunResult attended = engine.run(pack, atTheTerminal(Mode.DRY_RUN), new ScriptedPerson(),
                Map.of("country", "DE"));
        assertThat(stepOn(attended, "reason").status()).isEqualTo(StepStatus.WOULD_DO);
        assertThat(stepOn(attended, "reason").note()).hasValueSatisfying(n -> assertThat(n)
                .startsWith("would ask you whether to shorten it to ").contains("at most 120 characters"));

        engine = new InMemoryRun(reports);
        new FacebookFormModel(engine.page).withoutCookieDialog().reasonTakesAtMost(120);
        RunResult unattended = engine.run(pack, Mode.DRY_RUN, new ScriptedPerson(), Map.of("country", "DE"));
        assertThat(stepOn(unattended, "reason").status()).isEqualTo(StepStatus.FAILED);
        assertThat(stepOn(unattended, "reason").note()).hasValueSatisfying(n -> assertThat(n)
                .contains("takes at most 120 characters"));
        assertThat(engine.page.keystrokes()).isEmpty();
    }

    @Test
    void a_reason_within_the_field_s_limit_is_typed_as_it_is() {
        form.reasonTakesAtMost(DEFAULT_REASON.length());

        RunResult result = engine.run(pack, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(form.objections()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("reason", DEFAULT_REASON));
    }

    @Test
    void a_pack_input_s_max_length_is_a_limit_too() {
        Pack strict = InMemoryRun.pack(
                "inputs:",
                "  note: {type: text, max-length: 20, default: {en: This default is much longer than twenty.}}",
                "targets:",
                "  note: [{label: Note}]",
                "  send: [{role: button, name: Send}]",
                "steps:",
                "  - open: https://www.facebook.com/form",
                "  - fill: note",
                "    value: ${note}",
                "  - confirm: Send it?",
                "  - click: send",
                "    submits: true");
        engine.page.route("https://www.facebook.com/form", page -> page.show(
                dev.optout.testing.FakeElement.textarea("Note").field("note"),
                dev.optout.testing.FakeElement.button("Send")));

        RunResult result = engine.run(strict, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("the pack accepts at most 20 characters, and the note is 40 characters long"));
        assertThat(engine.page.keystrokes()).isEmpty();
    }
}
