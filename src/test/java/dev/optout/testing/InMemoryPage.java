package dev.optout.testing;

import dev.optout.pack.Locator;
import dev.optout.pack.LocatorKind;
import dev.optout.pack.Target;
import dev.optout.page.BrokenLocator;
import dev.optout.page.BrowserClosedException;
import dev.optout.page.DialogOpenException;
import dev.optout.page.Element;
import dev.optout.page.ElementCoveredException;
import dev.optout.page.ElementNotInteractableException;
import dev.optout.page.ElementStaleException;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Observation;
import dev.optout.page.PagePrompt;
import dev.optout.page.RequiredField;
import dev.optout.page.Page;
import dev.optout.page.PageElement;
import dev.optout.page.PageException;
import dev.optout.page.PageLoadTimeoutException;
import dev.optout.page.PageNotReadyException;
import dev.optout.page.PageSignals;
import dev.optout.page.Search;
import dev.optout.page.Traffic;
import dev.optout.page.TrafficMark;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A page the engine walks in milliseconds: the elements of the current document as {@link FakeElement}s, routes
 * that say what each URL shows, and time that passes only while the engine waits (so "appears three seconds later"
 * takes no real time). It can re-mount its elements (dropping their values), move to another URL by itself, open a
 * JavaScript dialog and lose the browser, and it counts what a server would receive: keystrokes and submissions.
 * It behaves as a browser with an open dialog does: every command but reading the dialog fails until it is answered.
 */
public final class InMemoryPage implements Page {

    /** A single PNG signature: enough for the report to store something per screenshot. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static final String TAB = "tab-1";

    private final VirtualClock clock = new VirtualClock(Instant.parse("2025-06-01T10:00:00Z"));
    private final Map<String, Consumer<InMemoryPage>> routes = new LinkedHashMap<>();
    private final List<Later> later = new ArrayList<>();
    private List<FakeElement> elements = new ArrayList<>();
    private String url = "about:blank";
    private String language = "en";
    private Optional<Dialog> dialog = Optional.empty();
    private boolean browserClosed;
    private boolean picking;
    private Optional<FakeElement> picked = Optional.empty();
    private int looks;
    private Consumer<FakeElement> beforeEachClick = clicked -> { };
    private Duration loadTime = Duration.ZERO;
    private Duration commandTime = Duration.ZERO;
    private Duration pageLoadLimit = Duration.ofSeconds(60);

    private final List<Map<String, String>> submissions = new ArrayList<>();
    /** What left the tab, each stamped with when it left: what observe() reports as the browser would. */
    private final List<Sent> traffic = new ArrayList<>();
    private int documents;
    private boolean seesInFlight = true;
    private SendAnswer sendAnswer = SendAnswer.status(200);
    private final List<String> keystrokes = new ArrayList<>();
    private final List<String> choices = new ArrayList<>();
    private final List<String> highlights = new ArrayList<>();
    private final List<String> clicks = new ArrayList<>();
    /** Overlays, each with what it covers: while one is on the page, actions on those elements are intercepted. */
    private final Map<FakeElement, Predicate<FakeElement>> overlays = new LinkedHashMap<>();
    private final List<FakeElement> atNextAction = new ArrayList<>();

    private record Later(Instant at, Runnable change) {
    }

    private record Sent(Instant at, Traffic.Request request) {
    }

    /** How the server answers the page's sends: with a status, not yet (the request stays under way), or never. */
    public record SendAnswer(OptionalInt status, boolean failed) {
        public static SendAnswer status(int status) {
            return new SendAnswer(OptionalInt.of(status), false);
        }

        public static SendAnswer underWay() {
            return new SendAnswer(OptionalInt.empty(), false);
        }

        public static SendAnswer connectionFails() {
            return new SendAnswer(OptionalInt.empty(), true);
        }
    }

    private record Dialog(String text, Runnable onAccept) {
    }

    private record TypingNavigation(int afterCharacters, String address) {
    }

    private Optional<TypingNavigation> typingNavigation = Optional.empty();
    private final Map<String, Integer> charactersTyped = new LinkedHashMap<>();
    private final Map<FakeElement, Integer> typedIntoField = new java.util.IdentityHashMap<>();
    private final Map<String, String> rejected = new LinkedHashMap<>();

    public VirtualClock clock() {
        return clock;
    }

    /** What opening {@code address} shows: {@code render} adds its elements (and may set the language). */
    public InMemoryPage route(String address, Consumer<InMemoryPage> render) {
        routes.put(address, render);
        return this;
    }

    public InMemoryPage show(FakeElement... shown) {
        elements.addAll(List.of(shown));
        return this;
    }

    public InMemoryPage remove(FakeElement gone) {
        elements.remove(gone);
        return this;
    }

    /**
     * While {@code overlay} is on the page it lies over every element but itself and {@code inside}: an action on
     * any other is intercepted, as a browser's click is by what would receive it instead.
     */
    public InMemoryPage covering(FakeElement overlay, FakeElement... inside) {
        List<FakeElement> own = List.of(inside);
        overlays.put(overlay, element -> element != overlay && !own.contains(element));
        return this;
    }

    /** While {@code overlay} is on the page it lies over {@code covered} only, as a coachmark over one button. */
    public InMemoryPage lyingOver(FakeElement overlay, FakeElement... covered) {
        List<FakeElement> under = List.of(covered);
        overlays.put(overlay, under::contains);
        return this;
    }

    /** These elements appear at the very moment of the next action: after any look before it, before it lands. */
    public InMemoryPage appearAtNextAction(FakeElement... shown) {
        atNextAction.addAll(List.of(shown));
        return this;
    }

    public InMemoryPage language(String pageLanguage) {
        this.language = pageLanguage;
        return this;
    }

    /** The page takes this long to load; longer than the limit and opening it fails as a browser's would. */
    public InMemoryPage loadsIn(Duration time, Duration limit) {
        this.loadTime = time;
        this.pageLoadLimit = limit;
        return this;
    }

    /** Every command takes this long, as a round trip to a real browser does; none by default. */
    public InMemoryPage eachCommandTakes(Duration time) {
        this.commandTime = time;
        return this;
    }

    /** Something the page does by itself once {@code delay} has passed on its clock (a late render, a re-mount). */
    public void after(Duration delay, Runnable change) {
        later.add(new Later(clock.instant().plus(delay), change));
    }

    /** The page moves to another address by itself (a redirect, a link), and shows what that address shows. */
    public void navigate(String address) {
        documents++;
        url = address;
        elements = new ArrayList<>();
        routes.getOrDefault(address, page -> { }).accept(this);
    }

    /** The page changes its address by script ({@code history.pushState}): the same document, another host. */
    public void pushState(String address) {
        url = address;
    }

    /** Re-mounts every element as a fresh copy with its starting value: handles held on the old ones go stale. */
    public void remount() {
        elements = new ArrayList<>(elements.stream().map(FakeElement::remounted).toList());
    }

    /**
     * The page sends a form: what each element with a field name holds now, in a POST from its script, answered as
     * {@link #answersSendsWith} says.
     */
    public void submit(String form) {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("form", form);
        elements.stream().filter(e -> e.field != null && !e.ariaHidden).forEach(e -> sent.put(e.field,
                e.state().value()));
        submissions.add(sent);
        request("POST", originOf(url) + "/ajax/" + form + "/submit", "fetch", sendAnswer);
    }

    /** A request the page sends by itself (its logging, a poll): traffic that is no send of the form. */
    public void request(String method, String address, String kind, SendAnswer answer) {
        traffic.add(new Sent(clock.instant(), new Traffic.Request(address, method, kind, answer.status(),
                answer.failed())));
    }

    /** How the server answers every send from now on; 200 by default. */
    public InMemoryPage answersSendsWith(SendAnswer answer) {
        this.sendAnswer = answer;
        return this;
    }

    /**
     * Whether the browser reports a request as it leaves (as WebDriver BiDi does, the default) or only once it has
     * finished (as the page's Resource Timing does).
     */
    public InMemoryPage trafficSeenAsItLeaves(boolean asItLeaves) {
        this.seesInFlight = asItLeaves;
        return this;
    }

    /** The page opens an alert or confirm; {@code onAccept} runs if the person presses OK. */
    public void openDialog(String text, Runnable onAccept) {
        dialog = Optional.of(new Dialog(text, onAccept));
    }

    /** The person answers the dialog in the browser. */
    public void answerDialog(boolean accept) {
        Dialog open = dialog.orElseThrow(() -> new IllegalStateException("no dialog is open"));
        dialog = Optional.empty();
        if (accept) {
            open.onAccept().run();
        }
    }

    /** The person closes the browser: from now on every command fails as with a browser that is gone. */
    public void closeBrowser() {
        browserClosed = true;
    }

    public List<Map<String, String>> submissions() {
        return List.copyOf(submissions);
    }

    /** What was typed, field by field, as {@code <input> Email ← text}, and keys pressed. */
    public List<String> keystrokes() {
        return List.copyOf(keystrokes);
    }

    /** Options chosen, as {@code <select> Country ← DE}. */
    public List<String> choices() {
        return List.copyOf(choices);
    }

    public List<String> highlights() {
        return List.copyOf(highlights);
    }

    public List<String> clicks() {
        return List.copyOf(clicks);
    }

    // --- the port ----------------------------------------------------------------------------------------------

    @Override
    public String url() {
        ready();
        return url;
    }

    @Override
    public String language() {
        ready();
        return language;
    }

    @Override
    public void open(String address) {
        ready();
        if (loadTime.compareTo(pageLoadLimit) > 0) {
            url = address;
            clock.advance(pageLoadLimit);
            throw new PageLoadTimeoutException(pageLoadLimit, null);
        }
        clock.advance(loadTime);
        navigate(address);
    }

    /** A CSS or XPath selector this page's browser refuses at run time, with the browser's reason. */
    public InMemoryPage rejects(String selector, String problem) {
        rejected.put(selector, problem);
        return this;
    }

    @Override
    public Search search(Target target, String lang) {
        ready();
        List<BrokenLocator> broken = new ArrayList<>();
        for (Locator locator : target.locators()) {
            String wanted = locator.value().in(lang).orElse("");
            if (rejected.containsKey(wanted) && List.of(LocatorKind.CSS, LocatorKind.XPATH).contains(locator.kind())) {
                broken.add(new BrokenLocator(locator, rejected.get(wanted)));
                continue;
            }
            Optional<FakeElement> found = found(locator, wanted).stream().findFirst();
            if (found.isPresent()) {
                return new Search(Optional.of(new Match(target.name(), found.get(), locator, locator.describe(lang))),
                        broken);
            }
        }
        return new Search(Optional.empty(), broken);
    }

    /** What a locator finds, in document order, as locators.js finds it. */
    private List<FakeElement> found(Locator locator, String wanted) {
        if (locator.kind() == LocatorKind.STRUCTURE) {
            return new FakeStructure(elements.stream().filter(e -> e.shown && !e.ariaHidden).toList(), language)
                    .find(wanted).stream().toList();
        }
        // As locators.js: nothing inside an aria-hidden subtree is found but by a literal selector.
        return elements.stream().filter(e -> e.shown)
                .filter(e -> !e.ariaHidden || List.of(LocatorKind.CSS, LocatorKind.XPATH).contains(locator.kind()))
                .filter(e -> e.matches(locator.kind(), wanted, locator.role().orElse(""))).toList();
    }

    /** As a browser looks (one round trip), here call by call; counted, so a test can say how often a run looked. */
    @Override
    public Look look(List<Target> targets, String lang, boolean describe) {
        looks++;
        return Page.super.look(targets, lang, describe);
    }

    /** How many looks at the page were asked for. */
    public int looks() {
        return looks;
    }

    @Override
    public FieldState describe(Element element) {
        return live(element).state();
    }

    @Override
    public dev.optout.page.ElementFacts facts(Element element) {
        return live(element).facts();
    }

    @Override
    public String textOf(Element element) {
        return live(element).text;
    }

    /**
     * Something the page does by itself right before each click reaches it, given what is about to be clicked: a
     * re-render landing between the tool's last look and its click, which then finds the element gone.
     */
    public InMemoryPage beforeEachClick(Consumer<FakeElement> change) {
        this.beforeEachClick = change;
        return this;
    }

    @Override
    public void click(Element element) {
        beforeEachClick.accept((FakeElement) element);
        FakeElement clicked = usable(element);
        clicks.add(clicked.toString());
        clicked.activate();
    }

    @Override
    public String urlOf(Element element) {
        live(element);
        return url;
    }

    /** Clicks into the field first, as a browser does: the page's click handler runs. */
    @Override
    public void clear(Element element) {
        FakeElement field = writable(element);
        field.onClick.run();
        if (field.editable) {
            field.text = "";
        } else {
            field.value = "";
        }
    }

    /**
     * Appends the keys one by one, as a browser receives them: when the page leaves during the typing (see
     * {@link #navigateWhileTyping}), the keys after that go to the new page, whose body has the focus.
     */
    @Override
    public void append(Element element, String keys) {
        FakeElement field = writable(element);
        StringBuilder intoField = new StringBuilder();
        int[] codePoints = keys.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            intoField.appendCodePoint(codePoints[i]);
            charactersTyped.merge(originOf(url), 1, Integer::sum);
            typedIntoField.merge(field, 1, Integer::sum);
            if (typingNavigation.isPresent() && typedIntoField.get(field) == typingNavigation.get().afterCharacters()) {
                edit(field, intoField.toString());
                String away = typingNavigation.get().address();
                typingNavigation = Optional.empty();
                navigate(away);
                String rest = new String(codePoints, i + 1, codePoints.length - i - 1);
                rest.codePoints().forEach(c -> charactersTyped.merge(originOf(url), 1, Integer::sum));
                if (!rest.isEmpty()) {
                    keystrokes.add("(page " + url + ") ← " + rest);
                }
                return;
            }
        }
        edit(field, intoField.toString());
    }

    private void edit(FakeElement field, String typed) {
        keystrokes.add(field + " ← " + typed);
        if (field.editable) {
            field.text = field.text + typed;
        } else {
            field.value = withinLimit(field, field.value + typed);
        }
        field.listOpen = field.offers != null;
        field.onEdit.run();
    }

    /** After this many characters typed into any one field, the page leaves for {@code address} by itself. */
    public InMemoryPage navigateWhileTyping(int afterCharacters, String address) {
        typingNavigation = Optional.of(new TypingNavigation(afterCharacters, address));
        return this;
    }

    /** How many characters reached pages of this origin, e.g. {@code https://evil.test}. */
    public int charactersTypedOn(String origin) {
        return charactersTyped.getOrDefault(origin, 0);
    }

    private static String originOf(String address) {
        java.net.URI uri = java.net.URI.create(address);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    @Override
    public void chooseOption(Element element, String optionValue) {
        FakeElement select = usable(element);
        if (select.selectOnly) {
            chooseInSelectOnly(select, optionValue);
            return;
        }
        if (select.offers != null) {
            FieldState.Option option = select.state().options().stream().filter(o -> o.value().equals(optionValue))
                    .findFirst().orElseThrow(() -> new PageNotReadyException("the list offers no '" + optionValue
                            + "'", null));
            choices.add(select + " ← " + optionValue);
            select.value = option.text();
            select.listOpen = false;
            select.onEdit.run();
            return;
        }
        if (select.options.stream().noneMatch(o -> o.value().equals(optionValue))) {
            throw new PageNotReadyException("no option with value '" + optionValue + "'", null);
        }
        choices.add(select + " ← " + optionValue);
        select.value = optionValue;
        select.onEdit.run();
    }

    /** A click on an option of a select-only combobox: only while its list shows it, as a browser's click. */
    private void chooseInSelectOnly(FakeElement combobox, String optionValue) {
        FieldState.Option option = combobox.state().options().stream().filter(o -> o.value().equals(optionValue))
                .findFirst().orElseThrow(() -> new ElementNotInteractableException("element not interactable: "
                        + "option '" + optionValue + "' of " + combobox + " does not show", null));
        choices.add(combobox + " ← " + optionValue);
        combobox.value = option.text();
        combobox.listOpen = false;
        combobox.onEdit.run();
    }

    @Override
    public void press(Optional<Element> element, String keyName) {
        Optional<FakeElement> in = element.map(this::usable);
        if (in.isEmpty()) {
            ready();
        }
        keystrokes.add(in.map(Object::toString).orElse("(page)") + " ← " + keyName);
        in.ifPresent(e -> e.keyPressed(keyName));
    }

    @Override
    public void highlight(Element element, String badge) {
        highlights.add(badge + " " + live(element));
    }

    @Override
    public Optional<String> openDialogText() {
        closedCheck();
        pass(commandTime);
        return dialog.map(Dialog::text);
    }

    /** The model has one tab; new tabs are tested in a real browser. */
    @Override
    public Set<String> tabs() {
        ready();
        return Set.of(TAB);
    }

    @Override
    public void followTab(String tab) {
        ready();
        if (!TAB.equals(tab)) {
            throw new BrowserClosedException(null);
        }
    }

    @Override
    public byte[] screenshot() {
        ready();
        return PNG.clone();
    }

    @Override
    public List<PageElement> elements() {
        ready();
        return elements.stream().filter(e -> e.shown).map(e -> new PageElement(e, e.facts())).toList();
    }

    @Override
    public boolean locatesOnly(Locator locator, String lang, Element element) {
        ready();
        List<FakeElement> found = found(locator, locator.value().in(lang).orElse(""));
        return found.size() == 1 && found.get(0) == element;
    }

    @Override
    public void startPicker() {
        ready();
        picking = true;
        picked = Optional.empty();
    }

    @Override
    public Optional<PageElement> takePicked() {
        ready();
        picking = false;
        Optional<PageElement> taken = picked.filter(elements::contains).map(e -> new PageElement(e, e.facts()));
        picked = Optional.empty();
        return taken;
    }

    /**
     * The person clicks an element in the browser: with the picker armed the tool takes the click and the page's
     * own handler does not run; without it, it is an ordinary click.
     */
    public void personClicks(FakeElement element) {
        if (picking) {
            picked = Optional.of(element);
            picking = false;
        } else {
            element.onClick.run();
        }
    }

    /**
     * What the page says, as signals.js reads a browser's: live regions with text, complaints about fields, dialogs,
     * headings and empty fields, none of it hidden or inside an aria-hidden subtree; and what left since the mark.
     */
    @Override
    public Observation observe(List<Element> watched, Optional<TrafficMark> since) {
        ready();
        List<FakeElement> perceived = elements.stream().filter(e -> e.shown && !e.ariaHidden).toList();
        List<PageSignals.Message> messages = new ArrayList<>();
        List<PageSignals.FieldMessage> fieldMessages = new ArrayList<>();
        for (FakeElement e : perceived) {
            String role = e.effectiveRole();
            if (e.invalidMessage != null) {
                fieldMessages.add(new PageSignals.FieldMessage(e.fieldName(), e.invalidMessage));
            }
            if ((role.equals("alert") || role.equals("status")) && !e.shownText().isBlank()) {
                if (role.equals("alert") && e.aboutField != null) {
                    fieldMessages.add(new PageSignals.FieldMessage(e.aboutField.fieldName(), e.shownText()));
                } else {
                    messages.add(new PageSignals.Message(role.equals("alert") ? PageSignals.Message.Kind.ALERT
                            : PageSignals.Message.Kind.STATUS, e.shownText()));
                }
            }
        }
        List<PageSignals.Dialog> dialogs = perceived.stream()
                .filter(e -> List.of("dialog", "alertdialog").contains(e.effectiveRole()))
                .map(e -> new PageSignals.Dialog(e.shownText(), e.modal, e.asks)).toList();
        List<String> headings = perceived.stream().filter(e -> e.effectiveRole().equals("heading"))
                .map(FakeElement::shownText).toList();
        List<String> openFields = perceived.stream().filter(e -> !watched.contains(e) && !e.disabled)
                .filter(e -> e.state().acceptsText() && e.state().value() != null && e.state().value().isEmpty())
                .map(FakeElement::fieldName).toList();
        int shown = (int) watched.stream().filter(w -> elements.contains(w) && ((FakeElement) w).shown).count();
        int usable = (int) watched.stream().filter(w -> elements.contains(w) && ((FakeElement) w).shown
                && !((FakeElement) w).disabled).count();
        PageSignals signals = new PageSignals(messages, fieldMessages, dialogs, headings, openFields,
                new PageSignals.FormState(watched.size(), shown, usable));
        double epoch = clock.instant().toEpochMilli();
        TrafficMark now = new TrafficMark("document-" + documents, epoch, epoch);
        List<Traffic.Request> left = since.isEmpty() ? List.of() : traffic.stream()
                .filter(sent -> sent.at().toEpochMilli() >= since.get().epochMillis())
                .map(Sent::request).filter(r -> seesInFlight || r.finished()).toList();
        return new Observation(signals, now, new Traffic(seesInFlight ? "the page model's network events"
                : "the page model's Resource Timing", seesInFlight, left));
    }

    /** The required empty text fields and choices shown, but {@code formFields}: the model has one form. */
    @Override
    public List<RequiredField> requiredEmptyFields(List<Element> formFields) {
        ready();
        return elements.stream().filter(e -> e.shown && !e.ariaHidden && !e.disabled && e.required)
                .filter(e -> !formFields.contains(e))
                .filter(e -> e.state().acceptsText() ? e.state().value() == null || e.state().value().isEmpty()
                        : !e.isChecked())
                .map(e -> new RequiredField(e, e.fieldName(), e.type.isEmpty() ? "text" : e.type, e.autocomplete,
                        e.state().acceptsText()))
                .toList();
    }

    /** Each dialog shown, with the buttons and fields it holds. */
    @Override
    public List<PagePrompt> prompts() {
        ready();
        return elements.stream().filter(e -> e.shown && !e.ariaHidden)
                .filter(e -> List.of("dialog", "alertdialog").contains(e.effectiveRole()))
                .map(d -> new PagePrompt(true, d.accessibleName == null ? "" : d.accessibleName, d.shownText(),
                        d.parts.stream().filter(p -> p.shown && p.effectiveRole().equals("button"))
                                .map(b -> new PagePrompt.Button(b, b.shownText(), b.type.equals("submit"))).toList(),
                        d.parts.stream().filter(p -> p.shown && !p.effectiveRole().equals("button"))
                                .map(FakeElement::fieldName).toList(),
                        d.frame, d.parts.stream().anyMatch(p -> p.autocomplete.equals("one-time-code"))))
                .toList();
    }

    /** Time passes (here, and in each command that takes time): what the page was to do meanwhile happens now. */
    @Override
    public void pause(Duration duration) {
        closedCheck();
        pass(duration);
    }

    private void pass(Duration duration) {
        clock.advance(duration);
        List<Later> due = later.stream().filter(l -> !l.at().isAfter(clock.instant())).toList();
        later.removeAll(due);
        due.forEach(l -> l.change().run());
    }

    private void closedCheck() {
        if (browserClosed) {
            throw new BrowserClosedException(null);
        }
    }

    private void ready() {
        closedCheck();
        pass(commandTime);
        if (dialog.isPresent()) {
            throw new DialogOpenException("unexpected alert open: " + dialog.get().text(), null);
        }
    }

    private FakeElement live(Element element) {
        ready();
        FakeElement fake = (FakeElement) element;
        if (!elements.contains(fake)) {
            throw new ElementStaleException("stale element reference: " + fake + " is no longer on the page", null);
        }
        return fake;
    }

    /** As ChromeDriver answers keys into a read-only or disabled field: "invalid element state". */
    private FakeElement writable(Element element) {
        FakeElement field = usable(element);
        if (field.limits.readOnly() || field.limits.disabled() || field.disabled) {
            throw new PageException("invalid element state: Element is not currently interactable and may not be "
                    + "manipulated", null);
        }
        return field;
    }

    /** A browser keeps at most {@code maxlength} characters of what is typed. */
    private static String withinLimit(FakeElement field, String value) {
        int limit = field.limits.maxLength();
        return limit <= 0 || value.codePointCount(0, value.length()) <= limit ? value
                : value.substring(0, value.offsetByCodePoints(0, limit));
    }

    private FakeElement usable(Element element) {
        FakeElement fake = live(element);
        if (!fake.shown) {
            throw new ElementNotInteractableException("element not interactable: " + fake, null);
        }
        elements.addAll(atNextAction);
        atNextAction.clear();
        for (Map.Entry<FakeElement, Predicate<FakeElement>> overlay : overlays.entrySet()) {
            FakeElement cover = overlay.getKey();
            if (elements.contains(cover) && overlay.getValue().test(fake)) {
                throw new ElementCoveredException("element click intercepted: Element " + fake + " is not "
                        + "clickable at point (320, 480). Other element would receive the click: " + cover, null);
            }
        }
        return fake;
    }
}
