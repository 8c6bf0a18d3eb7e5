package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code optout guide} end to end: the routing picks the packs, one browser walks them all against the replica. */
class GuideAgainstReplicaTest {

    private static final List<String> META_ORIGINS = List.of("https://www.facebook.com", "https://help.instagram.com",
            "https://accountscenter.facebook.com", "https://www.meta.ai", "https://www.messenger.com");

    private static ReplicaServer replica;

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeAll
    static void start() {
        replica = ReplicaServer.start(new Scenario());
    }

    @AfterAll
    static void stop() {
        replica.close();
    }

    @BeforeEach
    void fresh() {
        replica.scenario().reset();
        replica.recorder().clear();
        cli = new CliHarness(home);
    }

    private CliHarness.Result guide(String stdin, String... options) {
        List<String> args = new ArrayList<>(List.of("--set", "first_name=Alex", "--set", "last_name=Example", "--set",
                "email=alex@example.test", "--set", "prompts=Who is Alex Example?"));
        args.addAll(List.of(options));
        return guideWithoutValues(stdin, args.toArray(String[]::new));
    }

    private CliHarness.Result guideWithoutValues(String stdin, String... options) {
        List<String> args = new ArrayList<>(List.of("guide", "--headless", "--profile", home.resolve("profile")
                .toString(), "--report", home.resolve("reports").toString()));
        META_ORIGINS.forEach(origin -> args.addAll(List.of("--origin-map", origin + "=" + replica.baseUrl())));
        args.addAll(List.of(options));
        return cli.withInput(stdin, args.toArray(String[]::new));
    }

    private static long occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1L;
    }

    @Test
    void a_dry_run_for_a_person_in_germany_walks_the_eu_set_and_sends_nothing() throws Exception {
        CliHarness.Result result = guide("", "--country", "DE", "--platforms", "facebook,instagram", "--dry-run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("right to object")
                .contains("Dry run of facebook-objection").contains("Dry run of instagram-objection")
                .contains("Dry run of third-party-ai-data").contains("Dry run of off-meta-activity")
                .doesNotContain("meta-ai-chat-deletion");
        assertThat(replica.recorder().submissions()).isEmpty();
        try (Stream<Path> reports = Files.list(home.resolve("reports"))) {
            assertThat(reports.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("facebook-objection",
                    "instagram-objection", "third-party-ai-data", "off-meta-activity");
        }
    }

    @Test
    void a_dry_run_for_a_person_in_the_us_walks_the_us_set() {
        CliHarness.Result result = guide("", "--country", "US", "--platforms", "facebook", "--dry-run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("no opt-out").contains("Dry run of meta-ai-chat-deletion")
                .contains("Dry run of third-party-ai-data").contains("Dry run of off-meta-activity")
                .doesNotContain("Dry run of facebook-objection");
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void a_live_guide_in_brazil_asks_before_each_pack_and_sends_only_what_was_approved() {
        CliHarness.Result result = guide("\ny\nn\n", "--country", "Brasil", "--platforms", "fb,insta");

        assertThat(result.out()).contains("Brazil").contains("LGPD (Art. 18 § 2)").contains("optout letter --lang pt")
                .contains("Since 16 December 2025 Meta uses your conversations with Meta AI")
                .contains("Running facebook-objection").contains("Running instagram-objection");
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isEqualTo(1);
        assertThat(replica.recorder().submissionCount(Submission.INSTAGRAM_OBJECTION)).isZero();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.DECLINED);
        assertThat(result.out()).contains("facebook-objection       confirmed")
                .contains("instagram-objection      declined").contains("LGPD");
    }

    @Test
    void a_pack_unticked_in_the_checklist_is_not_run_and_its_values_are_not_asked() throws Exception {
        CliHarness.Result result = guideWithoutValues("2 3\n", "--country", "DE", "--platforms", "facebook,instagram",
                "--dry-run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("[x] 2. Object to Meta using your Instagram information for AI")
                .contains("Left out: instagram-objection, third-party-ai-data.")
                .contains("Dry run of facebook-objection").contains("Dry run of off-meta-activity")
                .doesNotContain("Dry run of instagram-objection").doesNotContain("Dry run of third-party-ai-data")
                .doesNotContain("Your first name").doesNotContain("prompts you gave Meta AI");
        try (Stream<Path> reports = Files.list(home.resolve("reports"))) {
            assertThat(reports.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("facebook-objection",
                    "off-meta-activity");
        }
    }

    @Test
    void one_email_asked_once_goes_into_every_form_that_takes_one_the_objection_forms_included() {
        // Answers: keep every pack ticked; the email; the third-party form's names and prompts; then a yes for each
        // send. The optional screenshot is left out: the test's browser has no window to attach it in.
        String email = "canary+7f3@example.test";

        CliHarness.Result result = guideWithoutValues("\n" + email + "\nAlex\nExample\nWho is Alex?\ny\ny\ny\ny\n",
                "--country", "AT", "--platforms", "facebook,instagram");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(occurrences(result.out(), "Your email address for Meta's replies")).isEqualTo(1);
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("email", email));
        assertThat(replica.recorder().submissionsTo(Submission.INSTAGRAM_OBJECTION)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("email", email));
        assertThat(replica.recorder().submissionsTo(Submission.THIRD_PARTY_AI_DATA)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("email", email));
        assertThat(result.out()).doesNotContain(email);
    }

    @Test
    void what_this_profile_sent_before_is_skipped_before_anything_is_asked() {
        guide("\ny\n", "--country", "BR", "--platforms", "facebook");

        CliHarness.Result again = guideWithoutValues("", "--country", "BR", "--platforms", "facebook");

        assertThat(again.out()).contains("Skipping facebook-objection: this profile already sent "
                        + "facebook-ai-objection (with facebook-objection)")
                .contains("Nothing left to send.").doesNotContain("Your email address");
        assertThat(again.exitCode()).isZero();
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }
}
