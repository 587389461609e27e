package org.warta.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Disagreement;
import org.warta.model.OnlyInFact;
import org.warta.model.Story;
import org.warta.model.SummarySentence;

/** The five seed articles on the Russia–North Korea pact of 19 June 2024 make one good story. */
class SeedStoryTest {

    static List<Article> seeds;
    static Story story;

    @BeforeAll
    static void synthesize() throws Exception {
        seeds = SeedArticles.load();
        assertThat(seeds).hasSize(5);
        story = new WartaStorySynthesizer().synthesize("seeds", seeds);
    }

    static String id(String prefix) {
        return seeds.stream().filter(a -> a.source().startsWith(prefix)).map(Article::id).findFirst().orElseThrow();
    }

    @Test
    void headlineIsAnIndonesianMemberTitleAboutTheMutualAssistancePact() {
        assertThat(seeds.stream().map(Article::title)).contains(story.headline());
        assertThat(story.headline()).containsIgnoringCase("saling");
        assertThat(story.language()).contains("id");
    }

    @Test
    void summaryHasFiveCorroboratedSentences() {
        assertThat(story.summary()).hasSize(5);
        assertThat(story.summary()).allSatisfy(s -> assertThat(s.articles()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(story.summary().stream().map(SummarySentence::text).distinct()).hasSize(5);
    }

    @Test
    void everyCitedArticleStatesTheFactByTheFactMatcher() {
        StoryText text = StoryText.analyse(seeds, SynthesisSettings.defaults());
        for (SummarySentence s : story.summary()) {
            StorySentence source = text.sentences().stream().filter(x -> x.text().equals(s.text())).findFirst()
                    .orElseThrow();
            for (String cited : s.articles()) {
                boolean states = text.sentences().stream().filter(x -> x.articleId().equals(cited))
                        .anyMatch(x -> text.sameFact(source.id(), x.id()));
                assertThat(states).as("%s states: %s", cited, s.text()).isTrue();
            }
        }
    }

    /**
     * Checked by hand: the mutual-assistance clause is stated by 000 ("saling membantu jika terjadi agresi"), 001
     * ("saling bantu jika salah satu negara diserang"), 002 ("bantuan saling menolong dalam hal serangan") and 003
     * ("pertahanan bersama jika terjadi agresi"); 004 only reports the signing.
     */
    @Test
    void mutualAssistanceSentenceCitesOnlyArticlesThatStateIt() {
        Set<String> stating = Set.of(id("000"), id("001"), id("002"), id("003"));
        SummarySentence pact = story.summary().stream()
                .filter(s -> s.text().matches("(?is).*(saling (bantu|membantu|mendukung)|bantuan timbal balik).*"))
                .findFirst().orElseThrow();
        assertThat(pact.articles()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(stating).containsAll(pact.articles());
    }

    @Test
    void kimTitleDisagreementIsFound() {
        Disagreement kim = story.disagreements().stream()
                .filter(d -> d.kind().equals("title") && d.subject().contains("Kim")).findFirst().orElseThrow();
        Map<String, List<String>> byValue = new HashMap<>();
        kim.variants().forEach(v -> byValue.put(v.value().toLowerCase(), v.articles()));
        assertThat(byValue).containsKey("presiden korea utara");
        assertThat(byValue.get("presiden korea utara")).containsExactly(id("003"));
        List<String> leader = kim.variants().stream().filter(v -> v.value().toLowerCase().startsWith("pemimpin"))
                .findFirst().orElseThrow().articles();
        assertThat(leader).contains(id("000"), id("002"), id("004"));
    }

    @Test
    void noDisagreementAboutPutinsTitle() {
        assertThat(story.disagreements()).noneMatch(d -> d.subject().contains("Putin"));
    }

    @Test
    void antaraAndAnadoluAreCredited() {
        assertThat(story.credits()).contains("ANTARA", "Anadolu");
        assertThat(story.credits().get(0)).isEqualTo("ANTARA");
    }

    @Test
    void onlyAntaraRiauTellsOf1945AndTheSovietPilots() {
        List<String> only004 = story.onlyIn().stream().filter(f -> f.article().equals(id("004")))
                .map(OnlyInFact::text).toList();
        assertThat(only004).anyMatch(t -> t.contains("1945") && t.contains("Soviet"));
        assertThat(only004).anyMatch(t -> t.contains("1950-1953") && t.contains("pilot Soviet"));
        assertThat(story.onlyIn()).allSatisfy(f -> assertThat(f.outlet()).isNotBlank());
    }

    @Test
    void provenanceAndOutlets() {
        assertThat(story.outlets()).containsExactlyInAnyOrder("RADARDETIK.ID", "MerahPutih.com", "ANTARA");
        assertThat(story.independentSources()).hasValue(5);
        assertThat(story.copies()).isEmpty();
        assertThat(story.firstReport()).isPresent();
        assertThat(story.articles()).hasSize(5);
    }

    @Test
    void withoutNlpDataEntitiesQuotesAndTimelineAreEmptyNotFaked() {
        assertThat(story.entities()).isEmpty();
        assertThat(story.quotes()).isEmpty();
        assertThat(story.eventDate()).isEmpty();
        // without NLP dates, the only dated events are explicit dates in photo captions (the 13/9/2023 meeting)
        java.util.Set<String> captions = new java.util.HashSet<>();
        seeds.forEach(a -> a.captions().forEach(c -> captions.add(c)));
        assertThat(story.timeline()).allSatisfy(e -> {
            assertThat(e.date()).isEqualTo("2023-09-13");
            assertThat(captions).anyMatch(c -> c.contains(e.text().substring(0, 40)));
        });
    }
}
