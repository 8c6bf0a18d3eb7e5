package dev.optout.cli;

import dev.optout.engine.StepDescription;
import dev.optout.pack.InputSpec;
import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout plan PACK}: what a run would do, in words, without a browser. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show a pack's steps in words, and the values it needs. Starts no browser.")
final class PlanCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK", completionCandidates = PackIds.class,
            description = "A pack id from 'optout list', or the path of a pack file.")
    String pack;

    @Mixin
    PackFolderOption packs;

    @Option(names = "--json", description = "Print the plan as JSON: the pack, its hosts, "
            + "inputs and steps.")
    boolean json;

    PlanCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Pack resolved = PackSource.resolve(console, packs.folder(console), pack);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.plan(resolved));
            return ExitCodes.OK;
        }
        out.println(resolved.id() + ": " + resolved.title());
        out.println("Regions: " + String.join(", ", resolved.regions()) + "    Hosts: "
                + String.join(", ", resolved.origins().stream().map(Object::toString).toList()));
        out.println();
        out.println("Values (--set NAME=VALUE):");
        for (InputSpec input : resolved.inputs().values().stream().sorted(Comparator.comparing(InputSpec::name))
                .toList()) {
            out.printf("  %-10s %-8s %s%s%s%n", input.name(), input.type().yamlName(),
                    input.required() ? "required" : "optional",
                    input.defaults().isPresent() ? ", has a default" : "", " — " + input.label());
        }
        out.println();
        out.println("Steps:");
        for (Step step : resolved.steps()) {
            out.printf("%3d. %s%n", step.number(), StepDescription.inDetail(step));
        }
        return ExitCodes.OK;
    }
}
