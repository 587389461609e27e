package org.warta.extract.text;

import java.util.Collection;

/**
 * The shape shared by the rules for an article's edges: among the first (or last) few body lines, a short line
 * holding one of the rule's cue phrases is dropped. Each such line goes alone, so an article paragraph between two
 * cue lines stays; the last body line is never dropped, and pages with too few body lines are left alone (there
 * the cue line may be the text).
 */
abstract class EdgeCueRule implements TextRule {

    /** Which end of the body is looked at. */
    enum Edge { HEAD, TAIL }

    private final Edge edge;
    private final String reason;
    private final CuePhrases cues;
    private final int lines;
    private final int maxChars;
    private final int minLines;

    /**
     * @param reason   why a dropped line was dropped (kept with the line)
     * @param lines    body lines looked at from that edge
     * @param maxChars longer lines are article paragraphs even with a cue phrase in them
     * @param minLines fewer body lines than this: the rule does nothing
     */
    EdgeCueRule(Edge edge, String reason, Collection<String> phrases, int lines, int maxChars, int minLines) {
        this.edge = edge;
        this.reason = reason;
        this.cues = new CuePhrases(phrases);
        this.lines = lines;
        this.maxChars = maxChars;
        this.minLines = minLines;
    }

    @Override
    public final void apply(ScrapedPage page) {
        int body = 0;
        for (Line l : page.lines) {
            if (l.isBody()) {
                body++;
            }
        }
        if (body < minLines) {
            return;
        }
        int n = page.lines.size();
        int seen = 0;
        for (int k = 0; k < n && seen < lines && body - seen > 1; k++) {
            Line l = page.lines.get(edge == Edge.HEAD ? k : n - 1 - k);
            if (!l.isBody()) {
                continue;
            }
            seen++;
            if (l.text.length() <= maxChars && cues.foundIn(l.text)) {
                l.drop(reason);
            }
        }
    }
}
