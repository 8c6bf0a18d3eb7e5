package dev.optout.report;

import java.util.Optional;

/**
 * One step as it ran.
 *
 * @param target     the target it acted on or found, if any
 * @param matched    the locator that found it, as written in reports ({@code role=button name="Send"})
 * @param note       why it was skipped or failed, or what it would have done; personal values masked
 * @param screenshot file name of the screenshot taken at this step, relative to the report folder
 */
public record StepRecord(int n, String type, Optional<String> target, StepStatus status, Optional<String> matched,
                         long ms, Optional<String> note, Optional<String> screenshot) {
}
