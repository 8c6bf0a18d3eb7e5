package dev.optout.engine;

import dev.optout.page.Observation;
import dev.optout.page.Page;
import dev.optout.page.PagePrompt;
import dev.optout.page.PageSignals;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the page asks right after a send, before it answers: a second confirmation of the same send, which the
 * person's yes covers and optout answers with its affirmative button (never Cancel, and once per send, so the send
 * stays one send watched from before the first click); or a step only a person may do, which is theirs.
 */
final class SendFollowUps {

    /** A question about the send comes right after the click; a dialog later than this is something else. */
    static final Duration RIGHT_AFTER = Duration.ofSeconds(5);

    private final Page page;
    private final OriginGuard origins;
    private final Person person;
    private final Clock clock;
    private final boolean packExpectsCode;
    /** The sends whose second confirmation optout answered: never twice. */
    private final Set<SendWatch> answered = Collections.newSetFromMap(new IdentityHashMap<>());

    SendFollowUps(Page page, OriginGuard origins, Person person, Clock clock, boolean packExpectsCode) {
        this.page = page;
        this.origins = origins;
        this.person = person;
        this.clock = clock;
        this.packExpectsCode = packExpectsCode;
    }

    /**
     * Looks at what the page newly asks since the send, when it shows a new dialog or a new field: answers a second
     * confirmation, or hands a step only a person may do to them.
     *
     * @return whether optout answered a second confirmation just now: the page is changing
     * @throws PersonStepMet when the page asks for a step only a person may do
     */
    boolean check(SendWatch watch, Observation now) {
        PageSignals before = watch.before().signals();
        Set<String> earlier = before.dialogs().stream().map(PageSignals.Dialog::text).collect(Collectors.toSet());
        boolean somethingNew = now.signals().dialogs().stream().anyMatch(d -> !earlier.contains(d.text()))
                || now.signals().openFields().stream().anyMatch(f -> !before.openFields().contains(f));
        if (!somethingNew) {
            return false;
        }
        List<PagePrompt> fresh = page.prompts().stream().filter(p -> !p.dialog() || !earlier.contains(p.text()))
                .toList();
        Optional<PagePrompt> personal = fresh.stream().filter(p -> PersonStep.recognises(p, packExpectsCode))
                .findFirst();
        if (personal.isPresent()) {
            throw new PersonStepMet(personal.get());
        }
        if (answered.contains(watch) || !AnswerJudge.formRequests(now.traffic()).isEmpty()
                || now.signals().form().shown() == 0
                || Duration.between(watch.at(), clock.instant()).compareTo(RIGHT_AFTER) > 0) {
            return false;
        }
        for (PagePrompt prompt : fresh) {
            Optional<PagePrompt.Button> yes = AffirmativeButton.of(prompt);
            if (yes.isPresent()) {
                answered.add(watch);
                // Part of the send: the host is checked as before the Send itself.
                origins.requireAllowed("send");
                page.click(yes.get().element());
                person.tell("Meta's page asked again about this send (\"" + watch.masked(prompt.inWords())
                        + "\"); optout answered \"" + yes.get().name() + "\": your yes covers it, and it is still "
                        + "one send.");
                return true;
            }
        }
        return false;
    }
}
