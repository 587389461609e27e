package org.warta.store;

import java.util.Objects;
import java.util.Optional;
import org.warta.model.Article;
import org.warta.model.Moment;

/**
 * What lists show of an article (search hits, a story's coverage): no text, no analysis. The store keeps it in a
 * column of its own, so a list never decodes whole articles.
 *
 * @param id          the article's id
 * @param source      where it came from
 * @param title       the headline
 * @param language    ISO 639-1 code
 * @param url         canonical URL
 * @param outlet      the outlet
 * @param published   publication time
 * @param duplicateOf the article it is a near-copy of
 */
public record ArticleSummary(String id, String source, String title, String language, Optional<String> url,
                             Optional<String> outlet, Optional<Moment> published, Optional<String> duplicateOf) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
    }

    public static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id(), a.source(), a.title(), a.language(), a.url(), a.outlet(), a.published(),
                a.duplicateOf());
    }

    /** The outlet if known, else the source. */
    public String outletOrSource() {
        return outlet.orElse(source);
    }
}
