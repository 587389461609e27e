/**
 * Extraction: raw input (HTML pages, already-scraped text, their .gz) to an {@link org.warta.model.Article} with
 * a clean body and metadata. Boilerplate rules are small classes and per-language data files.
 */
package org.warta.extract;
