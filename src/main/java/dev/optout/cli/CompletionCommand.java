package dev.optout.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code optout completion bash|zsh}: a shell completion script for the whole command tree, pack ids included.
 * Picocli writes one script for both shells: in zsh it loads {@code bashcompinit} and runs as bash completion, so
 * both shells print the same text; the choice is there so the command reads as what the person asked for.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a completion script for bash or zsh; pack ids complete after 'run', 'plan', 'check' "
                + "and 'fix'.",
            "bash: source <(optout completion bash), or save it as "
                    + "~/.local/share/bash-completion/completions/optout",
            "zsh:  source <(optout completion zsh) in ~/.zshrc (the script loads compinit and bashcompinit)",
            "The script knows the packs there are when it is made: make it again after adding your own."})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("optout", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
