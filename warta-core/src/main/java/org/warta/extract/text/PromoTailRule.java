package org.warta.extract.text;

import java.util.Collection;

/**
 * Calls to action after an article: among the last {@link #DEFAULT_TAIL_LINES} body lines, a line of at most
 * {@link #DEFAULT_MAX_CHARS} characters holding a {@code promo} phrase ("newsletter", "subscribe", "follow us",
 * "könnte Sie auch interessieren", "síguenos", "©") is dropped: newsletter boxes, subscription and donation
 * prompts, app and social-media plugs, copyright lines. Each such line goes alone, so a closing paragraph of the
 * article that sits between two prompts stays. Pages of fewer than {@link #DEFAULT_MIN_LINES} body lines are left
 * alone (there the prompt may be the text). Measured on the trafilatura dev set: 27 fewer false-positive snippets
 * for 2 lost true positives.
 */
final class PromoTailRule extends EdgeCueRule {
    /** How many body lines at the end are looked at. */
    static final int DEFAULT_TAIL_LINES = 5;
    /** Longer lines are paragraphs of the article even with a cue phrase in them. */
    static final int DEFAULT_MAX_CHARS = 400;
    /** Fewer body lines than this: the rule does nothing. */
    static final int DEFAULT_MIN_LINES = 3;

    PromoTailRule(Collection<String> promoPhrases) {
        this(promoPhrases, DEFAULT_TAIL_LINES, DEFAULT_MAX_CHARS, DEFAULT_MIN_LINES);
    }

    PromoTailRule(Collection<String> promoPhrases, int tailLines, int maxChars, int minLines) {
        super(Edge.TAIL, "promo", promoPhrases, tailLines, maxChars, minLines);
    }
}
