package org.warta.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warta.dedup.MinHashDuplicateDetector;
import org.warta.lang.LanguageIdentifier;
import org.warta.model.Article;

/** Prints the estimated Jaccard similarity of every pair of examples and seeds (for docs/same-story.md). */
final class DedupThresholdReport {
    public static void main(String[] args) throws Exception {
        LanguageIdentifier li = new LanguageIdentifier();
        List<Article> all = new ArrayList<>(ExampleCorpus.examples(li));
        all.addAll(ExampleCorpus.seeds(li));
        MinHashDuplicateDetector d = new MinHashDuplicateDetector();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                double s = d.similarity(MinHashDuplicateDetector.words(all.get(i).title(), all.get(i).text()),
                        MinHashDuplicateDetector.words(all.get(j).title(), all.get(j).text()));
                rows.add(new String[] {String.format(Locale.ROOT, "%.3f", s), all.get(i).id(), all.get(j).id()});
            }
        }
        rows.sort((a, b) -> b[0].compareTo(a[0]));
        rows.stream().limit(8).forEach(r -> System.out.println(String.join("  ", r)));
    }
}
