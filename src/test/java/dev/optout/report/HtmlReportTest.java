package dev.optout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The readable report's text: what it says, and that nothing a page said can become markup or a placeholder. */
class HtmlReportTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static RunRecord run(String mode, Outcome outcome, Optional<String> confirmation) {
        return new RunRecord("facebook-objection", mode, outcome, AT, AT.plusSeconds(30), "de",
                Optional.of("https://www.facebook.com/help/contact/6359191084165019"),
                List.of(new RunRecord.SentField("E-Mail-Adresse", "a***@e***.test", "www.facebook.com")),
                confirmation, Optional.empty(), List.of(new StepRecord(1, "open", Optional.empty(), StepStatus.DONE,
                Optional.empty(), 120, Optional.empty(), Optional.of("screenshots/step-01-open.png"))));
    }

    private static String render(RunRecord run) {
        return HtmlReport.render(run, new HtmlReport.Context("Object <to> Meta", Map.of(1, "open the form"),
                List.of("Meta must answer within one month."), ZoneId.of("Europe/Berlin")),
                name -> name.equals("screenshots/step-01-open.png") ? Optional.of(new byte[] {1, 2, 3})
                        : Optional.empty());
    }

    @Test
    void it_says_the_outcome_the_times_in_utc_and_local_what_was_sent_and_what_happens_next() {
        String page = render(run("live", Outcome.CONFIRMED, Optional.of("Dein Widerspruch wurde übermittelt")));

        assertThat(page).contains("Sent, and Meta&#39;s page confirmed it.")
                .contains("2026-12-01 10:00:00 UTC (2026-12-01 11:00:00 CET, local time)")
                .contains("E-Mail-Adresse").contains("a***@e***.test").contains("Dein Widerspruch wurde übermittelt")
                .contains("Meta must answer within one month.").contains("open the form")
                .contains("src=\"data:image/png;base64,AQID\"").contains("Object &lt;to&gt; Meta")
                .doesNotContain("class=\"demo\"");
    }

    @Test
    void a_page_s_words_are_escaped_and_never_taken_for_a_placeholder() {
        String page = render(run("live", Outcome.CONFIRMED, Optional.of("<img src=x> {{steps}} {{next}}")));

        assertThat(page).contains("&lt;img src=x&gt; {{steps}} {{next}}").doesNotContain("<img src=x>");
    }

    @Test
    void a_demo_says_it_is_no_proof() {
        assertThat(render(run("demo", Outcome.CONFIRMED, Optional.empty()))).contains("class=\"demo\"")
                .contains("no proof of anything sent to Meta").contains("Sent to the replica");
    }

    @Test
    void the_evidence_of_the_outcome_is_named_with_what_left_the_browser_and_what_the_page_said() {
        RunRecord refused = new RunRecord("facebook-objection", "live", Outcome.REFUSED, AT, AT.plusSeconds(30), "en",
                Optional.empty(), List.of(), Optional.empty(), Optional.of("Meta's page refused the send"), List.of(),
                Optional.of(new OutcomeEvidence("a field message, and no request left",
                        "WebDriver BiDi network events", List.of(), Optional.of("Please enter your full name."))));
        RunRecord failed = new RunRecord("facebook-objection", "live", Outcome.FAILED, AT, AT.plusSeconds(30), "en",
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(),
                Optional.of(new OutcomeEvidence("an error status", "the page's Resource Timing entries",
                        List.of("POST https://www.facebook.com/ajax/submit → 500"), Optional.empty())));

        assertThat(render(refused)).contains("Meta&#39;s page refused it: nothing counts as sent.")
                .contains("Outcome rests on").contains("a field message, and no request left: “Please enter your "
                        + "full name.”").contains("no request (read from WebDriver BiDi network events)");
        assertThat(render(failed)).contains("it may or may not have reached Meta")
                .contains("POST https://www.facebook.com/ajax/submit → 500");
        assertThat(ReportWriter.toJson(refused).path("evidence").path("basis").asText())
                .isEqualTo("a field message, and no request left");
        assertThat(ReportWriter.toJson(refused).path("outcome").asText()).isEqualTo("refused");
    }
}
