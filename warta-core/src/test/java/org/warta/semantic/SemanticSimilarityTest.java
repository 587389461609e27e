package org.warta.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.cluster.ArticleSimilarity;
import org.warta.cluster.DocumentFrequencies;
import org.warta.lang.LanguageIdentifier;
import org.warta.text.AnalyzedText;
import org.warta.text.TextAnalyzer;

class SemanticSimilarityTest {

    private static final String[][] ARTICLES = {
        {"Earthquake of magnitude 6.4 strikes central Turkey",
            "A strong earthquake of magnitude 6.4 struck central Turkey on Monday, damaging buildings in Malatya. "
                + "Rescue teams searched the rubble as aftershocks continued through the night."},
        {"Strong quake hits Malatya province, buildings collapse",
            "Buildings collapsed in Malatya after a 6.4-magnitude earthquake shook central Turkey on Monday. "
                + "Emergency workers pulled survivors from the debris while aftershocks rattled the region."},
        {"Central bank raises interest rates to curb inflation",
            "The central bank lifted its benchmark rate by half a point on Thursday, saying inflation remained "
                + "too high. Markets had expected the move and bond yields barely changed."},
        {"Local team wins the cup after penalty shoot-out",
            "The home side won the national cup final on Saturday, beating the champions on penalties after a "
                + "goalless draw. Fans celebrated in the streets until the early morning."}
    };

    private static List<AnalyzedText> analysed() {
        LanguageIdentifier lang = new LanguageIdentifier();
        TextAnalyzer analyzer = new TextAnalyzer();
        return java.util.Arrays.stream(ARTICLES)
                .map(a -> analyzer.analyze(lang.identify(a[0], a[1]), a[0], a[1])).toList();
    }

    @Test
    void realModelRanksTheSameStoryAboveOthers() throws Exception {
        assertThat(E5SmallEncoder.available()).isTrue();
        List<AnalyzedText> texts = analysed();
        try (OnnxSentenceEncoder encoder = E5SmallEncoder.load().orElseThrow()) {
            assertThat(encoder.dimension()).isEqualTo(384);
            SemanticSimilarity base = new SemanticSimilarity(new ArticleSimilarity(DocumentFrequencies.of(texts)),
                    encoder, SemanticSimilarity.Settings.defaults());
            List<SemanticSimilarity.Embedded> e = new java.util.ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                e.add(base.embed(texts.get(i), ARTICLES[i][0], ARTICLES[i][1]));
            }
            SemanticSimilarity s = base.withBackground(e);
            double same = s.similarity(e.get(0), e.get(1));
            assertThat(same).isGreaterThan(s.similarity(e.get(0), e.get(2)))
                    .isGreaterThan(s.similarity(e.get(1), e.get(3)))
                    .isGreaterThan(s.similarity(e.get(2), e.get(3)));
            assertThat(s.similarity(e.get(1), e.get(0))).isEqualTo(same);
            assertThat(s.features(e.get(0), e.get(1))).hasSize(SemanticSimilarity.FEATURES.size());
            float[] v = encoder.embed("Earthquake strikes Turkey");
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
            assertThat(encoder.embed("")).containsOnly(0f);
        }
    }

    @Test
    void cslsUsesTheBackgroundAndSkipsTheArticleItself() {
        List<AnalyzedText> texts = analysed();
        SentenceEncoder fake = new SentenceEncoder() {
            @Override
            public float[] embed(String text) {
                return embed(text, 10);
            }

            @Override
            public float[] embed(String text, int maxTokens) {
                return text.contains("arthquake") || text.contains("quake") ? new float[] {1, 0} : new float[] {0.6f, 0.8f};
            }

            @Override
            public int dimension() {
                return 2;
            }
        };
        SemanticSimilarity base = new SemanticSimilarity(new ArticleSimilarity(DocumentFrequencies.of(texts)), fake,
                new SemanticSimilarity.Settings(32, 256, 1, SemanticSimilarity.Weights.defaults()));
        var e = new java.util.ArrayList<SemanticSimilarity.Embedded>();
        for (int i = 0; i < texts.size(); i++) {
            e.add(base.embed(texts.get(i), ARTICLES[i][0], ARTICLES[i][1]));
        }
        // no background: CSLS is 2·cos
        assertThat(base.features(e.get(0), e.get(2))[5]).isCloseTo(2 * 0.6, org.assertj.core.data.Offset.offset(1e-6));
        // background: each article's nearest other article is its twin (cos 1), so r = 1 for all four
        SemanticSimilarity s = base.withBackground(e);
        assertThat(s.features(e.get(0), e.get(1))[6]).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(s.features(e.get(0), e.get(2))[6]).isCloseTo(2 * 0.6 - 2, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(s.similarity(e.get(0), e.get(1))).isBetween(0.0, 1.0).isGreaterThan(s.similarity(e.get(0), e.get(2)));
    }
}
