package dev.optout.engine;

import dev.optout.pack.Step.Confirm;
import java.util.List;

/**
 * The gate before anything is sent: reads the filled values back, shows the person exactly what will go where
 * (personal values masked), and asks. Only an explicit yes, or {@code --yes}, opens the gate.
 */
final class ConfirmExecutor implements StepExecutor<Confirm> {

    private final ReadBack readBack;

    ConfirmExecutor(ReadBack readBack) {
        this.readBack = readBack;
    }

    @Override
    public StepResult run(Confirm step, RunContext context) {
        if (context.dryRun()) {
            context.person.tell(summary(context) + "\n(dry run: optout would ask \"" + step.message()
                    + "\" here and send nothing)");
            return StepResult.wouldDo("would ask: " + step.message());
        }
        context.requireAllowedOrigin("send");
        readBack.ensureValuesStillOnPage(step, context);
        context.screenshot(step);
        String summary = summary(context);
        if (context.settings.assumeYes()) {
            context.person.tell(summary + "\n" + step.message() + " yes (--yes)");
        } else if (!context.person.confirm(summary + "\n" + step.message())) {
            throw new DeclinedException("you declined at step " + step.number() + "; nothing was sent");
        }
        context.confirm();
        return StepResult.done(context.settings.assumeYes() ? "confirmed by --yes" : "confirmed by you");
    }

    static String summary(RunContext context) {
        List<FilledField> fields = context.pending();
        StringBuilder text = new StringBuilder("optout will send this to ").append(context.currentHost()).append(':');
        int width = fields.stream().mapToInt(f -> Math.min(f.label().length(), 48)).max().orElse(0);
        for (FilledField field : fields) {
            String label = field.label().length() > 48 ? field.label().substring(0, 47) + "…" : field.label();
            text.append("\n  ").append(String.format("%-" + width + "s", label)).append("  ")
                    .append(shownValue(context, field));
        }
        return text.toString();
    }

    private static String shownValue(RunContext context, FilledField field) {
        if (field.kind() != FilledField.Kind.KEPT) {
            return Redaction.shown(field);
        }
        String onPage = context.finder.now(field.target())
                .map(m -> Waiter.once(() -> context.page.describe(m.element()).value()))
                .orElse("");
        if (onPage == null || onPage.isBlank()) {
            return "(left empty)";
        }
        String shown = field.input().map(spec -> Redaction.mask(spec, onPage)).orElse(onPage);
        return shown + " (as the page filled it in)";
    }
}
