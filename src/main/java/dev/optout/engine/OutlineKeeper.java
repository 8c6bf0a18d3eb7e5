package dev.optout.engine;

import dev.optout.page.Page;
import dev.optout.page.PageException;
import dev.optout.report.ReportWriter;
import java.util.Map;

/**
 * When a target is missing, the report folder gets the page's outline ({@code outline.json}) for a breakage report,
 * once per run, and {@code --verbose} prints it. Best effort: a page that cannot be outlined takes nothing away.
 */
final class OutlineKeeper {

    private final Page page;
    private final ReportWriter report;
    private final RunListener listener;
    private boolean kept;

    OutlineKeeper(Page page, ReportWriter report, RunListener listener) {
        this.page = page;
        this.report = report;
        this.listener = listener;
    }

    void keep(String language) {
        if (kept) {
            return;
        }
        try {
            Map<String, Object> outline = PageOutline.of(page, language);
            report.writeOutline(outline);
            kept = true;
            listener.pageOutline(PageOutline.text(outline));
        } catch (PageException | java.io.UncheckedIOException unavailable) {
            // The failure itself is what the person must read; a missing outline only makes a report poorer.
        }
    }
}
