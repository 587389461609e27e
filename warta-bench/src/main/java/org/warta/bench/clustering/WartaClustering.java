package org.warta.bench.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.warta.cluster.ClusteringSettings;
import org.warta.cluster.OnlineStoryClusterer;
import org.warta.lang.LanguageIdentifier;
import org.warta.model.Article;

/** Runs Warta's pipeline stages language → clustering over a corpus, in the documented batch order. */
public final class WartaClustering {

    private WartaClustering() {
    }

    /** Articles with their identified language (shared by every clustering run on the corpus). */
    public static List<Article> articles(ClusteringCorpus corpus, LanguageIdentifier languages) {
        List<Article> out = new ArrayList<>();
        for (ClusteringCorpus.Doc d : corpus.documents()) {
            Article a = Article.of(d.id(), "docs/" + d.id() + ".txt", d.title(), d.text());
            out.add(a.withLanguage(languages.identify(d.title(), d.text())));
        }
        return out;
    }

    public static Map<String, String> cluster(List<Article> articles, ClusteringSettings settings) {
        return new OnlineStoryClusterer(settings).assignAll(articles);
    }
}
