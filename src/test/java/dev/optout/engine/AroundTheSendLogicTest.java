package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.page.Element;
import dev.optout.page.PagePrompt;
import dev.optout.page.RequiredField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How optout tells, by structure, the page's questions around a send: which button of a second confirmation says
 * yes (never a way out), which prompt is a step only a person may do, and which required field is a second email.
 */
class AroundTheSendLogicTest {

    private static PagePrompt.Button button(String name) {
        return new PagePrompt.Button(new Element() { }, name, false);
    }

    private static PagePrompt dialog(PagePrompt.Button... buttons) {
        return new PagePrompt(true, "Submit your objection?", "Submit your objection?", List.of(buttons), List.of(),
                false, false);
    }

    @ParameterizedTest
    @CsvSource({
            "Cancel, Submit, Submit",
            "Submit, Cancel, Submit",
            "Abbrechen, Absenden, Absenden",
            "Confirmar envio, Cancelar, Confirmar envio",
            "Anuluj, Prześlij, Prześlij",
            "Skicka, Avbryt, Skicka",
            "Ακύρωση, Υποβολή, Υποβολή",
            "Lorem, Ipsum, Ipsum"
    })
    void the_affirmative_button_is_the_one_that_is_no_cancel_word_else_the_last(String first, String second,
                                                                                 String chosen) {
        assertThat(AffirmativeButton.of(dialog(button(first), button(second)))).get()
                .extracting(PagePrompt.Button::name).isEqualTo(chosen);
    }

    @Test
    void a_single_submit_typed_button_wins_over_the_last_one() {
        PagePrompt.Button submit = new PagePrompt.Button(new Element() { }, "Skicka", true);

        assertThat(AffirmativeButton.of(dialog(submit, button("Avbryt")))).containsSame(submit);
    }

    @Test
    void a_dialog_with_a_field_one_button_or_only_ways_out_has_no_affirmative_button() {
        PagePrompt withField = new PagePrompt(true, "Check", "Check", List.of(button("Cancel"), button("Continue")),
                List.of("I'm not a robot"), false, false);

        assertThat(AffirmativeButton.of(withField)).isEmpty();
        assertThat(AffirmativeButton.of(dialog(button("OK")))).isEmpty();
        assertThat(AffirmativeButton.of(dialog(button("Cancel"), button("Close"), button("")))).isEmpty();
        assertThat(AffirmativeButton.of(dialog(button("Eins"), button("Zwei"), button("Drei"))))
                .as("three buttons, none a way out: a guess").isEmpty();
    }

    @Test
    void a_step_only_a_person_may_do_is_told_by_a_frame_a_field_an_unexpected_code_or_its_words() {
        PagePrompt frame = new PagePrompt(true, "", "", List.of(button("Verify")), List.of(), true, false);
        PagePrompt code = new PagePrompt(false, "Enter the code", "Enter the code", List.of(), List.of("Code"), false,
                true);
        PagePrompt words = new PagePrompt(true, "Sicherheitsüberprüfung", "Sicherheitsüberprüfung Weiter",
                List.of(button("Weiter")), List.of(), false, false);

        assertThat(PersonStep.recognises(frame, true)).isTrue();
        assertThat(PersonStep.recognises(code, false)).isTrue();
        assertThat(PersonStep.recognises(code, true)).as("the pack asks for the code itself").isFalse();
        assertThat(PersonStep.recognises(words, false)).isTrue();
        assertThat(PersonStep.recognises(dialog(button("Cancel"), button("Submit")), false)).isFalse();
    }

    @Test
    void a_prompt_is_quoted_as_its_title_then_its_words_without_its_buttons() {
        PagePrompt check = new PagePrompt(true, "Security check", "Security check To continue, confirm that you are "
                + "not a robot. I'm not a robot Continue", List.of(button("Continue")), List.of("I'm not a robot"),
                false, false);
        PagePrompt again = new PagePrompt(true, "Submit your objection?", "Submit your objection? Cancel Submit",
                List.of(button("Cancel"), button("Submit")), List.of(), false, false);

        assertThat(check.inWords()).isEqualTo("Security check: To continue, confirm that you are not a robot. I'm not "
                + "a robot");
        assertThat(again.inWords()).isEqualTo("Submit your objection?");
    }

    @Test
    void a_required_field_says_email_by_its_type_its_autocomplete_or_its_label() {
        Element field = new Element() { };

        assertThat(UnknownRequiredFields.saysEmail(new RequiredField(field, "Repeat", "email", "", true))).isTrue();
        assertThat(UnknownRequiredFields.saysEmail(new RequiredField(field, "Repeat", "text", "email", true)))
                .isTrue();
        assertThat(UnknownRequiredFields.saysEmail(new RequiredField(field, "E-Mail-Adresse bestätigen", "text", "",
                true))).isTrue();
        assertThat(UnknownRequiredFields.saysEmail(new RequiredField(field, "Full name", "text", "name", true)))
                .isFalse();
    }

    @Test
    void the_stop_before_sending_names_every_field_in_one_sentence() {
        assertThat(UnknownRequiredFields.stopping(List.of("Full name", "Phone"), true)).isEqualTo("The page requires "
                + "'Full name', 'Phone', which the pack does not fill, and nobody is here to ask: optout stopped "
                + "before sending. Nothing was sent; run it again at a terminal (without --yes) to be asked for them");
    }
}
