package org.warta.pipeline;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.warta.cluster.StoryClusterer;
import org.warta.dedup.DuplicateDetector;
import org.warta.extract.ArticleExtractor;
import org.warta.nlp.ArticleAnalyzer;
import org.warta.story.StorySynthesizer;

/**
 * The stages a {@link Pipeline} composes. Stateless stages are shared; the two online stages (dedup, clustering)
 * hold state, so they are given as factories: each run or {@link StoryStream} gets fresh ones.
 *
 * @param extractor   raw bytes → article
 * @param language    article → language code
 * @param duplicates  factory of near-duplicate detectors
 * @param clusterer   factory of online story clusterers
 * @param restoreDuplicates a detector from its {@link DuplicateDetector#snapshot()}
 * @param restoreClusterer  a clusterer from its {@link StoryClusterer#snapshot()}
 * @param analyzer    entities, quotes, dates
 * @param synthesizer story members → story
 */
public record PipelineStages(
        ArticleExtractor extractor,
        LanguageTagger language,
        Supplier<? extends DuplicateDetector> duplicates,
        Supplier<? extends StoryClusterer> clusterer,
        Function<byte[], ? extends DuplicateDetector> restoreDuplicates,
        Function<byte[], ? extends StoryClusterer> restoreClusterer,
        ArticleAnalyzer analyzer,
        StorySynthesizer synthesizer) {

    public PipelineStages {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(clusterer, "clusterer");
        Objects.requireNonNull(restoreDuplicates, "restoreDuplicates");
        Objects.requireNonNull(restoreClusterer, "restoreClusterer");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(synthesizer, "synthesizer");
    }
}
