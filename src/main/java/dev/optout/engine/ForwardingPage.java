package dev.optout.engine;

import dev.optout.pack.Locator;
import dev.optout.pack.Target;
import dev.optout.page.Element;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Observation;
import dev.optout.page.PagePrompt;
import dev.optout.page.RequiredField;
import dev.optout.page.Page;
import dev.optout.page.PageElement;
import dev.optout.page.Search;
import dev.optout.page.TrafficMark;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page that hands every command to another one: the base of the run's views of the page, which each change only
 * the commands their job is about. It forwards the port's default methods too ({@link #look}, {@link #find}), so that
 * a browser's one-round-trip look is never replaced by the call-by-call default on the way.
 */
abstract class ForwardingPage implements Page {

    private final Page page;

    ForwardingPage(Page page) {
        this.page = page;
    }

    @Override
    public String url() {
        return page.url();
    }

    @Override
    public String language() {
        return page.language();
    }

    @Override
    public void open(String url) {
        page.open(url);
    }

    @Override
    public Search search(Target target, String language) {
        return page.search(target, language);
    }

    @Override
    public Optional<Match> find(Target target, String language) {
        return page.find(target, language);
    }

    @Override
    public dev.optout.page.ElementFacts facts(Element element) {
        return page.facts(element);
    }

    @Override
    public Look look(List<Target> targets, String language, boolean describe) {
        return page.look(targets, language, describe);
    }

    @Override
    public FieldState describe(Element element) {
        return page.describe(element);
    }

    @Override
    public String textOf(Element element) {
        return page.textOf(element);
    }

    @Override
    public void click(Element element) {
        page.click(element);
    }

    @Override
    public String urlOf(Element element) {
        return page.urlOf(element);
    }

    @Override
    public void clear(Element element) {
        page.clear(element);
    }

    @Override
    public void append(Element element, String keys) {
        page.append(element, keys);
    }

    @Override
    public void chooseOption(Element element, String optionValue) {
        page.chooseOption(element, optionValue);
    }

    @Override
    public void press(Optional<Element> element, String keyName) {
        page.press(element, keyName);
    }

    @Override
    public void highlight(Element element, String badge) {
        page.highlight(element, badge);
    }

    @Override
    public Optional<String> openDialogText() {
        return page.openDialogText();
    }

    @Override
    public Set<String> tabs() {
        return page.tabs();
    }

    @Override
    public void followTab(String tab) {
        page.followTab(tab);
    }

    @Override
    public byte[] screenshot() {
        return page.screenshot();
    }

    @Override
    public List<PageElement> elements() {
        return page.elements();
    }

    @Override
    public boolean locatesOnly(Locator locator, String language, Element element) {
        return page.locatesOnly(locator, language, element);
    }

    @Override
    public void startPicker() {
        page.startPicker();
    }

    @Override
    public Optional<PageElement> takePicked() {
        return page.takePicked();
    }

    @Override
    public List<RequiredField> requiredEmptyFields(List<Element> formFields) {
        return page.requiredEmptyFields(formFields);
    }

    @Override
    public List<PagePrompt> prompts() {
        return page.prompts();
    }

    @Override
    public Observation observe(List<Element> watched, Optional<TrafficMark> since) {
        return page.observe(watched, since);
    }

    @Override
    public void expectSend() {
        page.expectSend();
    }

    @Override
    public void pause(Duration duration) {
        page.pause(duration);
    }
}
