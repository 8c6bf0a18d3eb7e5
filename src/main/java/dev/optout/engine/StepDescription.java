package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.pack.StepVisitor;

/** A step in words, the same for {@code plan}, the progress lines and the reports' failure sentences. */
public final class StepDescription {

    private static final StepVisitor<String> WORDS = new Words();
    private static final StepVisitor<String> DETAILS = new Details();

    private StepDescription() {
    }

    /** The pack's own name for the step, else what it does, e.g. "click send" or "open https://…". */
    public static String of(Step step) {
        return step.common().label().orElseGet(() -> step.accept(WORDS));
    }

    /**
     * The step as {@code plan} lists it: its words, the value or question it carries, and whether it is guarded,
     * optional or sends.
     */
    public static String inDetail(Step step) {
        StringBuilder text = new StringBuilder(of(step)).append(step.accept(DETAILS));
        step.common().when().ifPresent(guard -> text.append("  [only if ").append(guard).append(']'));
        if (step.common().optional()) {
            text.append("  [optional]");
        }
        if (step.common().submits()) {
            text.append("  [SENDS]");
        }
        return text.toString();
    }

    private static String typeAndTargets(Step step) {
        return step.type() + " " + String.join(" / ", step.targets());
    }

    /** What a step does, when the pack gives it no name. */
    private static final class Words implements StepVisitor<String> {
        @Override
        public String visit(Step.Open step) {
            return "open " + step.url();
        }

        @Override
        public String visit(Step.WaitFor step) {
            return typeAndTargets(step);
        }

        @Override
        public String visit(Step.Click step) {
            return typeAndTargets(step);
        }

        @Override
        public String visit(Step.Fill step) {
            return typeAndTargets(step);
        }

        @Override
        public String visit(Step.Select step) {
            return typeAndTargets(step);
        }

        @Override
        public String visit(Step.Check step) {
            return typeAndTargets(step);
        }

        @Override
        public String visit(Step.Press step) {
            return "press " + step.key() + step.target().map(t -> " in " + t).orElse("");
        }

        @Override
        public String visit(Step.Confirm step) {
            return "confirm with you";
        }

        @Override
        public String visit(Step.WaitForPerson step) {
            return "wait for you";
        }

        @Override
        public String visit(Step.Ask step) {
            return "ask for " + step.input();
        }

        @Override
        public String visit(Step.Verify step) {
            return typeAndTargets(step);
        }
    }

    /** What {@code plan} adds to the words: the value a step puts in, the question it asks, what it waits for. */
    private static final class Details implements StepVisitor<String> {
        @Override
        public String visit(Step.Open step) {
            return "";
        }

        @Override
        public String visit(Step.WaitFor step) {
            return "";
        }

        @Override
        public String visit(Step.Click step) {
            return "";
        }

        @Override
        public String visit(Step.Fill step) {
            return " ← " + step.value().raw();
        }

        @Override
        public String visit(Step.Select step) {
            return " ← " + step.value().raw();
        }

        @Override
        public String visit(Step.Check step) {
            return "";
        }

        @Override
        public String visit(Step.Press step) {
            return "";
        }

        @Override
        public String visit(Step.Confirm step) {
            return ": \"" + step.message() + "\" (nothing is sent before your yes)";
        }

        @Override
        public String visit(Step.WaitForPerson step) {
            return " until " + String.join(" or ", step.until());
        }

        @Override
        public String visit(Step.Ask step) {
            return "";
        }

        @Override
        public String visit(Step.Verify step) {
            return "";
        }
    }
}
