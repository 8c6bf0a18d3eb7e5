package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.pack.PackRepository;
import org.junit.jupiter.api.Test;

/** What a pack's sends go to, as the ledger keys them (issue 7.3). */
class SendTargetsTest {

    private static Pack bundled(String id) {
        return PackRepository.bundledOnly().byId(id).orElseThrow();
    }

    @Test
    void the_objection_pack_and_the_privacy_center_path_that_includes_it_send_to_the_same_form() {
        assertThat(SendTargets.of(bundled("facebook-objection"))).containsExactly("facebook-ai-objection");
        assertThat(SendTargets.of(bundled("facebook-privacy-center-path"))).containsExactly("facebook-ai-objection");
        assertThat(SendTargets.of(bundled("instagram-policy-path")))
                .containsExactlyElementsOf(SendTargets.of(bundled("instagram-objection")));
    }

    @Test
    void a_send_without_an_id_goes_to_the_page_the_pack_opened_last_before_it() {
        Pack pack = new PackLoader().load("mine.yaml", String.join("\n",
                "format: 1",
                "id: mine",
                "title: A pack of one's own",
                "origins: [https://www.facebook.com]",
                "targets:",
                "  send: [{role: button, name: Send}]",
                "steps:",
                "  - open: https://www.facebook.com/help/contact/6359191084165019?ref=x#top",
                "  - confirm: Send?",
                "  - click: send",
                "    submits: true",
                ""));

        assertThat(SendTargets.of(pack)).containsExactly("https://www.facebook.com/help/contact/6359191084165019");
    }
}
