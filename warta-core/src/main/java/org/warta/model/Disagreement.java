package org.warta.model;

import java.io.Serializable;
import java.util.List;

/**
 * The same fact stated differently by different outlets.
 *
 * @param kind     what differs: "number", "date", "title", "name"
 * @param subject  what the fact is about (e.g. "Kim Jong Un")
 * @param variants each way it is stated, with the articles that state it that way
 */
public record Disagreement(String kind, String subject, List<Variant> variants) implements Serializable {
    public Disagreement {
        variants = List.copyOf(variants);
    }

    /**
     * @param value    the differing value ("Presiden Korea Utara")
     * @param text     a sentence stating it
     * @param articles ids of the articles stating it this way
     */
    public record Variant(String value, String text, List<String> articles) implements Serializable {
        public Variant {
            articles = List.copyOf(articles);
        }
    }
}
