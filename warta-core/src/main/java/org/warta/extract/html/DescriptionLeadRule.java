package org.warta.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The lead (teaser) paragraph a page shows above its article: news pages put it in the article's {@code <header>}
 * or in a styled block of its own, which boilerplate removal and block classification drop with the header's date
 * and share bar. The page's own summary ({@code og:description}) tells it: when the summary, of at least
 * {@link #DEFAULT_MIN_CHARS} characters, is missing from the extracted text but its opening
 * ({@link #DEFAULT_PREFIX_CHARS} characters) is the text of a block the page shows (a dropped block, or a block of
 * an element removed as boilerplate), that block's text is put first. Only visible text is ever added: a summary
 * written for search engines alone is not. A block much longer than the summary is a container rather than the
 * lead; then the summary's own words are taken. Measured on the trafilatura dev set: see docs/extraction.md.
 */
final class DescriptionLeadRule {
    /** Shorter summaries ("Read the latest news") are not leads. */
    static final int DEFAULT_MIN_CHARS = 80;
    /** How much of the summary's opening must match a block. */
    static final int DEFAULT_PREFIX_CHARS = 40;
    /** A matching block longer than this many times the summary is a container: the summary is taken instead. */
    static final int DEFAULT_MAX_BLOCK_RATIO = 2;

    private final int minChars;
    private final int prefixChars;
    private final int maxBlockRatio;

    DescriptionLeadRule() {
        this(DEFAULT_MIN_CHARS, DEFAULT_PREFIX_CHARS, DEFAULT_MAX_BLOCK_RATIO);
    }

    DescriptionLeadRule(int minChars, int prefixChars, int maxBlockRatio) {
        this.minChars = minChars;
        this.prefixChars = prefixChars;
        this.maxBlockRatio = maxBlockRatio;
    }

    /**
     * The lead to put before {@code paragraphs}, if the summary is missing from them and shown on the page.
     *
     * @param description the page's summary, white space collapsed (may be empty)
     * @param paragraphs  the extracted paragraphs
     * @param blocks      every block of the cleaned page, in order
     * @param removed     elements cleaning removed as boilerplate (detached)
     */
    Optional<String> lead(String description, List<String> paragraphs, List<Block> blocks, List<Element> removed) {
        if (description.length() < minChars) {
            return Optional.empty();
        }
        String prefix = description.substring(0, prefixChars);
        for (String p : paragraphs) {
            if (p.contains(prefix)) {
                return Optional.empty();
            }
        }
        Optional<String> found = find(prefix, description, blocks);
        if (found.isPresent()) {
            return found;
        }
        for (Element e : removed) {
            if (e.text().contains(prefix)) {
                found = find(prefix, description, BlockCollector.collect(e, List.of()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> find(String prefix, String description, List<Block> blocks) {
        for (Block b : blocks) {
            String t = b.text();
            int at = t.indexOf(prefix);
            if (at >= 0) {
                return Optional.of(t.length() <= maxBlockRatio * description.length() ? t : description);
            }
        }
        return Optional.empty();
    }

    /** Paragraphs with the lead first. */
    static List<String> withLead(String lead, List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size() + 1);
        out.add(lead);
        out.addAll(paragraphs);
        return out;
    }
}
