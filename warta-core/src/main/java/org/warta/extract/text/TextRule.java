package org.warta.extract.text;

/**
 * One boilerplate or metadata rule over scraped text lines. Rules run in a fixed order, each looking at what the
 * earlier ones left as body; each is small and does one thing (Lucene's analysis chain is the model).
 */
interface TextRule {
    void apply(ScrapedPage page);
}
