package dev.optout.pack;

import java.util.List;
import java.util.Optional;

/**
 * One step of a pack. The set is closed: a pack naming any other step type is rejected at load.
 * Each record's {@link #type()} is the key that introduces it in YAML.
 */
public sealed interface Step {

    StepCommon common();

    /** The YAML key of this step type, e.g. {@code wait-for}. */
    String type();

    /** The targets this step acts on or waits for, in order; empty for steps without one. */
    List<String> targets();

    default int number() {
        return common().number();
    }

    /** Hands this step to the visitor's method for its type. */
    <R> R accept(StepVisitor<R> visitor);

    /** The same step with other common parts; how an included step gets its number in the including pack. */
    Step withCommon(StepCommon common);

    default Step withNumber(int number) {
        return withCommon(common().withNumber(number));
    }

    /** Loads a URL (one of the pack's origins, or its local mapping). */
    record Open(StepCommon common, String url) implements Step {
        public String type() { return "open"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new Open(common, url); }
        public List<String> targets() { return List.of(); }
    }

    /** Waits until any of the targets is present. */
    record WaitFor(StepCommon common, List<String> anyOf) implements Step {
        public WaitFor { anyOf = List.copyOf(anyOf); }
        public String type() { return "wait-for"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new WaitFor(common, anyOf); }
        public List<String> targets() { return anyOf; }
    }

    record Click(StepCommon common, String target) implements Step {
        public String type() { return "click"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new Click(common, target); }
        public List<String> targets() { return List.of(target); }
    }

    /** Replaces a text field's value. Skipped when the value refers to an input that has no value. */
    record Fill(StepCommon common, String target, ValueTemplate value) implements Step {
        public String type() { return "fill"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new Fill(common, target, value); }
        public List<String> targets() { return List.of(target); }
    }

    /** Chooses an option of a {@code <select>}; a country input is matched by its display name. */
    record Select(StepCommon common, String target, ValueTemplate value) implements Step {
        public String type() { return "select"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new Select(common, target, value); }
        public List<String> targets() { return List.of(target); }
    }

    /**
     * Ticks a checkbox or switch, picks a radio button, selects an option or menu item: native or ARIA, left alone
     * when it is ticked already.
     */
    record Check(StepCommon common, String target) implements Step {
        public String type() { return "check"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new Check(common, target); }
        public List<String> targets() { return List.of(target); }
    }

    /** Unticks a checkbox or switch (native or ARIA), left alone when it is unticked already. */
    record Uncheck(StepCommon common, String target) implements Step {
        public String type() { return "uncheck"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new Uncheck(common, target); }
        public List<String> targets() { return List.of(target); }
    }

    /** Presses a key (Selenium key name such as {@code Enter} or {@code Escape}), in a target or the page. */
    record Press(StepCommon common, String key, Optional<String> target) implements Step {
        public String type() { return "press"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new Press(common, key, target); }
        public List<String> targets() { return target.stream().toList(); }
    }

    /** Asks the person yes or no, after listing what the following submit will send. */
    record Confirm(StepCommon common, String message) implements Step {
        public String type() { return "confirm"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new Confirm(common, message); }
        public List<String> targets() { return List.of(); }
    }

    /**
     * Tells the person what to do in the browser, then waits until any {@code until} target is present; with no
     * {@code until}, until they press Enter in the terminal (for things the page cannot show, like an attachment).
     */
    record WaitForPerson(StepCommon common, String message, List<String> until) implements Step {
        public WaitForPerson { until = List.copyOf(until); }
        public String type() { return "wait-for-person"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new WaitForPerson(common, message, until); }
        public List<String> targets() { return until; }
    }

    /** Prompts the person for an input's value, e.g. the emailed code. */
    record Ask(StepCommon common, String input, String message) implements Step {
        public String type() { return "ask"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new Ask(common, input, message); }
        public List<String> targets() { return List.of(); }
    }

    /** The success condition: any of the targets present. */
    record Verify(StepCommon common, List<String> anyOf) implements Step {
        public Verify { anyOf = List.copyOf(anyOf); }
        public String type() { return "verify"; }
        public <R> R accept(StepVisitor<R> visitor) { return visitor.visit(this); }
        public Step withCommon(StepCommon common) { return new Verify(common, anyOf); }
        public List<String> targets() { return anyOf; }
    }
}
