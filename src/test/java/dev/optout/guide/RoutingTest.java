package dev.optout.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingTest {

    private static final Set<Platform> ALL = EnumSet.allOf(Platform.class);
    /** The one sentence on AI chats used for ads, by its date and its lever. */
    private static final String AI_CHATS_FOR_ADS = "Since 16 December 2025 Meta uses your conversations with Meta AI";

    @ParameterizedTest
    @CsvSource({"DE, EUROPE", "FR, EUROPE", "IE, EUROPE", "NO, EUROPE", "IS, EUROPE", "LI, EUROPE", "GB, EUROPE",
        "CH, EUROPE", "BR, BRAZIL", "JP, OBJECTION_REPORTED", "KR, OBJECTION_REPORTED", "US, NO_OPT_OUT",
        "CA, NO_OPT_OUT", "IN, NO_OPT_OUT", "AU, NO_OPT_OUT", "de, EUROPE", "jp, OBJECTION_REPORTED"})
    void each_country_falls_in_its_region_class(String country, RegionClass expected) {
        assertThat(Routing.classify(country)).isEqualTo(expected);
    }

    @Test
    void a_person_in_the_eu_using_every_app_objects_on_every_form_and_uses_the_third_party_and_off_meta_paths() {
        Recommendation advice = Routing.recommend("DE", ALL);

        assertThat(advice.packs()).containsExactly("facebook-objection", "instagram-objection", "whatsapp-objection",
                "third-party-ai-data", "off-meta-activity");
        assertThat(advice.explanation()).contains("GDPR (Art. 21)").contains("right to object")
                .contains("same Accounts Center").contains("26 May 2025").doesNotContain("LGPD");
        assertThat(advice.fallback()).hasValueSatisfying(f -> assertThat(f).contains("privacy-rights-request")
                .contains("GDPR objection letter"));
        assertThat(Routing.fallbacks(advice.region())).containsExactly("privacy-rights-request");
    }

    @Test
    void a_person_in_the_uk_on_instagram_only_gets_the_instagram_objection_not_the_facebook_one() {
        assertThat(Routing.recommend("GB", EnumSet.of(Platform.INSTAGRAM)).packs())
                .containsExactly("instagram-objection", "third-party-ai-data", "off-meta-activity");
    }

    @Test
    void a_person_on_whatsapp_only_objects_on_whatsapp_s_form_where_the_right_to_object_exists() {
        assertThat(Routing.recommend("NL", EnumSet.of(Platform.WHATSAPP)).packs())
                .containsExactly("whatsapp-objection", "third-party-ai-data", "off-meta-activity");
        assertThat(Routing.recommend("BR", EnumSet.of(Platform.WHATSAPP)).packs())
                .containsExactly("whatsapp-objection");
        assertThat(Routing.recommend("US", EnumSet.of(Platform.WHATSAPP)).packs())
                .doesNotContain("whatsapp-objection");
    }

    @Test
    void a_swiss_messenger_user_objects_on_the_facebook_form_because_messenger_accounts_are_facebook_accounts() {
        assertThat(Routing.recommend("CH", EnumSet.of(Platform.MESSENGER)).packs()).first()
                .isEqualTo("facebook-objection");
        assertThat(Routing.recommend("CH", ALL).explanation()).contains("GDPR");
    }

    @Test
    void a_person_in_brazil_gets_the_objection_forms_under_the_lgpd_and_a_portuguese_letter_as_the_fallback() {
        Recommendation advice = Routing.recommend("BR", ALL);

        assertThat(advice.region()).isEqualTo(RegionClass.BRAZIL);
        assertThat(advice.packs()).containsExactly("facebook-objection", "instagram-objection", "whatsapp-objection");
        assertThat(advice.explanation()).contains("Brazil").contains("LGPD (Art. 18 § 2)").contains("ANPD")
                .contains("16 December 2025").doesNotContain("GDPR");
        assertThat(advice.fallback()).hasValueSatisfying(f -> assertThat(f).contains("optout letter --lang pt")
                .contains("LGPD").doesNotContain("GDPR").doesNotContain("privacy-rights-request"));
        assertThat(Routing.fallbacks(advice.region())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JP", "KR"})
    void japan_and_south_korea_are_offered_the_objection_forms_with_a_note_that_the_route_is_only_reported(
            String country) {
        Recommendation advice = Routing.recommend(country, ALL);

        assertThat(advice.packs()).containsExactly("facebook-objection", "instagram-objection", "whatsapp-objection");
        assertThat(advice.notes()).anySatisfy(note -> assertThat(note).contains("reported, not verified"));
        assertThat(advice.fallback()).isEmpty();
        assertThat(advice.explanation()).doesNotContain("GDPR").doesNotContain("LGPD");
    }

    @Test
    void a_person_in_the_us_has_no_opt_out_and_gets_deletion_third_party_and_off_meta_paths() {
        Recommendation advice = Routing.recommend("US", ALL);

        assertThat(advice.region()).isEqualTo(RegionClass.NO_OPT_OUT);
        assertThat(advice.packs()).containsExactly("meta-ai-chat-deletion", "third-party-ai-data",
                "off-meta-activity");
        assertThat(advice.explanation()).contains("no opt-out").contains("private");
        assertThat(advice.fallback()).isEmpty();
        assertThat(Routing.fallbacks(advice.region())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "AU", "IN", "BR", "JP", "CH", "NO"})
    void outside_the_eu_the_uk_and_south_korea_one_sentence_says_ai_chats_are_used_for_ads_and_deleting_them_is_the_lever(
            String country) {
        assertThat(Routing.recommend(country, ALL).notes()).filteredOn(note -> note.startsWith(AI_CHATS_FOR_ADS))
                .singleElement().satisfies(note -> {
                    assertThat(note).contains("ads").contains("deleting those chats").contains("one lever left")
                            .contains("meta-ai-chat-deletion");
                    assertThat(note.split("(?<=[.:;])\\s+[A-Z]")).as("one sentence").hasSize(1);
                });
        assertThat(Routing.aiChatsUsedForAds(country)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE", "FR", "IE", "PL", "GB", "KR"})
    void in_the_eu_the_uk_and_south_korea_the_ai_chats_for_ads_sentence_is_not_said(String country) {
        assertThat(Routing.recommend(country, ALL).notes()).noneMatch(note -> note.startsWith(AI_CHATS_FOR_ADS));
        assertThat(Routing.aiChatsUsedForAds(country)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"DE, EU", "AT, EU", "NO, EEA", "GB, UK", "CH, CH", "BR, BR", "JP, JP", "KR, KR", "US, US", "AU, ALL"})
    void every_pack_the_guide_runs_lists_the_person_s_region_among_its_own(String country, String region) {
        PackRepository bundled = PackRepository.bundledOnly();

        for (String id : Routing.recommend(country, ALL).packs()) {
            Pack pack = bundled.byId(id).orElseThrow();
            assertThat(pack.regions()).as("%s for %s", id, country).containsAnyOf(region, "ALL");
        }
    }
}
