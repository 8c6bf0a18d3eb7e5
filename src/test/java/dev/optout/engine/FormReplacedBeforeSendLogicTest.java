package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form re-rendered between the read-back before the send and the click (React re-mounting it, values gone): the
 * click never goes to a button of the new, empty form. The gate reads the new form back, writes what it lost, and
 * clicks its button; a form that never settles is not sent at all.
 */
class FormReplacedBeforeSendLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final String CANARY = "canary+7f3@example.test";

    private static final Pack PACK = InMemoryRun.emailForm(FORM, "{label: Email address}");

    @TempDir
    Path reports;

    private InMemoryRun engine;

    @BeforeEach
    void a_form_with_one_field() {
        engine = new InMemoryRun(reports);
        FakeElement send = FakeElement.button("Send");
        send.onClick(() -> engine.page.submit("objection"));
        engine.page.route(FORM, page -> page.show(FakeElement.textbox("Email address").field("email"), send));
    }

    /** The page re-mounts the form right before the first {@code times} clicks on its Send button. */
    private void remountsBeforeClickingSend(int times) {
        int[] left = {times};
        engine.page.beforeEachClick(clicked -> {
            if (clicked.toString().equals("<button> Send") && left[0]-- > 0) {
                engine.page.remount();
            }
        });
    }

    private RunResult live() {
        return engine.run(PACK, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("email", CANARY));
    }

    @Test
    void the_new_form_gets_the_value_again_and_its_own_button_sends_it_once() {
        remountsBeforeClickingSend(1);

        RunResult result = live();

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(sent -> assertThat(sent).containsEntry("email", CANARY));
    }

    @Test
    void a_form_replaced_before_every_click_is_never_sent_and_the_run_says_why() {
        remountsBeforeClickingSend(Integer.MAX_VALUE);

        RunResult result = live();

        assertThat(engine.page.submissions()).isEmpty();
        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValueSatisfying(message -> assertThat(message)
                .contains("the page replaced the form 3 times right before the send").contains("Nothing was sent")
                .doesNotContain(CANARY));
        assertThat(result.sentSomething()).isFalse();
    }
}
