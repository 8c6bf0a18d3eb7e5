package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.pack.StepVisitor;

/** A step in words, the same for {@code plan}, the progress lines and the reports' failure sentences. */
public final class StepDescription {

    private static final StepVisitor<Words> WORDS = new InWords();

    private StepDescription() {
    }

    /** The pack's own name for the step, else what it does, e.g. "click send" or "open https://…". */
    public static String of(Step step) {
        return step.common().label().orElseGet(() -> step.accept(WORDS).what());
    }

    /**
     * The step as {@code plan} lists it: its words, the value or question it carries, and whether it is guarded,
     * optional or sends.
     */
    public static String inDetail(Step step) {
        StringBuilder text = new StringBuilder(of(step)).append(step.accept(WORDS).detail());
        step.common().when().ifPresent(guard -> text.append("  [only if ").append(guard).append(']'));
        if (step.common().optional()) {
            text.append("  [optional]");
        }
        if (step.common().submits()) {
            text.append("  [SENDS]");
        }
        return text.toString();
    }

    /**
     * @param what   what the step does, when the pack gives it no name
     * @param detail what {@code plan} adds: the value a step puts in, the question it asks, what it waits for
     */
    private record Words(String what, String detail) {

        static Words ofTargets(Step step) {
            return new Words(step.type() + " " + String.join(" / ", step.targets()), "");
        }
    }

    private static final class InWords implements StepVisitor<Words> {
        @Override
        public Words visit(Step.Open step) {
            return new Words("open " + step.url(), "");
        }

        @Override
        public Words visit(Step.WaitFor step) {
            return Words.ofTargets(step);
        }

        @Override
        public Words visit(Step.Click step) {
            return Words.ofTargets(step);
        }

        @Override
        public Words visit(Step.Fill step) {
            return new Words(Words.ofTargets(step).what(), " ← " + step.value().raw());
        }

        @Override
        public Words visit(Step.Select step) {
            return new Words(Words.ofTargets(step).what(), " ← " + step.value().raw());
        }

        @Override
        public Words visit(Step.Check step) {
            return Words.ofTargets(step);
        }

        @Override
        public Words visit(Step.Uncheck step) {
            return Words.ofTargets(step);
        }

        @Override
        public Words visit(Step.Press step) {
            return new Words("press " + step.key() + step.target().map(t -> " in " + t).orElse(""), "");
        }

        @Override
        public Words visit(Step.Confirm step) {
            return new Words("confirm with you", ": \"" + step.message() + "\" (nothing is sent before your yes)");
        }

        @Override
        public Words visit(Step.WaitForPerson step) {
            return new Words("wait for you", " until " + String.join(" or ", step.until()));
        }

        @Override
        public Words visit(Step.Ask step) {
            return new Words("ask for " + step.input(), "");
        }

        @Override
        public Words visit(Step.Verify step) {
            return Words.ofTargets(step);
        }
    }
}
