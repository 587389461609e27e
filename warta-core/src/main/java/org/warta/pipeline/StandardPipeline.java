package org.warta.pipeline;

import java.util.Locale;
import java.util.Optional;
import org.warta.cluster.ClusteringSettings;
import org.warta.cluster.OnlineStoryClusterer;
import org.warta.dedup.DedupSettings;
import org.warta.dedup.MinHashDuplicateDetector;
import org.warta.extract.ExtractionSettings;
import org.warta.extract.WartaExtractor;
import org.warta.lang.LanguageIdentifier;
import org.warta.model.Article;
import org.warta.nlp.WartaAnalyzer;
import org.warta.story.SynthesisSettings;
import org.warta.story.WartaStorySynthesizer;

/**
 * The product's composition root: Warta's own implementation of every stage, configured by typed settings.
 * Every caller (CLI, server, benchmarks) builds its pipeline here, so they all run the same thing.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /**
     * Settings of every stage, each with its documented defaults.
     *
     * @param extraction extraction parameters
     * @param language   language identification parameters
     * @param dedup      near-duplicate detection parameters
     * @param clustering online clustering parameters
     * @param synthesis  story synthesis parameters
     */
    public record Settings(ExtractionSettings extraction, LanguageIdentifier.Settings language, DedupSettings dedup,
                           ClusteringSettings clustering, SynthesisSettings synthesis) {

        public static Settings defaults() {
            return new Settings(ExtractionSettings.DEFAULTS, LanguageIdentifier.Settings.defaults(),
                    DedupSettings.defaults(), ClusteringSettings.defaults(), SynthesisSettings.defaults());
        }

        /** The same settings with another summary length. */
        public Settings withSummarySentences(int n) {
            return new Settings(extraction, language, dedup, clustering, synthesis.withSummarySentences(n));
        }
    }

    /** The stages with default settings. */
    public static PipelineStages stages() {
        return stages(Settings.defaults());
    }

    /** The stages for the given settings. */
    public static PipelineStages stages(Settings s) {
        LanguageIdentifier identifier = new LanguageIdentifier(s.language());
        return new PipelineStages(
                new WartaExtractor(s.extraction()),
                a -> identifier.identify(a.title(), a.text(), countryOf(a)),
                () -> new MinHashDuplicateDetector(s.dedup()),
                () -> new OnlineStoryClusterer(s.clustering()),
                MinHashDuplicateDetector::restore,
                OnlineStoryClusterer::restore,
                new WartaAnalyzer(),
                new WartaStorySynthesizer(s.synthesis()));
    }

    /** A pipeline with default settings. */
    public static Pipeline create() {
        return new Pipeline(stages());
    }

    /** A pipeline for the given settings. */
    public static Pipeline create(Settings s) {
        return new Pipeline(stages(s));
    }

    /**
     * The outlet's country from its URL's country-code top-level domain ({@code .id}, {@code .co.id},
     * {@code .my}...), used as a prior by language identification.
     */
    static Optional<String> countryOf(Article a) {
        return a.url().flatMap(u -> {
            String host = u.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceFirst("[/:?#].*$", "");
            int dot = host.lastIndexOf('.');
            if (dot < 0 || dot == host.length() - 1) {
                return Optional.empty();
            }
            String tld = host.substring(dot + 1).toUpperCase(Locale.ROOT);
            return tld.length() == 2 && tld.chars().allMatch(Character::isLetter) ? Optional.of(tld) : Optional.empty();
        });
    }
}
