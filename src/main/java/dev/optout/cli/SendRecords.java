package dev.optout.cli;

import dev.optout.engine.Mode;
import dev.optout.engine.OriginMap;
import dev.optout.engine.RunResult;
import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import dev.optout.report.Outcome;
import dev.optout.report.RunRecord;
import dev.optout.report.SendLedger;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The send ledger as runs use it: before a live run, the earlier send to the same form that it would repeat; after
 * it, what it sent, however it ended. One ledger per data folder, keyed by what was sent to ({@link SendTargets}).
 */
final class SendRecords {

    private final SendLedger ledger;

    SendRecords(UserFolders folders) {
        this.ledger = new SendLedger(folders.data().resolve("sent.jsonl"));
    }

    /** The latest send from this profile to what this pack sends to, which a live run of it would repeat. */
    Optional<SendLedger.Entry> earlier(Pack pack, OriginMap originMap, Path profile) {
        Set<String> targets = SendTargets.of(pack);
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        return ledger.lastSendTo(targets, profile, via(originMap),
                id -> id.equals(pack.id()) ? targets : targetsOfBundled(id));
    }

    /**
     * Records a live run, however it ended, for the history: the sends it made, and the one under way when it was
     * interrupted, which may have reached Meta; a run that sent nothing is a line too, which never stops a repeat.
     * Dry runs and demos are not recorded.
     */
    void keep(RunWorkflow.PreparedRun prepared, RunRecord record, Optional<Integer> sendingStep, Path profile) {
        keep(prepared, record, sendingStep, profile, true);
    }

    private void keep(RunWorkflow.PreparedRun prepared, RunRecord record, Optional<Integer> sendingStep, Path profile,
                      boolean anySent) {
        Set<String> sent = new LinkedHashSet<>(anySent ? SendTargets.sentBy(prepared.pack(), record) : Set.of());
        sendingStep.map(SendTargets.byStep(prepared.pack())::get).ifPresent(sent::add);
        if (prepared.settings().mode() == Mode.LIVE) {
            ledger.record(record, sent, profile, via(prepared.originMap()), prepared.report().folder());
        }
    }

    /**
     * Records a live run that ended by itself. A send whose click reached the page counts even when its step failed
     * afterwards (Meta's page answered with an error, or with nothing): it may have reached Meta. A send Meta's page
     * refused before anything was accepted does not: the run sent nothing, and a rerun is no repeat.
     */
    void keepFinished(RunWorkflow.PreparedRun prepared, RunResult result, Path profile) {
        if (!result.sentSomething()) {
            keep(prepared, result.record(), Optional.empty(), profile, false);
            return;
        }
        Optional<Integer> failedSend = Optional.empty();
        if (result.sentSomething() && SendTargets.sentBy(prepared.pack(), result.record()).isEmpty()) {
            Map<Integer, String> targets = SendTargets.byStep(prepared.pack());
            failedSend = result.record().steps().stream()
                    .filter(s -> s.status() == StepStatus.FAILED && targets.containsKey(s.n()))
                    .map(StepRecord::n).findFirst();
        }
        keep(prepared, result.record(), failedSend, profile);
    }

    static String describe(SendLedger.Entry earlier) {
        String what = earlier.sends().isEmpty() ? earlier.pack()
                : String.join(", ", earlier.sends()) + " (with " + earlier.pack() + ")";
        String when = " on " + earlier.at().toString().substring(0, 10) + " (outcome " + earlier.outcome()
                + ", report " + earlier.report() + ")";
        return earlier.outcome().equals(Outcome.CONFIRMED.jsonName())
                ? "this profile already sent " + what + when
                : "this profile already tried to send " + what + when + ", and it may have reached Meta";
    }

    /** What a bundled pack sends to: how a ledger line written before sends were keyed by it is read. */
    private static Set<String> targetsOfBundled(String packId) {
        return PackRepository.bundledOnly().byId(packId).map(SendTargets::of).orElse(Set.of());
    }

    /** Where the sends really go: Meta's hosts (empty) or the loopback replicas standing in for them. */
    private static String via(OriginMap originMap) {
        return String.join(" ", new TreeSet<>(originMap.entries().values().stream().map(Object::toString).toList()));
    }
}
