package dev.optout.pack;

/**
 * One method per step type, so that whatever must handle every step (running it, describing it) is checked by the
 * compiler: a new step type without its method does not compile.
 */
public interface StepVisitor<R> {

    R visit(Step.Open step);

    R visit(Step.WaitFor step);

    R visit(Step.Click step);

    R visit(Step.Fill step);

    R visit(Step.Select step);

    R visit(Step.Check step);

    R visit(Step.Uncheck step);

    R visit(Step.Press step);

    R visit(Step.Confirm step);

    R visit(Step.WaitForPerson step);

    R visit(Step.Ask step);

    R visit(Step.Verify step);
}
