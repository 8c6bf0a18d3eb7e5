package dev.optout.cli;

import dev.optout.pack.Origin;
import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import dev.optout.report.RunRecord;
import dev.optout.report.StepStatus;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a pack's sends go to, as the send ledger keys them: a submitting step's {@code sends} id, else the origin and
 * path of the page the pack opened last before it (Meta's address, whatever stands in for it; the pack's id when it
 * opens none). Every pack that includes or uses the same form thus keys its send alike, and all of it is known before
 * a browser starts.
 */
final class SendTargets {

    private SendTargets() {
    }

    /** Each submitting step's number and what it sends to, in step order. */
    static Map<Integer, String> byStep(Pack pack) {
        Map<Integer, String> targets = new LinkedHashMap<>();
        String page = "pack:" + pack.id();
        for (Step step : pack.steps()) {
            if (step instanceof Step.Open open) {
                page = originAndPath(open.url()).orElse(page);
            }
            if (step.common().submits()) {
                targets.put(step.number(), step.common().sends().orElse(page));
            }
        }
        return targets;
    }

    /** Everything the pack can send to. */
    static Set<String> of(Pack pack) {
        return new LinkedHashSet<>(byStep(pack).values());
    }

    /** What this run sent to: the targets of its submitting steps that were done. */
    static Set<String> sentBy(Pack pack, RunRecord run) {
        Map<Integer, String> targets = byStep(pack);
        Set<String> sent = new LinkedHashSet<>();
        run.steps().stream().filter(s -> s.status() == StepStatus.DONE && targets.containsKey(s.n()))
                .forEach(s -> sent.add(targets.get(s.n())));
        return sent;
    }

    private static Optional<String> originAndPath(String url) {
        try {
            URI uri = URI.create(url);
            return Origin.of(uri).map(origin -> origin + (uri.getRawPath() == null ? "" : uri.getRawPath()));
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }
}
