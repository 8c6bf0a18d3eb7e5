package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Reads what a pack or a library says about the page beyond its steps: {@code interrupts} (overlays and how to
 * dismiss them) and {@code errors} (targets that show the page's failure message). Every target they name must be
 * defined, which the caller checks through {@code requireTarget}.
 */
final class OverlayReader {

    private final Problems problems;
    private final BiConsumer<String, String> requireTarget;

    /** @param requireTarget reports a target name (first) that is not defined, at a pointer (second) */
    OverlayReader(Problems problems, BiConsumer<String, String> requireTarget) {
        this.problems = problems;
        this.requireTarget = requireTarget;
    }

    List<Interrupt> interrupts(JsonNode list) {
        List<Interrupt> interrupts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            interrupt(list.get(i), Pointers.child("/interrupts", i)).ifPresent(interrupts::add);
        }
        return interrupts;
    }

    List<String> errorTargets(JsonNode list) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = Pointers.child("/errors", i);
            PackBuilder.text(list.get(i)).ifPresent(name -> {
                requireTarget.accept(name, pointer);
                names.add(name);
            });
        }
        return names;
    }

    private Optional<Interrupt> interrupt(JsonNode node, String pointer) {
        Optional<String> when = PackBuilder.text(node.get("when"));
        Optional<String> click = PackBuilder.text(node.get("click"));
        Optional<String> press = PackBuilder.text(node.get("press"));
        if (!node.isObject() || when.isEmpty()) {
            return Optional.empty();
        }
        if (click.isPresent() == press.isPresent()) {
            problems.at(pointer, click.isPresent()
                    ? "an interrupt does one thing: give it click or press, not both"
                    : "an interrupt needs what dismisses the overlay: click: TARGET or press: KEY");
            return Optional.empty();
        }
        requireTarget.accept(when.get(), Pointers.child(pointer, "when"));
        click.ifPresent(target -> requireTarget.accept(target, Pointers.child(pointer, "click")));
        return Optional.of(new Interrupt(when.get(), click, press));
    }
}
