/**
 * Human-facing renderings of a {@link org.warta.model.Digest}: {@link org.warta.app.render.TextRenderer} for a
 * terminal, {@link org.warta.app.render.MarkdownRenderer}, and {@link org.warta.app.render.HtmlRenderer}, one
 * self-contained report page. Article content is untrusted: every renderer escapes what its format needs.
 */
package org.warta.app.render;
