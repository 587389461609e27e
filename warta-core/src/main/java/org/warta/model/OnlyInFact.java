package org.warta.model;

import java.io.Serializable;

/**
 * A fact (sentence) that a single outlet of the story reports.
 *
 * @param text    the sentence
 * @param article id of the article
 * @param outlet  the outlet (or source) that reports it
 */
public record OnlyInFact(String text, String article, String outlet) implements Serializable {
}
