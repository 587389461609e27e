package org.warta.cluster;

import org.warta.model.Article;
import org.warta.text.AnalyzedText;

/**
 * Stage, online: assigns each article (seen in publication order, then id) to a story and returns the story key.
 * Deterministic for a given order; its state must be serialisable (snapshot/restore).
 */
public interface StoryClusterer {

    /**
     * The part of assignment that depends on the article alone (its text analysis): pure and thread-safe, so a
     * batch can be analysed in parallel before it is assigned in order.
     */
    AnalyzedText analyse(Article article);

    /** Assigns an article whose text {@link #analyse} analysed, and returns the story key. Sequential. */
    String assign(Article article, AnalyzedText text);

    /** Analyses and assigns one article. */
    default String assign(Article article) {
        return assign(article, analyse(article));
    }

    /** The clusterer's whole state as bytes; the matching restore function continues exactly from it. */
    byte[] snapshot();
}
