package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.packaging.BashCompletion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code optout completion}: the script it prints, sourced in a real bash. */
class CompletionCommandTest {

    @TempDir
    Path home;

    private CliHarness cli;
    private Path script;

    @BeforeEach
    void write_the_bash_script() throws Exception {
        cli = new CliHarness(home);
        CliHarness.Result result = cli.run("completion", "bash");
        assertThat(result.exitCode()).as(result.err()).isZero();
        script = Files.writeString(home.resolve("optout.bash"), result.out());
    }

    @Test
    void run_completes_a_pack_id_from_its_first_letters() {
        assertThat(BashCompletion.offers(script, "optout", "run", "fac"))
                .containsExactlyInAnyOrder("facebook-objection", "facebook-privacy-center-path");
    }

    @Test
    void check_and_fix_complete_pack_ids_as_run_does() {
        assertThat(BashCompletion.offers(script, "optout", "check", "fac"))
                .containsExactlyInAnyOrder("facebook-objection", "facebook-privacy-center-path");
        assertThat(BashCompletion.offers(script, "optout", "fix", "insta"))
                .containsExactlyInAnyOrder("instagram-objection", "instagram-policy-path");
    }

    @Test
    void plan_offers_every_bundled_pack() {
        assertThat(BashCompletion.offers(script, "optout", "plan", ""))
                .contains("facebook-objection", "instagram-objection", "off-meta-activity", "third-party-ai-data");
    }

    @Test
    void subcommands_and_the_shells_complete_too() {
        assertThat(BashCompletion.offers(script, "optout", "comp")).containsExactly("completion");
        assertThat(BashCompletion.offers(script, "optout", "completion", "")).containsExactlyInAnyOrder("bash", "zsh");
    }

    @Test
    void a_pack_id_is_not_offered_where_no_pack_is_asked_for() {
        assertThat(BashCompletion.offers(script, "optout", "letter", "fac")).doesNotContain("facebook-objection");
    }

    @Test
    void the_zsh_script_is_picocli_s_script_which_loads_bashcompinit() {
        CliHarness.Result zsh = cli.run("completion", "zsh");

        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).contains("autoload -U +X bashcompinit && bashcompinit")
                .contains("facebook-objection");
    }

    @Test
    void an_unknown_shell_is_a_usage_error() {
        CliHarness.Result result = cli.run("completion", "fish");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("fish");
    }
}
