package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The rules on the order of a pack's expanded steps. Submits only after a confirm; a click or key press after values
 * were filled says whether it sends them (a pack must not be able to send by leaving the label off); nothing touches
 * a page before it is opened, though an open may be guarded by the page it finds (a path pack may have reached the
 * form already). An included pack passed these checks on its own, so only the pack's own steps, its fragments'
 * included, can break them here.
 */
final class StepOrder {

    /**
     * A step of the expanded list, with where it is written: in the pack's file or in a library's fragment
     * ({@code site} places errors in that file, at {@code pointer}). An included pack's step is placed at the include
     * and is not the pack's own.
     */
    record PlacedStep(Step step, Problems site, String pointer, JsonNode node, boolean own) {
    }

    private StepOrder() {
    }

    static void check(List<PlacedStep> steps) {
        boolean confirmed = false;
        boolean opened = false;
        boolean filled = false;
        for (PlacedStep placed : steps) {
            Step step = placed.step();
            if (placed.own()) {
                Problems site = placed.site();
                if (filled && (step instanceof Step.Click || step instanceof Step.Press)
                        && !placed.node().has("submits")) {
                    site.atKey(Pointers.child(placed.pointer(), step.type()), "this " + step.type() + " comes "
                            + "after values were filled: say submits: true if it sends them, submits: false if it "
                            + "does not");
                }
                if (step.common().submits() && !confirmed) {
                    site.atKey(Pointers.child(placed.pointer(), "submits"), "this step submits, but no confirm "
                            + "step comes before it; add a confirm step so the person says yes before anything is sent");
                }
                boolean touchesPage = !step.targets().isEmpty()
                        || step.common().when().isPresent() && !(step instanceof Step.Open);
                if (touchesPage && !opened) {
                    site.atKey(Pointers.child(placed.pointer(), step.type()),
                            "this step looks at the page before any open step; start the pack with an open step");
                }
            }
            confirmed |= step instanceof Step.Confirm;
            opened |= step instanceof Step.Open;
            filled |= step instanceof Step.Fill || step instanceof Step.Select || step instanceof Step.Check
                    || step instanceof Step.Uncheck;
        }
    }
}
