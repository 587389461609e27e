package org.warta.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A page of stories ranked by recency × independent outlets.
 *
 * @param since    only stories updated at or after this instant
 * @param offset   stories to skip
 * @param limit    stories to return, 1..100
 * @param halfLife how fast a story's rank decays with the age of its last update: a story updated
 *                 {@code halfLife} earlier than another needs twice the outlet weight to rank equally.
 *                 Default {@link #DEFAULT_HALF_LIFE}.
 */
public record StoryQuery(Optional<Instant> since, int offset, int limit, Duration halfLife) {

    /** Default half-life of a story's rank: 12 hours. */
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofHours(12);

    public StoryQuery {
        if (offset < 0 || offset > 100_000) {
            throw new IllegalArgumentException("offset must be between 0 and 100000");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("half-life must be positive");
        }
    }

    public static StoryQuery first(int limit) {
        return new StoryQuery(Optional.empty(), 0, limit, DEFAULT_HALF_LIFE);
    }
}
