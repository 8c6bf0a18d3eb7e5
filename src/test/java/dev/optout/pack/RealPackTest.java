package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealPackTest {

    private final Pack pack = new PackLoader().load(Path.of("selectors/facebook-objection.yaml"),
            PackRepository.bundledOnly());

    @Test
    void the_facebook_pack_loads_with_its_id_and_sixteen_steps() {
        assertThat(pack.id()).isEqualTo("facebook-objection");
        assertThat(pack.format()).isEqualTo(1);
        assertThat(pack.steps()).hasSize(16);
        assertThat(pack.steps()).extracting(Step::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(pack.steps().get(0)).isEqualTo(new Step.Open(pack.steps().get(0).common(),
                "https://www.facebook.com/help/contact/6359191084165019"));
        assertThat(pack.origins()).extracting(Object::toString).containsExactly("https://www.facebook.com");
        assertThat(pack.regions()).containsExactly("EU", "EEA", "UK", "CH", "BR", "JP", "KR");
        assertThat(pack.source()).isEqualTo(Path.of("selectors/facebook-objection.yaml").toString());
    }

    @Test
    void the_facebook_pack_has_the_targets_of_its_two_libraries() {
        Library common = PackRepository.bundledOnly().library("meta-common").orElseThrow();
        assertThat(common.targets()).containsOnlyKeys("cookie-dialog", "decline-cookies", "login-wall", "send-failed");
        assertThat(pack.targets()).containsOnlyKeys("cookie-dialog", "decline-cookies", "login-wall", "send-failed", "form-title",
                "country", "email", "reason", "send", "ai-gate", "ai-gate-yes", "form-started", "code-prompt",
                "code-field", "code-confirm", "success", "next", "form-opener");
        assertThat(pack.targets()).containsAllEntriesOf(common.targets());
        assertThat(pack.target("decline-cookies").locators().get(1).value().byLanguage()).hasSize(8);
    }

    @Test
    void the_facebook_and_instagram_packs_expand_to_the_same_steps_but_for_address_app_and_send_id() {
        Pack instagram = PackRepository.bundledOnly().byId("instagram-objection").orElseThrow();

        assertThat(instagram.steps()).hasSameSizeAs(pack.steps());
        assertThat(instagram.steps().stream().map(step -> generic(step, "https://help.instagram.com/contact/"
                + "233964459562201", "Instagram", "instagram-ai-objection")).toList())
                .isEqualTo(pack.steps().stream().map(step -> generic(step, "https://www.facebook.com/help/contact/"
                        + "6359191084165019", "Facebook", "facebook-ai-objection")).toList());
        assertThat(instagram.targets()).isEqualTo(pack.targets());
        assertThat(((Step.Open) instagram.steps().get(0)).url()).startsWith("https://help.instagram.com/");
    }

    /** A step as text with the values a use of the objection form gives put back as its parameters. */
    private static String generic(Step step, String url, String app, String sends) {
        return step.toString().replace(url, "{{url}}").replace(app, "{{app}}").replace(sends, "{{sends}}");
    }

    @Test
    void both_sends_of_the_objection_go_to_one_send_record() {
        assertThat(pack.steps()).filteredOn(s -> s.common().submits()).extracting(s -> s.common().sends())
                .containsExactly(java.util.Optional.of("facebook-ai-objection"),
                        java.util.Optional.of("facebook-ai-objection"));
    }

    @Test
    void the_arrival_is_written_once_in_meta_common_and_every_bundled_pack_uses_it() throws java.io.IOException {
        for (String file : PackRepository.bundledNames()) {
            String yaml = java.nio.file.Files.readString(Path.of("selectors", file));
            assertThat(yaml).as(file).containsAnyOf("use: arrival", "use: objection-form")
                    .doesNotContain("wants you to log in").doesNotContain("decline optional cookies");
        }
        for (Pack bundled : PackRepository.bundledOnly().all()) {
            assertThat(bundled.steps()).as(bundled.id()).anySatisfy(step -> assertThat(step.common().label())
                    .contains("wait for the page"));
            assertThat(bundled.steps()).as(bundled.id() + ": the cookie dialog is the interrupt's, at any moment")
                    .noneSatisfy(step -> assertThat(step.targets()).contains("decline-cookies"));
            assertThat(bundled.interrupts()).as(bundled.id()).contains(Interrupt.click("cookie-dialog",
                    "decline-cookies"));
        }
    }

    @Test
    void the_form_is_opened_only_when_the_page_does_not_show_it_already() {
        Step open = pack.steps().get(0);
        assertThat(open).isInstanceOf(Step.Open.class);
        assertThat(open.common().when()).contains(new Guard("form-started", false));
        assertThat(open.common().label()).contains("open the objection form");
    }

    @Test
    void the_ai_gate_is_answered_yes_only_when_it_shows_before_the_fields_are_filled() {
        Step.WaitFor fieldsOrGate = (Step.WaitFor) pack.steps().get(4);
        assertThat(fieldsOrGate.anyOf()).containsExactly("ai-gate", "country");
        Step.Click yes = (Step.Click) pack.steps().get(5);
        assertThat(yes.target()).isEqualTo("ai-gate-yes");
        assertThat(yes.common().when()).contains(new Guard("ai-gate", true));
        assertThat(yes.common().submits()).isFalse();
        assertThat(pack.target("ai-gate-yes").locators().get(0).value().in("de")).contains("Ja");
    }

    @Test
    void every_submitting_step_comes_after_a_confirm_step() {
        List<Step> steps = pack.steps();
        List<Integer> submitting = steps.stream().filter(s -> s.common().submits()).map(Step::number).toList();
        assertThat(submitting).containsExactly(11, 15);
        int firstConfirm = steps.stream().filter(s -> s instanceof Step.Confirm).findFirst().orElseThrow().number();
        assertThat(firstConfirm).isEqualTo(10).isLessThan(submitting.get(0));
    }

    @Test
    void aliases_are_resolved_into_the_eight_language_texts() {
        Locator title = pack.target("form-title").locators().get(1);
        assertThat(title.kind()).isEqualTo(LocatorKind.TEXT);
        assertThat(title.value().byLanguage()).containsOnlyKeys("en", "de", "fr", "it", "es", "nl", "pl", "pt");
        assertThat(title.value().in("de")).contains("Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta");
        assertThat(title.value()).isEqualTo(pack.target("form-title").locators().get(0).value());
        assertThat(pack.target("code-field").locators().get(0).value().in("fr"))
                .contains("Saisissez le code que nous avons envoyé à votre adresse e-mail");
    }

    @Test
    void every_bundled_default_reason_is_in_every_supported_language_and_long_enough_for_the_2024_form() {
        List<Pack> withReasons = PackRepository.bundledOnly().all().stream()
                .filter(p -> p.input("reason").isPresent()).toList();

        assertThat(withReasons).extracting(Pack::id).contains("facebook-objection", "instagram-objection",
                "privacy-rights-request", "whatsapp-objection");
        for (Pack bundled : withReasons) {
            LocalizedText reason = bundled.input("reason").orElseThrow().defaults().orElseThrow();
            assertThat(reason.byLanguage()).as(bundled.id()).containsOnlyKeys(Languages.ALL);
            reason.byLanguage().forEach((language, text) -> assertThat(text.codePointCount(0, text.length()))
                    .as("%s reason in %s", bundled.id(), language).isGreaterThanOrEqualTo(100));
        }
    }

    @Test
    void a_role_locator_with_an_empty_name_means_any_element_of_that_role() {
        Pack tiny = new PackLoader().load("tiny.yaml", String.join("\n", "format: 1", "id: tiny", "title: Tiny",
                "origins: [https://www.facebook.com]", "targets:", "  any-dialog:", "    - role: dialog",
                "      name: \"\"", "steps:", "  - open: https://www.facebook.com/help/", "  - wait-for: any-dialog",
                ""));
        Locator dialog = tiny.target("any-dialog").locators().get(0);
        assertThat(dialog.kind()).isEqualTo(LocatorKind.ROLE);
        assertThat(dialog.role()).contains("dialog");
        assertThat(dialog.value().in("en")).contains("");
        assertThat(dialog.describe("en")).isEqualTo("role=dialog");
    }

    @Test
    void the_cookie_dialog_never_matches_meta_s_own_dialogs() {
        Locator fallback = pack.target("cookie-dialog").locators().get(1);
        assertThat(fallback.kind()).isEqualTo(LocatorKind.CSS);
        assertThat(fallback.describe("en")).isEqualTo("css=[role=\"dialog\"]:has([data-cookiebanner])");
    }

    @Test
    void inputs_have_their_types_limits_and_defaults() {
        InputSpec country = pack.input("country").orElseThrow();
        assertThat(country.type()).isEqualTo(InputType.COUNTRY);
        assertThat(country.required()).isTrue();
        assertThat(country.personal()).isFalse();
        InputSpec email = pack.input("email").orElseThrow();
        assertThat(email.type()).isEqualTo(InputType.EMAIL);
        assertThat(email.personal()).isTrue();
        assertThat(email.maxLength()).isEqualTo(254);
        InputSpec reason = pack.input("reason").orElseThrow();
        assertThat(reason.maxLength()).isEqualTo(2000);
        assertThat(reason.defaults().orElseThrow().byLanguage()).hasSize(27);
        assertThat(reason.defaults().orElseThrow().in("en").orElseThrow()).startsWith("I object to Meta using");
        InputSpec code = pack.input("code").orElseThrow();
        assertThat(code.type()).isEqualTo(InputType.CODE);
        assertThat(code.pattern()).contains("[0-9]{6}");
        assertThat(code.maxLength()).isEqualTo(32);
        assertThat(code.defaults()).isEmpty();
    }

    @Test
    void steps_carry_their_guards_timeouts_values_and_lines() {
        Step.WaitFor page = (Step.WaitFor) pack.steps().get(1);
        assertThat(page.anyOf()).containsExactly("cookie-dialog", "login-wall", "form-title");
        assertThat(page.common().timeout()).contains(java.time.Duration.ofSeconds(30));
        Step.Select country = (Step.Select) pack.steps().get(6);
        assertThat(country.value().soleReference()).contains("country");
        assertThat(country.common().line()).as("its line in meta-objection-form").isEqualTo(220);
        Step.Ask ask = (Step.Ask) pack.steps().get(12);
        assertThat(ask.input()).isEqualTo("code");
        assertThat(ask.message()).isEqualTo("Meta emailed you a 6-digit code. Type it here");
        Step.WaitForPerson login = (Step.WaitForPerson) pack.steps().get(2);
        assertThat(login.common().when()).contains(new Guard("login-wall", true));
        assertThat(login.until()).containsExactly("form-title");
        assertThat(login.message()).startsWith("Facebook wants you to log in.");
    }
}
