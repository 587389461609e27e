package org.warta.nlp.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.warta.model.DateMention;

/**
 * One family of date expressions. Implementations are small, stateless and thread-safe.
 */
public interface DatePattern {

    /**
     * Adds the expressions of this family found in {@code text}.
     *
     * @param text   the article text, with its words
     * @param anchor the date relative expressions count from (the article's publication date), if known
     * @param out    where to add mentions
     */
    void find(DateText text, Optional<LocalDate> anchor, List<DateMention> out);
}
