package dev.optout.engine;

import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import dev.optout.pack.StepVisitor;

/** Each step type's executor for one run; a step type without one does not compile. */
final class StepExecutors implements StepVisitor<StepResult> {

    private final OpenExecutor open;
    private final WaitForExecutor waitFor;
    private final ClickExecutor click;
    private final FillExecutor fill;
    private final SelectExecutor select;
    private final CheckExecutor check;
    private final PressExecutor press;
    private final ConfirmExecutor confirm;
    private final WaitForPersonExecutor waitForPerson;
    private final AskExecutor ask;
    private final VerifyExecutor verify;

    StepExecutors(RunParts run, Pack pack) {
        FormParts parts = new FormParts(pack, run.finder(), run.page(), run.origins(), run.readBack(), run.outbox(),
                run.state(), run.settings().mode() == Mode.DRY_RUN);
        open = new OpenExecutor(run.page(), run.origins());
        waitFor = new WaitForExecutor(run.answer(), run.timeouts(), run.effects(), parts);
        click = new ClickExecutor(run.finder(), run.timeouts(), run.effects(), run.origins(), run.waiter(),
                run.page(), run.tabs());
        // Only the person at their own terminal reads a shortened text in full: --yes means nobody is there.
        fill = new FillExecutor(run.values(), run.finder(), run.timeouts(), run.effects(), run.writer(),
                run.outbox(), new LengthLimit(run.person(),
                        !run.settings().assumeYes() && run.settings().valuesInFull()), parts);
        select = new SelectExecutor(run.values(), run.finder(), run.timeouts(), run.effects(), run.writer(),
                run.typeahead(), run.outbox(), run.page(), run.language(),
                new SelectOnlyCombobox(new SingleAction(run.finder(), run.waiter()), run.page()), parts);
        check = new CheckExecutor(run.finder(), run.timeouts(), run.effects(), run.origins(),
                new ChoiceToggle(new SingleAction(run.finder(), run.waiter()), run.page()));
        press = new PressExecutor(run.finder(), run.timeouts(), run.effects(), run.origins(), run.page());
        confirm = new ConfirmExecutor(run.effects(), run.origins(), run.readBack(), run.evidence(), run.summary(),
                run.person(), run.state(), run.settings().assumeYes(),
                new UnknownRequiredFields(run.page(), run.finder(), run.writer(), run.outbox(), run.person(),
                        run.settings().assumeYes(), run.language()));
        waitForPerson = new WaitForPersonExecutor(run.finder(), run.person(), run.language(),
                run.settings().personTimeout(), run.settings().personAtTheBrowser());
        ask = new AskExecutor(run.values(), run.person(), run.effects());
        verify = new VerifyExecutor(run.answer(), run.timeouts(), run.effects());
    }

    @Override
    public StepResult visit(Step.Open step) {
        return open.run(step);
    }

    @Override
    public StepResult visit(Step.WaitFor step) {
        return waitFor.run(step);
    }

    @Override
    public StepResult visit(Step.Click step) {
        return click.run(step);
    }

    @Override
    public StepResult visit(Step.Fill step) {
        return fill.run(step);
    }

    @Override
    public StepResult visit(Step.Select step) {
        return select.run(step);
    }

    @Override
    public StepResult visit(Step.Check step) {
        return check.check(step);
    }

    @Override
    public StepResult visit(Step.Uncheck step) {
        return check.uncheck(step);
    }

    @Override
    public StepResult visit(Step.Press step) {
        return press.run(step);
    }

    @Override
    public StepResult visit(Step.Confirm step) {
        return confirm.run(step);
    }

    @Override
    public StepResult visit(Step.WaitForPerson step) {
        return waitForPerson.run(step);
    }

    @Override
    public StepResult visit(Step.Ask step) {
        return ask.run(step);
    }

    @Override
    public StepResult visit(Step.Verify step) {
        return verify.run(step);
    }
}
