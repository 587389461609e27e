package org.warta.cluster;

import org.warta.model.Article;

/**
 * Stage, online: assigns each article (seen in publication order, then id) to a story and returns the story key.
 * Deterministic for a given order; its state must be serialisable (snapshot/restore).
 */
public interface StoryClusterer {
    String assign(Article article);

    /** The clusterer's whole state as bytes; the matching restore function continues exactly from it. */
    byte[] snapshot();
}
