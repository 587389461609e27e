package org.warta.extract;

/**
 * Tunable parameters of {@link WartaExtractor}. {@link #DEFAULTS} holds the values measured best on the
 * development set.
 *
 * @param maxBytes            inputs larger than this are rejected ("too large") rather than parsed
 * @param sniffBytes          leading bytes examined for a charset declaration and for binary content
 * @param maxLinkDensity      a text block whose share of characters inside links exceeds this is navigation
 * @param minCandidateChars   an element needs this many characters of its own paragraphs to be a main-content
 *                            candidate of the scorer
 * @param siblingScoreShare   siblings of the best candidate scoring at least this share of its score join it
 *                            (Readability's sibling rule)
 * @param minBodyChars        when the chosen content has fewer characters than this, the whole-page block
 *                            classifier is tried as well and the longer clean result kept
 * @param useTextRules        whether paragraphs taken from HTML also pass the scraped-text rules (see-also
 *                            inserts, captions, date lines, link lists)
 * @param goodBlockChars      a text block with at least this many non-space characters and few links is content
 *                            wherever it is on the page (jusText's "long" block)
 * @param minShortChars       outside the chosen content, shorter blocks are never content
 * @param veryShortChars      inside the chosen content, blocks shorter than this need content on both sides
 *                            (longer short blocks need it on one side)
 * @param proseChars          an element with at least this many characters of link-poor paragraph text is kept
 *                            even when its class name sounds like boilerplate (unless it is a comment section)
 * @param trailingBlockChars  outside and after the chosen content's last long block, a long block needs at least
 *                            this many characters to be content (author bios, newsletter boxes and teasers below
 *                            an article are shorter; measured: 200 gives F1 0.922 on the dev set against 0.918
 *                            with no such bound)
 */
public record ExtractionSettings(long maxBytes, int sniffBytes, double maxLinkDensity, int minCandidateChars,
                                 double siblingScoreShare, int minBodyChars, boolean useTextRules, int goodBlockChars,
                                 int minShortChars, int veryShortChars, int proseChars,
                                 int trailingBlockChars) {

    /** The defaults, measured best on the development set (trafilatura's 990 pages). */
    public static final ExtractionSettings DEFAULTS =
            new ExtractionSettings(64L << 20, 8192, 0.5, 140, 0.2, 250, true, 80, 20, 25, 800, 200);

    public ExtractionSettings {
        if (maxBytes <= 0 || sniffBytes < 64 || maxLinkDensity <= 0 || maxLinkDensity > 1 || minCandidateChars < 0
                || siblingScoreShare < 0 || minBodyChars < 0 || goodBlockChars < 1 || minShortChars < 0
                || veryShortChars < 0 || proseChars < 0 || trailingBlockChars < 0) {
            throw new IllegalArgumentException("invalid extraction settings");
        }
    }

    /** These settings with a different input size limit. */
    public ExtractionSettings withMaxBytes(long max) {
        return new ExtractionSettings(max, sniffBytes, maxLinkDensity, minCandidateChars, siblingScoreShare,
                minBodyChars, useTextRules, goodBlockChars, minShortChars, veryShortChars, proseChars,
                trailingBlockChars);
    }

    /** These settings with the scraped-text rules on or off for HTML paragraphs. */
    public ExtractionSettings withUseTextRules(boolean use) {
        return new ExtractionSettings(maxBytes, sniffBytes, maxLinkDensity, minCandidateChars, siblingScoreShare,
                minBodyChars, use, goodBlockChars, minShortChars, veryShortChars, proseChars,
                trailingBlockChars);
    }
}
