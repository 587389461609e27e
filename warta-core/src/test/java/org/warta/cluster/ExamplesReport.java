package org.warta.cluster;

import java.util.Map;
import org.warta.lang.LanguageIdentifier;

/** Prints story assignments of the examples beside gold (a diagnostic for tuning; not a test). */
final class ExamplesReport {
    public static void main(String[] args) throws Exception {
        var articles = ExampleCorpus.examples(new LanguageIdentifier());
        ClusteringSettings s = ClusteringSettings.defaults();
        if (args.length > 0) {
            ClusteringSettings d = s;
            s = new ClusteringSettings(d.titleWeight(), d.bodyWeight(), d.namesWeight(), d.numbersWeight(),
                    Double.parseDouble(args[0]), d.timeScaleDays(), d.sizeBonus(), d.shortTextBonus(),
                    d.shortTextTerms(), d.threshold(), d.crossLingualThreshold(), d.quietWindow(), d.maxStoryDuration(),
                    d.articleTerms(),
                    d.centroidTerms(), d.indexTerms(), d.queryTerms(), d.maxPostings(), d.maxCandidates(), d.documentHalfLife());
        }
        Map<String, String> got = new OnlineStoryClusterer(s).assignAll(articles);
        Map<String, String> gold = ExampleCorpus.goldStories();
        got.forEach((a, story) -> System.out.println(gold.get(a) + "  " + story + "  " + a));
    }
}
