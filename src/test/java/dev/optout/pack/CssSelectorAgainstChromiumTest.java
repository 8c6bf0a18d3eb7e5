package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.browser.BrowserSession;
import dev.optout.testing.HeadlessChromium;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The pack loader's CSS parser against a real Chromium's {@code document.querySelector}, so that the two cannot
 * drift: what the loader accepts, the browser accepts, and what the browser refuses, the loader refuses.
 */
class CssSelectorAgainstChromiumTest {

    /** Valid CSS that packs may use; both must accept every one. */
    static final List<String> VALID = List.of(
            "div", "*", "DIV", "button[aria-label=\"Send\"]", "[data-testid=royal_login_form]",
            "[data-cookiebanner='accept_only_essential_button']", "a, b", "a , b ,c", "  a  ", "a>b", "a > b",
            "a + b ~ c d", "#a.b.c", "#a\\ b", "#\\31 23", ".a\\:b", ".-a", "#--", "*|div", "|div", "*|*",
            "[*|href]", "[ a ]", "[a = b]", "[a~=b]", "[a|=en]", "[a^=x]", "[a$=\"y\"]", "[a*=z]", "[a=\"b\" i]",
            "[a=b I]", "[a=\"b\"i]", "input:not([type=hidden]):enabled", ":not(div p)",
            ":not(.a, .b)", ":is(a b, c > d)", ":where(.a)", "[role=\"dialog\"]:has([data-cookiebanner])",
            ":has(> img)", ":has(a, > b, ~ c, + d)", ":has(:is(a))", ":nth-child(2n+1)", ":nth-child(2n + 1)",
            ":nth-child(-n+3)", ":nth-child(odd)", ":nth-child(EVEN)", ":nth-child(+n)", ":nth-child(2n- 1)",
            ":nth-child(-n-1)", ":nth-child( 3 )", ":nth-child(odd of .item)", ":nth-last-child(2 of a, b)",
            ":nth-of-type(3n)", ":nth-last-of-type(1)", ":first-child:last-child", ":only-of-type",
            ":checked:not(:disabled)", ":focus-within", ":empty", ":scope > a", ":root", ":CHECKED",
            ":placeholder-shown", ":read-only", ":user-invalid", ":lang(de-CH)", ":dir(rtl)", "&.a", "a &",
            ":host(.a:hover)", "div /**/ p", "ä.ö", "input[name=\"email\"]");

    /** Not CSS a browser takes: both must refuse every one. */
    static final List<String> INVALID = List.of(
            "> a", "a >", "a > > b", "a >> b", "a || b", "a,", ",a", "a,,b", "[a=1]", "[a=#b]", "[a!=b]",
            "[a i]", "[a=b s]", "[a=b x]", "[]", "[*]", "svg|rect", "[svg|href]", "div*", ".1a", "#1a", "a:", "a::",
            ":has()", ":has(:has(a))", ":has(::before)", ":not()", ":not(:foo)", ":not(::before)", ":hover(a)",
            ":nth-child()", ":nth-child(+ n)", ":nth-child(2n + -1)", ":nth-child(3.0)", ":nth-child(2n OF a)",
            ":nth-of-type(2n of .a)", ":lang(\"en\")", ":lang(en, de)", ":host()", ":host(a b)", "&a", "div/**/p",
            "\"a\"", "a{}", "<!-- a", "/* only a comment */", "input[name=",
            // jsoup's inventions, which the loader accepted until packs had to work in browsers
            ":contains(Send)", "div:containsOwn(Send)", "a:matches(^Send$)", "p:matchText", ":lt(2)", ":gt(0)",
            ":eq(1)", "div:containsData(x)");

    /**
     * Chromium parses these, but a locator holding one could never find an element, would not work in every browser
     * optout drives, or is cut short, so the loader refuses them.
     */
    static final List<String> REFUSED_ON_PURPOSE = List.of(
            "div::before", "div:before", "::placeholder", "p::first-line", ":hover::after", ":is()", ":where()",
            ":is(:contains(Send))", ":is(.a,)", ":has(:is(:has(a)))", ":nth-child(2n of ::before)",
            ":-webkit-autofill", ":-webkit-any(a, b)",
            // cut short: a browser closes brackets, quotes and comments that the end leaves open
            "a[href", "[a=b i", "input[name=\"email", ":not(.a", "a/*");

    private static BrowserSession browser;

    @BeforeAll
    static void start_chromium() {
        browser = HeadlessChromium.start();
        browser.driver().get("about:blank");
    }

    @AfterAll
    static void stop_chromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_loader_and_chromium_both_accept_every_valid_selector() {
        assertThat(where(chromiumAccepts(VALID), false)).as("refused by Chromium").isEmpty();
        assertThat(where(loaderAccepts(VALID), false)).as("refused by the loader").isEmpty();
    }

    @Test
    void the_loader_and_chromium_both_refuse_every_invalid_selector() {
        assertThat(where(chromiumAccepts(INVALID), true)).as("accepted by Chromium").isEmpty();
        assertThat(where(loaderAccepts(INVALID), true)).as("accepted by the loader").isEmpty();
    }

    @Test
    void chromium_parses_selectors_that_could_never_match_and_the_loader_refuses_them() {
        assertThat(where(chromiumAccepts(REFUSED_ON_PURPOSE), false)).as("refused by Chromium").isEmpty();
        assertThat(where(loaderAccepts(REFUSED_ON_PURPOSE), true)).as("accepted by the loader").isEmpty();
    }

    @Test
    void the_corpus_is_large_enough_to_mean_something() {
        assertThat(VALID.size() + INVALID.size() + REFUSED_ON_PURPOSE.size()).isGreaterThanOrEqualTo(80);
    }

    /** Each selector with whether {@code document.querySelector} took it without a SyntaxError. */
    @SuppressWarnings("unchecked")
    private static Map<String, Boolean> chromiumAccepts(List<String> selectors) {
        List<Boolean> results = (List<Boolean>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].map(function (s) {"
                        + "  try { document.querySelector(s); return true; } catch (e) { return false; }"
                        + "});", selectors);
        return zip(selectors, results);
    }

    private static Map<String, Boolean> loaderAccepts(List<String> selectors) {
        List<Boolean> results = new ArrayList<>();
        selectors.forEach(s -> results.add(SelectorCheck.problem(LocatorKind.CSS, s).isEmpty()));
        return zip(selectors, results);
    }

    private static List<String> where(Map<String, Boolean> accepted, boolean value) {
        return accepted.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).toList();
    }

    private static Map<String, Boolean> zip(List<String> selectors, List<Boolean> results) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (int i = 0; i < selectors.size(); i++) {
            map.put(selectors.get(i), results.get(i));
        }
        return map;
    }
}
