package org.warta.app.render;

import java.util.List;
import org.warta.model.Article;
import org.warta.model.Digest;
import org.warta.model.Story;
import org.warta.story.WartaStorySynthesizer;

/** The seed articles as a one-story digest, for rendering tests. */
final class SeedDigest {

    private SeedDigest() {
    }

    static Digest load() throws Exception {
        List<Article> seeds = SeedArticles.load();
        Story story = new WartaStorySynthesizer().synthesize("seeds", seeds);
        return new Digest(seeds, List.of(story), List.of());
    }
}
