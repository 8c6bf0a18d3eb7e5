package dev.optout.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingTest {

    private static final Set<Platform> ALL = EnumSet.allOf(Platform.class);

    @ParameterizedTest
    @CsvSource({"DE, EUROPE", "FR, EUROPE", "IE, EUROPE", "NO, EUROPE", "IS, EUROPE", "LI, EUROPE", "GB, EUROPE",
        "CH, EUROPE", "BR, BRAZIL", "US, NO_OPT_OUT", "CA, NO_OPT_OUT", "IN, NO_OPT_OUT", "de, EUROPE"})
    void each_country_falls_in_its_region_class(String country, RegionClass expected) {
        assertThat(Routing.classify(country)).isEqualTo(expected);
    }

    @Test
    void a_person_in_the_eu_using_every_app_objects_on_both_forms_and_uses_the_third_party_and_off_meta_paths() {
        Recommendation advice = Routing.recommend("DE", ALL);

        assertThat(advice.packs()).containsExactly("facebook-objection", "instagram-objection",
                "third-party-ai-data", "off-meta-activity");
        assertThat(advice.explanation()).contains("right to object").contains("same Accounts Center")
                .contains("26 May 2025");
        assertThat(Routing.fallbacks(advice.region())).containsExactly("privacy-rights-request");
    }

    @Test
    void a_person_in_the_uk_on_instagram_only_gets_the_instagram_objection_not_the_facebook_one() {
        assertThat(Routing.recommend("GB", EnumSet.of(Platform.INSTAGRAM)).packs())
                .containsExactly("instagram-objection", "third-party-ai-data", "off-meta-activity");
    }

    @Test
    void a_swiss_messenger_user_objects_on_the_facebook_form_because_messenger_accounts_are_facebook_accounts() {
        assertThat(Routing.recommend("CH", EnumSet.of(Platform.MESSENGER)).packs()).first()
                .isEqualTo("facebook-objection");
    }

    @Test
    void a_person_in_brazil_gets_the_objection_forms_only() {
        assertThat(Routing.recommend("BR", ALL).packs()).containsExactly("facebook-objection", "instagram-objection");
        assertThat(Routing.recommend("BR", ALL).explanation()).contains("Brazil");
    }

    @Test
    void a_person_in_the_us_has_no_opt_out_and_gets_deletion_third_party_and_off_meta_paths() {
        Recommendation advice = Routing.recommend("US", ALL);

        assertThat(advice.region()).isEqualTo(RegionClass.NO_OPT_OUT);
        assertThat(advice.packs()).containsExactly("meta-ai-chat-deletion", "third-party-ai-data",
                "off-meta-activity");
        assertThat(advice.explanation()).contains("no opt-out").contains("private");
        assertThat(Routing.fallbacks(advice.region())).isEmpty();
    }
}
