package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code optout replica --no-labels} strips the objection forms' labels; without it they keep them. */
class NoLabelsOptionTest {

    private static boolean noLabels(String... args) {
        ReplicaCommand command = new ReplicaCommand();
        new CommandLine(command).parseArgs(args);
        return command.scenario().noLabels();
    }

    @Test
    void the_flag_sets_the_knob_and_its_absence_leaves_the_labels() {
        assertThat(noLabels("--no-labels")).isTrue();
        assertThat(noLabels()).isFalse();
    }
}
