package dev.optout.engine;

/**
 * A text cut to fit a length limit where a reader would end it: after the last whole sentence that fits, else at the
 * last word boundary, else (one word longer than the limit) at the limit itself. Lengths are in characters as a
 * person counts them (code points), as a field's {@code maxlength} counts them too.
 *
 * @param text the shortened text, without trailing space
 * @param cut  where it was cut
 */
record ShortenedText(String text, Cut cut) {

    /** Where a text was cut. */
    enum Cut {
        SENTENCE("at the end of the last sentence that fits"),
        WORD("at the last word that fits"),
        LIMIT("at the limit, inside a word");

        private final String inWords;

        Cut(String inWords) {
            this.inWords = inWords;
        }

        String inWords() {
            return inWords;
        }
    }

    private static final String SENTENCE_ENDS = ".!?…。！？";

    /** {@code text} cut to at most {@code limit} characters; a text that fits is returned as it is. */
    static ShortenedText of(String text, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("a limit is at least one character, not " + limit);
        }
        if (length(text) <= limit) {
            return new ShortenedText(text, Cut.SENTENCE);
        }
        // Everything that fits; a cut is only ever made inside it. The character after it tells whether its last
        // word or sentence ends there.
        int end = text.offsetByCodePoints(0, limit);
        int sentence = -1;
        int word = -1;
        for (int i = 0; i < end; i++) {
            boolean boundaryAfter = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0 && boundaryAfter) {
                sentence = i + 1;
            }
            if (Character.isWhitespace(text.charAt(i))) {
                word = i;
            }
        }
        if (Character.isWhitespace(text.charAt(end))) {
            word = end;
        }
        if (sentence > 0) {
            return new ShortenedText(text.substring(0, sentence).stripTrailing(), Cut.SENTENCE);
        }
        String upToWord = word > 0 ? text.substring(0, word).stripTrailing() : "";
        if (!upToWord.isEmpty()) {
            return new ShortenedText(upToWord, Cut.WORD);
        }
        return new ShortenedText(text.substring(0, end), Cut.LIMIT);
    }

    /** How many characters a person (and a field's maxlength) counts in {@code text}. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    int length() {
        return length(text);
    }
}
