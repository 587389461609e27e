package org.warta.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.extract.Extraction;
import org.warta.extract.RawDocument;
import org.warta.model.Article;
import org.warta.model.Digest;
import org.warta.model.Problem;
import org.warta.model.Story;

/**
 * The whole pipeline for a batch: input → extract → language → dedup → cluster → nlp → story. Extraction is
 * per document ({@link #extract}); {@link #digest} then feeds the accepted articles to a fresh {@link StoryStream}
 * in {@link PublicationOrder} and synthesises each story. Thread-safe: runs share no mutable state.
 */
public final class Pipeline {

    private final PipelineStages stages;

    public Pipeline(PipelineStages stages) {
        this.stages = stages;
    }

    public PipelineStages stages() {
        return stages;
    }

    /** Extraction of one document. */
    public Extraction extract(RawDocument document) {
        return stages.extractor().extract(document);
    }

    /**
     * Clusters and synthesises a batch of extracted articles. An article whose id was already seen (the same
     * bytes given twice) is kept once and reported as a problem.
     *
     * @param extracted articles from {@link #extract}, any order
     * @param problems  problems met so far (kept in the digest)
     */
    public Digest digest(List<Article> extracted, List<Problem> problems) {
        List<Problem> allProblems = new ArrayList<>(problems);
        Map<String, Article> unique = new LinkedHashMap<>();
        for (Article a : extracted) {
            Article first = unique.putIfAbsent(a.id(), a);
            if (first != null) {
                allProblems.add(new Problem(a.source(), "same content as " + first.source() + "; counted once"));
            }
        }
        List<Article> ordered = new ArrayList<>(unique.values());
        ordered.sort(PublicationOrder.COMPARATOR);

        StoryStream stream = new StoryStream(stages);
        List<Article> placed = new ArrayList<>(ordered.size());
        Map<String, List<Article>> members = new LinkedHashMap<>();
        for (Placement p : stream.placeAll(ordered, true)) {
            placed.add(p.article());
            members.computeIfAbsent(p.storyId(), k -> new ArrayList<>()).add(p.article());
        }
        List<Story> stories = new ArrayList<>(members.entrySet().parallelStream()
                .map(e -> stages.synthesizer().synthesize(e.getKey(), e.getValue())).toList());
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            firstSeen.put(stories.get(i).id(), i);
        }
        stories.sort(Comparator
                .comparingInt((Story s) -> -s.independentSources().orElse(s.articles().size()))
                .thenComparingInt(s -> -s.articles().size())
                .thenComparingInt(s -> firstSeen.get(s.id())));
        return new Digest(placed, stories, allProblems);
    }
}
