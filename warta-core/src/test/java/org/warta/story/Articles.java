package org.warta.story;

import java.util.List;
import java.util.Optional;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.Moment;
import org.warta.model.Quote;

/** Small hand-made members for unit tests. */
final class Articles {

    private Articles() {
    }

    static Article of(String id, String outlet, String title, String text) {
        return new Article(id, id + ".txt", title, text, "id", Optional.empty(), Optional.of(outlet), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                List.of(), List.of(), List.of());
    }

    static Article withCredits(Article a, List<String> credits, Optional<String> duplicateOf, Optional<Moment> at) {
        return new Article(a.id(), a.source(), a.title(), a.text(), a.language(), a.url(), a.outlet(), at,
                Optional.empty(), Optional.empty(), Optional.empty(), credits, List.of(), duplicateOf, a.entities(),
                a.quotes(), a.dates());
    }

    static Article withNlp(Article a, List<Entity> e, List<Quote> q, List<DateMention> d) {
        return a.withAnalysis(e, q, d);
    }
}
