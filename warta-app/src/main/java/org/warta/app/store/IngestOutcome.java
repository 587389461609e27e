package org.warta.app.store;

import java.util.Optional;

/**
 * What ingesting one article did.
 *
 * @param id       the article's id
 * @param stored   true when it was stored now; false when the same article was already stored
 * @param existing for an article already stored, the stored article's id
 * @param storyId  the story the (stored or existing) article belongs to, when known
 */
public record IngestOutcome(String id, boolean stored, Optional<String> existing, Optional<String> storyId) {
}
