package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form in two parts (country and email, then "Next", then the reason and Send) and a form a button opens in a
 * dialog: the engine clicks the pack's {@code next} or {@code form-opener} when the fields a step needs are missing,
 * but never a button that could submit the form, never while Send shows, never in a dry run for Next; what the first
 * part held goes with the one send.
 */
class FormPartsLogicTest {

    private static final String FORM = "https://www.facebook.com/form";

    @TempDir
    Path reports;

    private InMemoryRun engine;
    private FakeElement country;
    private FakeElement email;
    private FakeElement reason;
    private FakeElement send;

    @BeforeEach
    void a_fresh_page() {
        engine = new InMemoryRun(reports);
        country = FakeElement.select("Country where you live", "", "Choose", "DE", "Germany", "FR", "France")
                .field("country");
        email = FakeElement.textbox("Email address").value("me@example.com").field("email");
        reason = FakeElement.textarea("Please explain how this processing impacts you").field("reason");
        send = FakeElement.button("Send");
        send.onClick(() -> engine.page.submit("objection"));
    }

    private static Pack pack(String... extraTargets) {
        return InMemoryRun.pack(
                "inputs:",
                "  country: {type: country, required: true}",
                "  email: {type: email, personal: true}",
                "  reason: {type: text}",
                "targets:",
                "  country: [{label: Country where you live}]",
                "  email: [{label: Email address}]",
                "  reason: [{label: Please explain how this processing impacts you}]",
                "  send: [{role: button, name: Send}]",
                String.join("\n", extraTargets),
                "steps:",
                "  - open: " + FORM,
                "  - wait-for: country",
                "  - select: country",
                "    value: ${country}",
                "  - fill: email",
                "    value: ${email}",
                "  - fill: reason",
                "    value: ${reason}",
                "  - confirm: Send it?",
                "  - click: send",
                "    submits: true");
    }

    /** The second part (reason, Send) shows once {@code next} is clicked; the first part is hidden, still holding. */
    private void inTwoParts(FakeElement next) {
        reason.shown(false);
        send.shown(false);
        next.onClick(() -> {
            country.shown(false);
            email.shown(false);
            next.shown(false);
            reason.shown(true);
            send.shown(true);
        });
        engine.page.route(FORM, page -> page.show(country, email, next, reason, send));
    }

    private RunResult run(Pack pack, Mode mode, ScriptedPerson person) {
        return engine.run(pack, mode, person, Map.of("country", "DE", "reason", "Not for AI"));
    }

    private static String messageOf(RunResult result) {
        return result.record().message().orElse("");
    }

    @Test
    void a_next_that_submits_nothing_is_clicked_once_and_both_parts_go_out_in_one_send() {
        FakeElement next = FakeElement.of("div").role("button").text("Next");
        inTwoParts(next);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(pack("  next: [{role: button, name: Next}]"), Mode.LIVE, person);

        assertThat(result.record().outcome()).as(messageOf(result)).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.clicks()).containsExactly("<div> Next", "<button> Send");
        assertThat(InMemoryRun.step(result, 5).note()).hasValueSatisfying(note -> assertThat(note)
                .contains("clicked 'Next' to show the form's next part"));
        assertThat(engine.page.submissions()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("country", "DE").containsEntry("email", "me@example.com")
                .containsEntry("reason", "Not for AI"));
        assertThat(person.transcript()).contains("Germany (DE)", "Not for AI", "(as the page filled it in)");
        assertThat(result.record().sent()).hasSize(3);
    }

    @Test
    void a_native_button_without_type_button_could_submit_the_form_and_is_never_clicked() {
        FakeElement next = FakeElement.button("Next");
        inTwoParts(next);

        RunResult result = run(pack("  next: [{role: button, name: Next}]"), Mode.LIVE,
                new ScriptedPerson().answering("y"));

        assertThat(InMemoryRun.step(result, 5).status()).isEqualTo(StepStatus.FAILED);
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void a_native_button_of_type_button_is_clicked() {
        FakeElement next = FakeElement.button("Next").type("button");
        inTwoParts(next);

        RunResult result = run(pack("  next: [{role: button, name: Next}]"), Mode.LIVE,
                new ScriptedPerson().answering("y"));

        assertThat(result.record().outcome()).as(messageOf(result)).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.submissions()).hasSize(1);
    }

    @Test
    void while_send_shows_the_form_is_in_its_last_part_and_next_is_not_clicked() {
        FakeElement next = FakeElement.of("div").role("button").text("Next");
        reason.shown(false);
        engine.page.route(FORM, page -> page.show(country, email, next, reason, send));

        RunResult result = run(pack("  next: [{role: button, name: Next}]"), Mode.LIVE,
                new ScriptedPerson().answering("y"));

        assertThat(InMemoryRun.step(result, 5).status()).isEqualTo(StepStatus.FAILED);
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void without_a_next_target_in_the_pack_no_button_is_guessed() {
        FakeElement next = FakeElement.of("div").role("button").text("Next");
        inTwoParts(next);

        RunResult result = run(pack(), Mode.LIVE, new ScriptedPerson().answering("y"));

        assertThat(InMemoryRun.step(result, 5).status()).isEqualTo(StepStatus.FAILED);
        assertThat(engine.page.clicks()).isEmpty();
    }

    @Test
    void a_dry_run_says_it_would_click_next_and_clicks_nothing() {
        FakeElement next = FakeElement.of("div").role("button").text("Next");
        inTwoParts(next);

        RunResult result = run(pack("  next: [{role: button, name: Next}]"), Mode.DRY_RUN, new ScriptedPerson());

        assertThat(InMemoryRun.step(result, 5).status()).isEqualTo(StepStatus.WOULD_DO);
        assertThat(InMemoryRun.step(result, 5).note()).hasValueSatisfying(note -> assertThat(note)
                .contains("a live run clicks 'Next' once this part is filled"));
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void a_form_in_a_dialog_is_opened_by_the_packs_form_opener_and_sent_once() {
        FakeElement opener = FakeElement.of("div").role("button").text("Submit an objection request");
        FakeElement dialog = FakeElement.of("div").role("dialog").text("Object");
        dialog.shown(false);
        country.shown(false);
        email.shown(false);
        reason.shown(false);
        send.shown(false);
        opener.onClick(() -> List.of(dialog, country, email, reason, send).forEach(e -> e.shown(true)));
        engine.page.route(FORM, page -> page.show(opener, dialog, country, email, reason, send));
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(pack("  form-opener: [{role: button, name: Submit an objection request}]"),
                Mode.LIVE, person);

        assertThat(result.record().outcome()).as(messageOf(result)).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(InMemoryRun.step(result, 2).note()).hasValueSatisfying(note -> assertThat(note)
                .contains("clicked 'Submit an objection request', which opens the form in a dialog"));
        assertThat(engine.page.clicks()).containsExactly("<div> Submit an objection request", "<button> Send");
        assertThat(engine.page.submissions()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("country", "DE").containsEntry("reason", "Not for AI"));
    }
}
