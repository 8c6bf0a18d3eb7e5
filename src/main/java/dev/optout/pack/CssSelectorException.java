package dev.optout.pack;

/**
 * Why a CSS selector is refused: a sentence that reads after the selector ({@code does not parse: …} or
 * {@code could never match: …}), ending with where in the selector the trouble starts.
 */
final class CssSelectorException extends RuntimeException {

    CssSelectorException(String reason) {
        super(reason, null, false, false);
    }
}
