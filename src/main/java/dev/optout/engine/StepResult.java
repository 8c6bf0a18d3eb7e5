package dev.optout.engine;

import dev.optout.page.Match;
import dev.optout.report.StepStatus;
import java.util.Optional;

/** What an executor reports about its step; the runner adds number, timing and screenshot. */
record StepResult(StepStatus status, Optional<String> target, Optional<String> matched, Optional<String> note) {

    static StepResult done(Match match) {
        return new StepResult(StepStatus.DONE, Optional.of(match.target()), Optional.of(match.described()),
                Optional.empty());
    }

    static StepResult done(String note) {
        return new StepResult(StepStatus.DONE, Optional.empty(), Optional.empty(), Optional.of(note));
    }

    static StepResult wouldDo(Optional<Match> match, String note) {
        return new StepResult(StepStatus.WOULD_DO, match.map(Match::target), match.map(Match::described),
                Optional.of(note));
    }

    static StepResult skipped(Optional<Match> match, String note) {
        return new StepResult(StepStatus.SKIPPED, match.map(Match::target), match.map(Match::described),
                Optional.of(note));
    }

    static StepResult failed(String note) {
        return new StepResult(StepStatus.FAILED, Optional.empty(), Optional.empty(), Optional.of(note));
    }

    StepResult withNote(String text) {
        return new StepResult(status, target, matched, Optional.of(text));
    }
}
