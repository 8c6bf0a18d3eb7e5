package dev.optout.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Real pages' noise around a form on an {@link InMemoryPage}, the same for the same seed (as the replica's
 * {@code --noise SEED} is in a browser): live regions rendered empty from the start, hidden ones with stale text,
 * visually hidden copies of the labels, a hidden disabled Send, and an aria-hidden copy of the whole form placed
 * before the real one. None of it is anything a person sees or uses.
 */
final class PageNoise {

    private final long seed;

    PageNoise(long seed) {
        this.seed = seed;
    }

    /**
     * Shows {@code form} on {@code page} with the noise around it. {@code decoy} hears of every click, keystroke
     * and choice that reaches the aria-hidden copy.
     */
    void around(InMemoryPage page, List<FakeElement> form, Consumer<String> decoy) {
        Random random = new Random(seed);
        List<FakeElement> before = new ArrayList<>();
        List<FakeElement> after = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            (random.nextBoolean() ? before : after).add(FakeElement.of("div").role(random.nextBoolean() ? "alert"
                    : "status"));
        }
        (random.nextBoolean() ? before : after).add(FakeElement.of("div").role("alert")
                .text("Something went wrong. Please try again later.").hidden());
        for (FakeElement field : form) {
            if (field.label != null && random.nextBoolean()) {
                (random.nextBoolean() ? before : after).add(FakeElement.of("span").text(field.label));
            }
        }
        if (random.nextBoolean()) {
            after.add(FakeElement.of("div").role("button").text("Send").hidden().disabled());
        }
        if (random.nextInt(4) > 0) {
            form.forEach(field -> before.add(decoyCopy(field, decoy)));
        }
        Collections.shuffle(before, random);
        Collections.shuffle(after, random);
        page.show(before.toArray(FakeElement[]::new));
        page.show(form.toArray(FakeElement[]::new));
        page.show(after.toArray(FakeElement[]::new));
    }

    private static FakeElement decoyCopy(FakeElement field, Consumer<String> decoy) {
        FakeElement copy = field.remounted().ariaHidden();
        copy.field = null;
        copy.onClick = () -> decoy.accept("clicked " + copy);
        copy.onEdit = () -> decoy.accept("edited " + copy);
        return copy;
    }
}
