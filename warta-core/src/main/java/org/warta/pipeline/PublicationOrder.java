package org.warta.pipeline;

import java.time.Instant;
import java.util.Comparator;
import org.warta.model.Article;

/**
 * The order in which a batch is fed to the online stages: by {@code published} (articles without a date last,
 * since they cannot be placed in time), then by id. Moments without a time count as noon, without an offset as UTC
 * ({@link org.warta.model.Moment#approximateInstant()}).
 */
public final class PublicationOrder {

    /** The comparator. */
    public static final Comparator<Article> COMPARATOR = Comparator
            .comparing((Article a) -> a.published().map(m -> m.approximateInstant()).orElse(Instant.MAX))
            .thenComparing(Article::id);

    private PublicationOrder() {
    }
}
