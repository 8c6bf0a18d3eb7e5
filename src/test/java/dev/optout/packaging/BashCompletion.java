package dev.optout.packaging;

import java.nio.file.Path;
import java.util.List;

/** What bash offers when a person presses TAB, asked of a completion script the way bash itself calls it. */
public final class BashCompletion {

    private BashCompletion() {
    }

    /**
     * Sources the script and calls the function it registered for {@code optout}, with the words typed so far (the
     * last one being completed).
     */
    public static List<String> offers(Path script, String... words) {
        String line = String.join(" ", words);
        String program = "source \"$1\"; shift\n"
                + "COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"" + line + "\"; "
                + "COMP_POINT=${#COMP_LINE}\n"
                + "function=$(complete -p optout | sed -n 's/.*-F \\([^ ]*\\).*/\\1/p')\n"
                + "\"$function\" optout \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        List<String> command = new java.util.ArrayList<>(List.of("bash", "-c", program, "completion-test",
                script.toString()));
        command.addAll(List.of(words));
        ProcessRun.Result result = ProcessRun.of(command).run();
        if (result.exitCode() != 0) {
            throw new AssertionError("bash could not run the completion script: " + result);
        }
        return result.out().lines().filter(offer -> !offer.isEmpty()).toList();
    }
}
