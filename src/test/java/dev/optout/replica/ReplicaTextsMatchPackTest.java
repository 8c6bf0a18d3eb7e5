package dev.optout.replica;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The replica's shared wording (the objection form, its AI gate, the cookie dialog, Meta's failure message) is
 * exactly what the bundled packs and libraries look for, in all eight languages: each text is copied from the text
 * index ({@code text-index.json}), and a text that lacks a language fails here.
 */
class ReplicaTextsMatchPackTest {

    /** flow, element of the text index; file under selectors/, target, locator, field. */
    static final String[] ROWS = {
            "objectionForm, countryLabel, facebook-privacy-center-path.yaml, form-or-wall, 0, label",
            "aiGate, gateQuestion, facebook-privacy-center-path.yaml, form-or-wall, 1, name",
            "objectionForm, countryLabel, instagram-policy-path.yaml, form-or-wall, 0, label",
            "aiGate, gateQuestion, instagram-policy-path.yaml, form-or-wall, 1, name",
            "cookieDialog, declineCookies, lib/meta-common.yaml, decline-cookies, 1, name",
            "errorAlert, sendFailed, lib/meta-common.yaml, send-failed, 0, name",
            "errorAlert, sendFailed, lib/meta-common.yaml, send-failed, 1, text",
            "objectionForm, formTitle, lib/meta-objection-form.yaml, form-title, 0, name",
            "objectionForm, formTitle, lib/meta-objection-form.yaml, form-title, 1, text",
            "objectionForm, countryLabel, lib/meta-objection-form.yaml, country, 0, label",
            "objectionForm, countryLabel, lib/meta-objection-form.yaml, country, 1, name",
            "objectionForm, emailLabel, lib/meta-objection-form.yaml, email, 0, label",
            "objectionForm, emailLabel, lib/meta-objection-form.yaml, email, 1, name",
            "objectionForm, reasonLabel, lib/meta-objection-form.yaml, reason, 0, label",
            "objectionForm, reasonLabel, lib/meta-objection-form.yaml, reason, 1, name",
            "objectionForm, send, lib/meta-objection-form.yaml, send, 0, name",
            "objectionForm, send, lib/meta-objection-form.yaml, send, 1, text",
            "formSteps, formNext, lib/meta-objection-form.yaml, next, 0, name",
            "formSteps, formNext, lib/meta-objection-form.yaml, next, 1, text",
            "formInDialog, openFormDialog, lib/meta-objection-form.yaml, form-opener, 0, name",
            "formInDialog, openFormDialog, lib/meta-objection-form.yaml, form-opener, 1, text",
            "aiGate, gateQuestion, lib/meta-objection-form.yaml, ai-gate, 0, name",
            "aiGate, gateQuestion, lib/meta-objection-form.yaml, ai-gate, 1, text",
            "aiGate, gateYes, lib/meta-objection-form.yaml, ai-gate-yes, 0, name",
            "aiGate, gateYes, lib/meta-objection-form.yaml, ai-gate-yes, 1, label",
            "objectionForm, countryLabel, lib/meta-objection-form.yaml, form-started, 0, label",
            "aiGate, gateQuestion, lib/meta-objection-form.yaml, form-started, 1, name",
            "objectionForm, codePrompt, lib/meta-objection-form.yaml, code-prompt, 0, name",
            "objectionForm, codePrompt, lib/meta-objection-form.yaml, code-prompt, 1, text",
            "objectionForm, codePrompt, lib/meta-objection-form.yaml, code-field, 0, label",
            "objectionForm, codeConfirm, lib/meta-objection-form.yaml, code-confirm, 0, name",
            "objectionForm, codeConfirm, lib/meta-objection-form.yaml, code-confirm, 1, text",
            "objectionForm, success, lib/meta-objection-form.yaml, success, 0, text",
            "objectionForm, success, lib/meta-objection-form.yaml, success, 1, name"
    };

    static Stream<Arguments> rows() {
        return PackTextRow.arguments(ROWS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void replica_text_equals_the_pack_text_in_every_language(PackTextRow row) {
        row.assertMatchesTheIndex();
    }

    @Test
    void a_text_that_lacks_a_language_or_differs_in_one_word_fails_the_comparison() {
        ObjectNode index = send();
        ObjectNode withoutPortuguese = send().without("pt");
        ObjectNode reworded = send().put("de", "Absenden");

        assertThatThrownBy(() -> PackTextRow.assertMatches(withoutPortuguese, index, "send", "objectionForm.send"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("send: its languages");
        assertThatThrownBy(() -> PackTextRow.assertMatches(reworded, index, "send", "objectionForm.send"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("send in de");
        assertThatThrownBy(() -> PackTextRow.assertMatches(TextNode.valueOf("Send"), index, "send",
                "objectionForm.send")).isInstanceOf(AssertionError.class).hasMessageContaining("a map by language");
        PackTextRow.assertMatches(send(), index, "send", "objectionForm.send");
    }

    private static ObjectNode send() {
        ObjectNode texts = JsonNodeFactory.instance.objectNode();
        Scenario.REFERENCE_LANGUAGES.forEach(language -> texts.put(language, Texts.of(language, "send")));
        return texts;
    }
}
