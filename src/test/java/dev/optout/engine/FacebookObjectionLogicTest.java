package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.pack.PackRepository;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.FacebookFormModel;
import dev.optout.testing.EditedPacks;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled Facebook objection pack, walked by the engine against an in-memory model of the form: what the
 * engine decides (origins, refused fields, waiting, the send gate, outcomes, dry runs), in milliseconds. The real
 * page's behaviour is {@link FacebookObjectionRunTest}'s.
 */
class FacebookObjectionLogicTest {

    private static final Pack pack = PackRepository.bundledOnly().byId("facebook-objection").orElseThrow();

    @TempDir
    Path reports;

    private InMemoryRun engine;
    private FacebookFormModel form;

    @BeforeEach
    void a_fresh_page_with_the_form() {
        engine = new InMemoryRun(reports);
        form = new FacebookFormModel(engine.page);
    }

    private RunResult run(Mode mode, Person person, Map<String, String> inputs) {
        return engine.run(pack, mode, person, inputs);
    }

    private static int sendStep() {
        return pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();
    }

    @Test
    void a_live_run_sends_one_objection_with_the_account_s_email_and_the_default_reason() {
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(Mode.LIVE, person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(form.objections()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("country", "DE").containsEntry("email", FacebookFormModel.ACCOUNT_EMAIL)
                .containsEntry("reason", pack.input("reason").orElseThrow().defaults().orElseThrow().in("en")
                        .orElseThrow()));
        assertThat(result.record().confirmation()).hasValue(FacebookFormModel.SUBMITTED);
        assertThat(result.record().sent()).extracting(f -> f.host()).containsOnly("www.facebook.com");
        assertThat(person.transcript()).contains("optout will send this to www.facebook.com:")
                .contains("(as the page filled it in)").doesNotContain(FacebookFormModel.ACCOUNT_EMAIL);
    }

    @Test
    void a_pack_that_points_a_fill_at_a_password_field_is_stopped_before_a_single_keystroke() {
        engine.page.route("https://www.facebook.com/login/", page -> page.show(
                FakeElement.of("input").type("password").answers("input[name=\"pass\"]").field("pass")));
        Pack hostile = new PackLoader().load("hostile.yaml", String.join("\n",
                "format: 1",
                "id: hostile",
                "title: Types into the login form",
                "origins: [https://www.facebook.com]",
                "targets:",
                "  password:",
                "    - css: 'input[name=\"pass\"]'",
                "steps:",
                "  - open: https://www.facebook.com/login/",
                "  - fill: password",
                "    value: hunter2",
                ""));
        RunResult result = engine.run(hostile, Mode.LIVE, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m).contains("password"));
        assertThat(engine.page.keystrokes()).isEmpty();
    }

    @Test
    void a_form_that_renders_three_seconds_late_is_waited_for() {
        form.rendersAfter(Duration.ofSeconds(3));

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(form.objections()).hasSize(1);
    }

    @Test
    void when_no_confirmation_appears_after_the_send_the_outcome_is_unconfirmed_and_nothing_is_sent_twice() {
        Pack blind = EditedPacks.load("facebook-objection", Map.of("Your objection has been submitted",
                "A confirmation this page never shows", "timeout: 60", "timeout: 3"));
        RunResult result = engine.run(blind, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("The send left the browser and came back (POST ").contains("→ 200), but optout recognised "
                        + "no confirmation within 3 s").contains("Do NOT send it again").contains("Check your email"));
        assertThat(result.record().evidence()).hasValueSatisfying(e -> assertThat(e.basis())
                .isEqualTo("a request that came back, and no confirmation"));
        assertThat(form.objections()).hasSize(1);
    }

    @Test
    void saying_no_at_the_confirmation_sends_nothing() {
        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("n"), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(form.objections()).isEmpty();
    }

    @Test
    void a_page_that_moves_to_an_unmapped_host_is_abandoned_before_anything_is_typed() {
        form.withoutCookieDialog().redirectsTo("http://localhost:8080/help/contact/6359191084165019");

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m).contains("localhost"));
        assertThat(engine.page.submissions()).isEmpty();
        assertThat(engine.page.keystrokes()).isEmpty();
    }

    @Test
    void a_form_that_re_mounts_after_the_first_edit_gets_its_values_again_before_the_send() {
        form.remountsAfterFirstEdit();
        engine.page.eachCommandTakes(Duration.ofMillis(20));
        String reason = "Filled before the page re-rendered";

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "IE", "email", "someone@example.org", "reason", reason));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(form.objections()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("country", "IE").containsEntry("email", "someone@example.org")
                .containsEntry("reason", reason));
        assertThat(form.remounted()).isTrue();
        assertThat(engine.page.choices()).as("the country, chosen again after the re-mount dropped it")
                .containsExactly("<select> Country where you live ← IE", "<select> Country where you live ← IE");
    }

    @Test
    void a_dialog_the_send_opens_is_left_to_the_person_and_the_send_is_clicked_once() {
        form.withoutCookieDialog().confirmsBeforeSend("Send your objection to Meta now?");
        ScriptedPerson person = new ScriptedPerson().answering("y");
        Person answeringTheDialog = new Person() {
            @Override
            public boolean confirm(String question) {
                return person.confirm(question);
            }

            @Override
            public Optional<String> ask(String prompt) {
                return person.ask(prompt);
            }

            @Override
            public void tell(String message) {
                person.tell(message);
                if (message.contains("opened a dialog")) {
                    engine.page.answerDialog(true);
                }
            }
        };

        RunResult result = run(Mode.LIVE, answeringTheDialog, Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(form.objections()).hasSize(1);
        assertThat(engine.page.clicks()).filteredOn(c -> c.endsWith("Send")).hasSize(1);
        assertThat(person.transcript()).contains("\"Send your objection to Meta now?\"")
                .contains("never answers dialogs");
    }

    @Test
    void the_browser_closed_at_the_confirmation_ends_the_run_as_aborted_with_nothing_sent() {
        Person closingTheBrowser = new Person() {
            @Override
            public boolean confirm(String question) {
                engine.page.closeBrowser();
                return true;
            }

            @Override
            public Optional<String> ask(String prompt) {
                return Optional.empty();
            }

            @Override
            public void tell(String message) {
            }
        };

        RunResult result = run(Mode.LIVE, closingTheBrowser, Map.of("country", "DE"));

        assertThat(result.browserClosed()).isTrue();
        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(result.record().message()).hasValue("the browser was closed during step " + sendStep()
                + "; nothing was sent");
        assertThat(result.record().finalUrl()).isEmpty();
        assertThat(form.objections()).isEmpty();
    }

    @Test
    void a_dry_run_outlines_and_photographs_each_target_says_what_it_would_do_and_types_and_sends_nothing() {
        ScriptedPerson person = new ScriptedPerson();

        RunResult result = run(Mode.DRY_RUN, person, Map.of("country", "DE"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().mode()).isEqualTo("dry-run");
        List<StepRecord> steps = result.record().steps();
        int send = sendStep();
        assertThat(steps).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(steps).filteredOn(s -> s.n() < send && s.status() != StepStatus.SKIPPED)
                .allSatisfy(s -> assertThat(s.screenshot()).as("step %d", s.n()).isPresent());
        assertThat(engine.page.highlights()).contains("2 · wait-for <div> ", send + " · click <div> Send")
                .noneMatch(h -> h.contains("Decline"));
        assertThat(steps).filteredOn(s -> s.type().equals("select")).singleElement().satisfies(s ->
                assertThat(s.note()).hasValue("would choose \"Germany (DE)\" in 'Country where you live'"));
        assertThat(steps).filteredOn(s -> s.target().equals(Optional.of("reason"))).singleElement().satisfies(s ->
                assertThat(s.note().orElseThrow()).startsWith("would type \"I object to Meta using my personal "));
        assertThat(InMemoryRun.step(result, send).note()).hasValue("would click 'send' and send to www.facebook.com");
        assertThat(steps).filteredOn(s -> s.n() > send).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(StepStatus.WOULD_DO);
            assertThat(s.note().orElseThrow()).startsWith("comes after the send, so a dry run cannot reach it");
            assertThat(s.screenshot()).isEmpty();
        });
        assertThat(steps).filteredOn(s -> s.type().equals("ask")).singleElement().satisfies(s -> assertThat(s.note())
                .hasValue("comes after the send, so a dry run cannot reach it (only if code-prompt present)"));
        assertThat(engine.page.clicks()).as("the interrupt's click that only declines cookies still happens")
                .containsExactly("<button> Decline optional cookies");
        assertThat(steps).filteredOn(s -> s.note().orElse("").contains("the overlay 'cookie-dialog' showed: clicked "
                + "'decline-cookies'")).hasSize(1);
        assertThat(engine.page.keystrokes()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
        assertThat(person.transcript()).contains("(dry run: optout would ask \"Send this objection to Meta?\" here "
                + "and send nothing)");
    }
}
