package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.report.Outcome;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What happens next, right for what the pack does and where the person lives. */
class ClosingAdviceTest {

    private static String advice(String pack, Outcome outcome, String country) {
        return String.join(" ", ClosingAdvice.nextSteps(pack, outcome, Optional.ofNullable(country), false));
    }

    @Test
    void an_objection_from_europe_has_a_month_extendable_by_two_and_the_gdpr_letter_as_fallback() {
        assertThat(advice("instagram-objection", Outcome.CONFIRMED, "DE")).contains("within one month")
                .contains("two more months").contains("optout letter --platform instagram").contains("GDPR Art. 21");
    }

    @Test
    void an_objection_from_brazil_is_under_the_lgpd_never_the_gdpr() {
        assertThat(advice("facebook-objection", Outcome.CONFIRMED, "BR")).contains("LGPD (Art. 18 § 2)")
                .contains("ANPD").doesNotContain("GDPR");
    }

    @Test
    void off_meta_activity_takes_effect_at_once_and_no_email_follows() {
        assertThat(advice("off-meta-activity", Outcome.CONFIRMED, "DE")).contains("no email follows")
                .doesNotContain("Meta must answer");
    }

    @Test
    void deleted_chats_leave_nothing_to_wait_for() {
        assertThat(advice("meta-ai-chat-deletion", Outcome.CONFIRMED, "US")).contains("nothing to wait for")
                .doesNotContain("email");
    }

    @Test
    void an_unconfirmed_send_must_not_be_sent_again() {
        assertThat(advice("facebook-objection", Outcome.SENT_UNCONFIRMED, "DE")).contains("Do NOT send it again");
    }

    @Test
    void a_demo_says_nothing_reached_meta() {
        assertThat(ClosingAdvice.nextSteps("facebook-objection", Outcome.CONFIRMED, Optional.of("DE"), true))
                .singleElement().satisfies(line -> assertThat(line).contains("nothing reached Meta"));
    }
}
