package org.warta.model;

import java.io.Serializable;

/**
 * Provenance: {@code article} is a near-copy (syndication) of {@code original}.
 *
 * @param article  the copy's id
 * @param original the id of the earliest article of the same text
 */
public record CopyLink(String article, String original) implements Serializable {
}
