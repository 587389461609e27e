package org.warta.extract.html;

import java.util.Optional;
import org.warta.model.Moment;

/**
 * Metadata read from a page's markup.
 *
 * @param title       headline
 * @param url         canonical URL
 * @param outlet      site name
 * @param published   publication time
 * @param modified    update time
 * @param byline      author(s)
 * @param description the page's own summary ({@code og:description}, {@code description} or
 *                    {@code twitter:description}), white space collapsed; empty when there is none
 */
public record PageMetadata(String title, Optional<String> url, Optional<String> outlet, Optional<Moment> published,
                           Optional<Moment> modified, Optional<String> byline, String description) {
}
