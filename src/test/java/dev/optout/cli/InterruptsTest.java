package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signal handling's own rules, in-process; {@link SignalsTest} sends real signals to a real tool. */
class InterruptsTest {

    @Test
    void a_signal_runs_the_registered_stops_innermost_first_then_exits_with_its_code() {
        List<String> happened = new ArrayList<>();
        Interrupts interrupts = new Interrupts(code -> happened.add("exit " + code));
        Interrupts.Registration demo = interrupts.whileRunning(signal -> happened.add("remove the demo profile"));
        Interrupts.Registration run = interrupts.whileRunning(signal -> happened.add("stop the browser on "
                + signal.signalName()));
        Interrupts.Registration closed = interrupts.whileRunning(signal -> happened.add("a prompt long over"));
        closed.close();

        interrupts.deliver(Interrupts.Kind.TERM);

        assertThat(happened).containsExactly("stop the browser on SIGTERM", "remove the demo profile", "exit 143");
        assertThat(interrupts.received()).isTrue();
        run.close();
        demo.close();
    }

    @Test
    void a_stop_that_fails_does_not_keep_the_others_from_running_nor_the_exit() {
        List<String> happened = new ArrayList<>();
        Interrupts interrupts = new Interrupts(code -> happened.add("exit " + code));
        interrupts.whileRunning(signal -> happened.add("remove the demo profile"));
        interrupts.whileRunning(signal -> {
            throw new IllegalStateException("the browser would not stop");
        });

        interrupts.deliver(Interrupts.Kind.INT);

        assertThat(happened).containsExactly("remove the demo profile", "exit 130");
    }

    @Test
    void help_lists_both_signal_exit_codes() {
        CliHarness.Result help = new CliHarness(java.nio.file.Path.of("unused")).run("--help");

        assertThat(help.out()).contains("  130   interrupted by Ctrl-C (SIGINT)")
                .contains("  143   stopped by SIGTERM");
    }
}
