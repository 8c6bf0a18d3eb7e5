package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShortenedTextTest {

    @Test
    void a_text_that_fits_is_left_as_it_is() {
        assertThat(ShortenedText.of("Short. Text.", 12).text()).isEqualTo("Short. Text.");
    }

    @Test
    void a_text_is_cut_after_the_last_whole_sentence_that_fits() {
        ShortenedText cut = ShortenedText.of("One. Two is here! Three is too long to fit.", 25);

        assertThat(cut.text()).isEqualTo("One. Two is here!");
        assertThat(cut.cut()).isEqualTo(ShortenedText.Cut.SENTENCE);
    }

    @Test
    void a_sentence_that_ends_exactly_at_the_limit_is_kept_whole() {
        assertThat(ShortenedText.of("One two. Three four.", 8).text()).isEqualTo("One two.");
    }

    @Test
    void a_full_stop_inside_a_word_is_no_sentence_end() {
        ShortenedText cut = ShortenedText.of("Visit www.example.org for the whole story", 20);

        assertThat(cut.text()).isEqualTo("Visit www.example.org".substring(0, 5));
        assertThat(cut.cut()).isEqualTo(ShortenedText.Cut.WORD);
    }

    @Test
    void without_a_sentence_that_fits_the_text_is_cut_at_the_last_word_that_fits() {
        ShortenedText cut = ShortenedText.of("one two three four five", 14);

        assertThat(cut.text()).isEqualTo("one two three");
        assertThat(cut.cut()).isEqualTo(ShortenedText.Cut.WORD);
    }

    @Test
    void a_single_word_longer_than_the_limit_is_cut_at_the_limit() {
        ShortenedText cut = ShortenedText.of("Donaudampfschifffahrtsgesellschaft", 10);

        assertThat(cut.text()).isEqualTo("Donaudampf");
        assertThat(cut.cut()).isEqualTo(ShortenedText.Cut.LIMIT);
    }

    @Test
    void characters_are_counted_as_a_person_counts_them_and_never_split() {
        ShortenedText cut = ShortenedText.of("😀😀😀😀 Καλημέρα σας. Δεύτερη πρόταση.", 22);

        assertThat(cut.text()).isEqualTo("😀😀😀😀 Καλημέρα σας.");
        assertThat(cut.length()).isEqualTo(18);
    }

    @Test
    void a_line_break_after_a_sentence_ends_it_too() {
        assertThat(ShortenedText.of("First line.\nSecond line is long", 20).text()).isEqualTo("First line.");
    }

    @Test
    void a_limit_below_one_is_a_mistake() {
        assertThatThrownBy(() -> ShortenedText.of("text", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
