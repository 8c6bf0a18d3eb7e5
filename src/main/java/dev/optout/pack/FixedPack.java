package dev.optout.pack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pack with the person's fixes put first in its targets' locator lists. A fix for a target the pack no longer has
 * (a bundled pack was upgraded and renamed it) is not applied and is reported, naming the file.
 */
public record FixedPack(Pack pack, List<Fix> applied, List<String> warnings, Path file) {

    public FixedPack {
        applied = List.copyOf(applied);
        warnings = List.copyOf(warnings);
    }

    static FixedPack apply(Pack pack, List<Fix> fixes, Path file) {
        if (fixes.isEmpty()) {
            return new FixedPack(pack, List.of(), List.of(), file);
        }
        Map<String, Target> targets = new LinkedHashMap<>(pack.targets());
        List<Fix> applied = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        // The file lists the newest first, and that one must end up first: apply from the oldest.
        List<Fix> oldestFirst = new ArrayList<>(fixes);
        Collections.reverse(oldestFirst);
        for (Fix fix : oldestFirst) {
            Target target = targets.get(fix.target());
            if (target == null) {
                warnings.add(file + ": the fix for '" + fix.target() + "' is not applied: pack " + pack.id()
                        + " has no target '" + fix.target() + "' any more (remove it with optout fix --remove "
                        + pack.id() + " " + fix.target() + ")");
                continue;
            }
            List<Locator> locators = new ArrayList<>();
            locators.add(fix.locator());
            target.locators().stream().filter(l -> !l.equals(fix.locator())).forEach(locators::add);
            targets.put(fix.target(), new Target(fix.target(), locators));
            applied.add(0, fix);
        }
        Pack fixed = new Pack(pack.format(), pack.id(), pack.title(), pack.description(), pack.regions(),
                pack.origins(), pack.inputs(), targets, pack.steps(), pack.interrupts(), pack.errorTargets(),
                pack.source());
        return new FixedPack(fixed, applied, warnings, file);
    }
}
