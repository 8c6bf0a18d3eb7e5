package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.LocalizedText;
import dev.optout.pack.Locator;
import dev.optout.pack.LocatorKind;
import dev.optout.pack.Structure;
import dev.optout.pack.Target;
import dev.optout.page.ElementFacts;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.testing.HeadlessChromium;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * locators.js in a real Chromium: the structure kind finds the form's fields and its Send by their place in any
 * language, and never a login form's field, a coachmark's button or a header's; fields without labels are found by
 * their title, their description or the text before them; an icon button by its aria-label.
 */
class StructureLocatorsBrowserTest {

    private static BrowserSession browser;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static Page show(String lang, String body) {
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>t</title></head>"
                + "<body>" + body + "</body></html>";
        browser.page().open("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        return browser.pagePort();
    }

    private static Optional<Match> find(Page page, Locator locator) {
        return page.search(new Target("t", List.of(locator)), "en").match();
    }

    private static String idOf(Page page, Locator locator) {
        return find(page, locator).map(m -> page.facts(m.element()).nameAttribute()).orElse("(none)");
    }

    private static final String SWEDISH_FORM = "<header><button name=menu>Meny</button></header>"
            + "<form name=login><input name=user><input name=other><input name=pass type=password>"
            + "<button name=login-button>Logga in</button></form>"
            + "<main><h1>Invänd mot att din information används för AI hos Meta</h1><form>"
            + "<div><span>Land där du bor</span><select name=country><option value=''>Välj</option>"
            + "<option value=2384001>Tyskland</option><option value=2384002>Sverige</option>"
            + "<option value=2384003>Österrike</option><option value=2384004>Frankrike</option></select></div>"
            + "<div><span>E-post</span><input name=email autocomplete=email></div>"
            + "<div><span>Förklara</span><textarea name=reason></textarea></div>"
            + "<div><div role=button name=send tabindex=0><span>Skicka</span></div>"
            + "<div role=dialog aria-label=Tips><div role=button name=got-it>OK</div></div></div>"
            + "</form></main><footer><button name=footer>Hjälp</button></footer>";

    @Test
    void a_swedish_form_s_fields_and_send_are_found_by_their_place_and_the_login_form_is_never_the_form() {
        Page page = show("sv", SWEDISH_FORM);

        assertThat(idOf(page, Locator.structure(Structure.COUNTRY_CHOOSER))).isEqualTo("country");
        assertThat(idOf(page, Locator.structure(Structure.EMAIL_FIELD))).isEqualTo("email");
        assertThat(idOf(page, Locator.structure(Structure.ONLY_TEXTAREA))).isEqualTo("reason");
        assertThat(find(page, Locator.structure(Structure.LAST_BUTTON)).map(m -> page.textOf(m.element())))
                .hasValue("Skicka");
    }

    @Test
    void a_greek_chooser_of_iso_codes_and_a_typeahead_that_lists_nothing_yet_are_country_choosers() {
        Page greek = show("el", "<form><select name=country><option value=AT>Αυστρία</option>"
                + "<option value=DE>Γερμανία</option><option value=GR>Ελλάδα</option></select>"
                + "<select name=size><option>Μικρό</option><option>Μεσαίο</option><option>Μεγάλο</option></select>"
                + "<input name=email type=email></form>");
        assertThat(idOf(greek, Locator.structure(Structure.COUNTRY_CHOOSER))).isEqualTo("country");

        Page typeahead = show("fi", "<form><input name=country role=combobox aria-controls=list>"
                + "<div id=list role=listbox></div><input name=email type=email><textarea name=why></textarea>"
                + "<button name=send type=submit>Lähetä</button></form>");
        assertThat(idOf(typeahead, Locator.structure(Structure.COUNTRY_CHOOSER))).isEqualTo("country");
        assertThat(idOf(typeahead, Locator.structure(Structure.LAST_BUTTON))).isEqualTo("send");
    }

    @Test
    void a_form_with_two_textareas_has_no_only_textarea_and_an_email_is_known_by_the_address_it_holds() {
        Page page = show("cs", "<form><input name=mail value='alex@example.test'><input name=name value=Alex>"
                + "<textarea name=a></textarea><textarea name=b></textarea><button name=send>Odeslat</button>"
                + "<button name=disabled disabled>Později</button></form>");

        assertThat(find(page, Locator.structure(Structure.ONLY_TEXTAREA))).isEmpty();
        assertThat(idOf(page, Locator.structure(Structure.EMAIL_FIELD))).isEqualTo("mail");
        assertThat(idOf(page, Locator.structure(Structure.LAST_BUTTON))).isEqualTo("send");
    }

    @Test
    void fields_without_labels_are_found_by_title_description_nearby_text_and_placeholder() {
        Page page = show("en", "<form><div><span>Country where you live</span><div><select name=country>"
                + "<option>Germany</option></select></div></div>"
                + "<input name=email title='Your email address'>"
                + "<input name=phone aria-describedby=hint><span id=hint>With the country code</span>"
                + "<textarea name=reason placeholder='Tell us why'></textarea>"
                + "<div role=button name=send tabindex=0 aria-label=Send><svg viewBox='0 0 24 24' aria-hidden=true>"
                + "<path d='M2 21l21-9L2 3v7l15 2-15 2z'/></svg></div></form>");

        assertThat(idOf(page, Locator.of(LocatorKind.NEAR_TEXT, "Country where you live"))).isEqualTo("country");
        assertThat(idOf(page, Locator.of(LocatorKind.TITLE, "your email address"))).isEqualTo("email");
        assertThat(idOf(page, Locator.of(LocatorKind.DESCRIBED_BY, "With the country code"))).isEqualTo("phone");
        assertThat(idOf(page, Locator.of(LocatorKind.PLACEHOLDER, "Tell us why"))).isEqualTo("reason");
        assertThat(idOf(page, Locator.role("button", LocalizedText.of("Send")))).isEqualTo("send");
        assertThat(find(page, Locator.of(LocatorKind.NEAR_TEXT, "Tell us why"))).isEmpty();
    }

    @Test
    void the_page_s_own_name_of_a_field_is_its_label_or_the_text_before_it() {
        Page page = show("sv", "<form><div><span>Land där du bor</span><select name=country><option value=SE>Sverige"
                + "</option><option value=DE>Tyskland</option><option value=AT>Österrike</option></select></div>"
                + "<input name=email type=email placeholder=E-postadress title='Din e-post'></form>");

        ElementFacts country = page.facts(find(page, Locator.structure(Structure.COUNTRY_CHOOSER)).orElseThrow()
                .element());
        ElementFacts email = page.facts(find(page, Locator.structure(Structure.EMAIL_FIELD)).orElseThrow().element());

        assertThat(country.nearText()).isEqualTo("Land där du bor");
        assertThat(country.shownName()).isEqualTo("Land där du bor");
        assertThat(email.shownName()).isEqualTo("E-postadress");
        assertThat(email.title()).isEqualTo("Din e-post");
    }
}
