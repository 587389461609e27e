package org.warta.bench.extraction;

/** A system that turns one page into its main text, for evaluation. */
public interface TextExtractorUnderTest {
    /** Short name for tables. */
    String name();

    /**
     * The main text of a page.
     *
     * @param page the page: raw bytes, the same bytes decoded (for peers that take a string), and its URL
     * @return the extracted text; empty when the system finds none
     */
    String extract(EvalPage page) throws Exception;
}
