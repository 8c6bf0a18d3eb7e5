package dev.optout.cli;

import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import java.io.PrintWriter;
import java.util.List;

/**
 * Finds out, before anything is asked, whether the browser can show a window. Without a display, packs that never
 * need the person in the browser run headless with a note; packs that may (a login wall, a file to attach: any
 * wait-for-person step, whatever guards it) stop at once with what to do instead, unless the person chose
 * {@code --headless} (or {@code --attach}: their own browser shows its own window).
 */
final class DisplayCheck {

    private DisplayCheck() {
    }

    /** Sets {@code browser} headless when it must and may be; throws (exit 6) when the packs may need a window. */
    static void apply(Console console, BrowserOptions browser, List<Pack> packs, PrintWriter out) {
        if (console.displayAvailable() || browser.headless || browser.attach != null) {
            return;
        }
        List<String> needingYou = packs.stream().filter(DisplayCheck::mayNeedYou).map(Pack::id).toList();
        if (needingYou.isEmpty()) {
            browser.headless = true;
            out.println("No display: running the browser headless (" + (packs.size() == 1 ? "this pack never needs"
                    : "these packs never need") + " you in the browser).");
            out.flush();
            return;
        }
        String which = needingYou.size() <= 3 ? String.join(", ", needingYou) : "the packs it may run";
        throw new UserError(ExitCodes.BROWSER_UNAVAILABLE, "no display: log in once with `optout browser start` on "
                + "a desktop, then use `--attach` (" + which + " may need you in the browser, to log in or attach a "
                + "file); pass --headless if this profile is logged in already");
    }

    /** Whether a pack has a step where the person may have to act in the browser window. */
    static boolean mayNeedYou(Pack pack) {
        return pack.steps().stream().anyMatch(step -> step instanceof Step.WaitForPerson);
    }
}
