package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled packs' default reasons: one in each language optout supports, each a value the pack accepts. */
class DefaultReasonsTest {

    private static List<InputSpec> localizedDefaults() {
        return PackRepository.bundledOnly().all().stream().flatMap(pack -> pack.inputs().values().stream())
                .filter(input -> input.defaults().map(LocalizedText::isLocalized).orElse(false)).toList();
    }

    @Test
    void the_packs_with_a_default_reason_have_it_in_all_27_languages() {
        assertThat(PackRepository.bundledOnly().all()).filteredOn(pack -> pack.input("reason")
                        .flatMap(InputSpec::defaults).isPresent()).extracting(Pack::id)
                .contains("facebook-objection", "instagram-objection", "privacy-rights-request",
                        "whatsapp-objection");
        assertThat(localizedDefaults()).isNotEmpty().allSatisfy(input -> assertThat(
                input.defaults().orElseThrow().byLanguage().keySet()).as(input.name())
                .containsExactlyInAnyOrderElementsOf(Languages.ALL));
    }

    @Test
    void each_default_fits_its_input_and_differs_from_the_english_outside_english() {
        for (InputSpec input : localizedDefaults()) {
            Map<String, String> texts = input.defaults().orElseThrow().byLanguage();
            texts.forEach((language, text) -> {
                assertThat(text).as("%s in %s", input.name(), language).isNotBlank().doesNotContain("  ");
                assertThat(text.length()).as("%s in %s", input.name(), language).isLessThanOrEqualTo(input.maxLength());
                if (!language.equals("en")) {
                    assertThat(text).as("%s in %s", input.name(), language).isNotEqualTo(texts.get("en"));
                }
            });
        }
    }

    @Test
    void greek_and_bulgarian_defaults_are_written_in_their_own_script() {
        String greek = PackRepository.bundledOnly().byId("facebook-objection").orElseThrow().input("reason")
                .flatMap(InputSpec::defaults).flatMap(d -> d.in("el")).orElseThrow();
        String bulgarian = PackRepository.bundledOnly().byId("facebook-objection").orElseThrow().input("reason")
                .flatMap(InputSpec::defaults).flatMap(d -> d.in("bg")).orElseThrow();

        assertThat(greek).startsWith("Αντιτίθεμαι").matches("[\\p{IsGreek}\\p{IsCommon}A-Za-z ]+");
        assertThat(bulgarian).startsWith("Възразявам").matches("[\\p{IsCyrillic}\\p{IsCommon}A-Za-z ]+");
    }
}
