package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's questions around a send, walked in memory: required fields the pack does not fill, a second
 * confirmation, a step only a person may do, and a refusal that names every field it complains about.
 */
class AroundTheSendFlowLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final String SUBMITTED = "Your objection has been submitted";
    private static final String EMAIL = "canary+7f3@example.test";

    private static final Pack PACK = InMemoryRun.pack(
            "inputs:",
            "  email: {type: email, personal: true, label: Your email}",
            "targets:",
            "  email: [{label: Email address}]",
            "  send: [{role: button, name: Send}]",
            "  success: [{text: " + SUBMITTED + "}]",
            "  title: [{role: heading, name: Object}]",
            "steps:",
            "  - open: " + FORM,
            "  - wait-for: [title]",
            "  - fill: email",
            "    value: ${email}",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true",
            "  - wait-for: [success]",
            "    name: wait for Meta's answer",
            "    timeout: 60",
            "  - verify: [success]");

    @TempDir
    Path reports;

    private InMemoryRun engine;
    private FakeElement title;
    private FakeElement email;
    private FakeElement send;

    @BeforeEach
    void a_form() {
        engine = new InMemoryRun(reports);
        title = FakeElement.heading("Object");
        email = FakeElement.textbox("Email address").type("email").field("email");
        send = FakeElement.button("Send");
    }

    private void formWith(FakeElement... besides) {
        engine.page.route(FORM, page -> page.show(title, email).show(besides).show(send));
    }

    private void sentWhenClicked(FakeElement button) {
        button.onClick(() -> {
            engine.page.submit("objection");
            engine.page.after(Duration.ofMillis(300), () -> engine.page.show(FakeElement.of("div").role("status")
                    .text(SUBMITTED)));
        });
    }

    private RunResult live(ScriptedPerson person) {
        return engine.run(PACK, Mode.LIVE, person, Map.of("email", EMAIL));
    }

    @Test
    void a_required_field_is_asked_for_by_its_label_before_the_yes_and_sent_with_the_form() {
        FakeElement fullName = FakeElement.textbox("Full name").required().field("fullName");
        formWith(fullName);
        sentWhenClicked(send);
        ScriptedPerson person = new ScriptedPerson().answering("Ada Lovelace", "y");

        RunResult result = live(person);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(person.heard().get(0)).contains("The page also requires \"Full name\"");
        assertThat(person.heard().get(1)).as("the confirmation lists it, masked").contains("Full name")
                .doesNotContain("Ada Lovelace");
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("fullName", "Ada Lovelace").containsEntry("email", EMAIL));
    }

    @Test
    void a_confirm_email_field_takes_the_email_again_and_nobody_is_asked() {
        FakeElement again = FakeElement.textbox("Confirm email address").type("email").required().field("again");
        formWith(again);
        sentWhenClicked(send);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = live(person);

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(person.transcript()).doesNotContain("also requires");
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("again", EMAIL).containsEntry("email", EMAIL));
    }

    @Test
    void an_empty_answer_stops_before_sending_naming_the_field() {
        formWith(FakeElement.textbox("Full name").required().field("fullName"));
        sentWhenClicked(send);

        RunResult result = live(new ScriptedPerson().answering(""));

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message().orElseThrow()).startsWith("The page requires 'Full name', which the "
                + "pack does not fill, and no value was given: optout stopped before sending. Nothing was sent");
        assertThat(engine.page.submissions()).isEmpty();
        assertThat(engine.page.clicks()).noneMatch(c -> c.contains("Send"));
    }

    @Test
    void a_second_confirmation_is_answered_by_submit_never_cancel_and_stays_one_send() {
        FakeElement cancel = FakeElement.button("Cancel");
        FakeElement submit = FakeElement.button("Submit");
        FakeElement dialog = FakeElement.of("div").role("dialog").modal().asking().named("Submit your objection?")
                .text("Submit your objection? Cancel Submit").holding(cancel, submit);
        formWith();
        send.onClick(() -> engine.page.show(dialog, cancel, submit));
        submit.onClick(() -> {
            engine.page.remove(dialog);
            engine.page.remove(cancel);
            engine.page.remove(submit);
            engine.page.submit("objection");
            engine.page.after(Duration.ofMillis(300), () -> engine.page.show(FakeElement.of("div").role("status")
                    .text(SUBMITTED)));
        });
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = live(person);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(engine.page.clicks()).anyMatch(c -> c.contains("Submit")).noneMatch(c -> c.contains("Cancel"));
        assertThat(engine.page.submissions()).hasSize(1);
        assertThat(result.record().sent()).hasSize(1);
        assertThat(person.transcript()).contains("optout answered \"Submit\"");
    }

    @Test
    void a_second_confirmation_on_a_page_that_moved_to_another_host_is_never_answered() {
        FakeElement cancel = FakeElement.button("Cancel");
        FakeElement submit = FakeElement.button("Submit");
        FakeElement dialog = FakeElement.of("div").role("dialog").modal().asking().named("Submit your objection?")
                .text("Submit your objection? Cancel Submit").holding(cancel, submit);
        formWith();
        send.onClick(() -> {
            engine.page.pushState("https://collector.example/objection");
            engine.page.show(dialog, cancel, submit);
        });
        submit.onClick(() -> engine.page.submit("objection"));

        RunResult result = live(new ScriptedPerson().answering("y"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m).contains("collector.example"));
        assertThat(engine.page.clicks()).noneMatch(c -> c.contains("Submit"));
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void a_captcha_in_a_frame_with_nobody_at_the_browser_ends_at_once_and_nothing_is_typed_into_it() {
        FakeElement verify = FakeElement.button("Verify");
        FakeElement check = FakeElement.of("div").role("dialog").modal().text("Verify").holding(verify)
                .holdingFrame();
        formWith();
        send.onClick(() -> engine.page.show(check, verify));
        RunSettings headless = RunSettings.defaults(Mode.LIVE).withPersonAtTheBrowser(false).withAssumeYes(true);

        RunResult result = engine.run(PACK, headless, new ScriptedPerson(), Map.of("email", EMAIL));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.REFUSED);
        assertThat(result.record().message().orElseThrow()).contains("it asks for a step only a person may do "
                + "(\"Verify\"), and this run has nobody at the browser to do it; nothing left the browser");
        assertThat(engine.page.clicks()).noneMatch(c -> c.contains("Verify"));
        assertThat(engine.page.submissions()).isEmpty();
        assertThat(result.sentSomething()).isFalse();
    }

    @Test
    void a_refusal_by_field_messages_names_every_field_they_point_at() {
        FakeElement fullName = FakeElement.textbox("Full name");
        FakeElement phone = FakeElement.textbox("Phone");
        formWith(fullName, phone);
        send.onClick(() -> {
            fullName.invalid("Please enter your full name.");
            phone.invalid("Please enter your phone number.");
        });

        RunResult result = live(new ScriptedPerson().answering("y"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.record().message().orElseThrow()).contains("it says \"Please enter your full name.\" about "
                + "'Full name' (and about 'Phone'); nothing left the browser");
    }
}
