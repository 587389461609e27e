package org.warta.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Digest;
import org.warta.model.Disagreement;
import org.warta.model.OnlyInFact;
import org.warta.model.Story;

/** The seed story against the hand-written expectations in {@code src/test/resources/seeds-story-gold.json}. */
class SeedStoryGoldTest {

    private static Path gold() {
        return Path.of(System.getProperty("warta.root", "..")).resolve("warta-app/src/test/resources/seeds-story-gold.json");
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    @Test
    void seedStoryMatchesGold() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(gold().toFile());
        Digest digest = SeedDigest.load();
        Story story = digest.stories().get(0);
        List<Article> seeds = digest.articles();
        java.util.function.Function<String, String> id = prefix -> seeds.stream()
                .filter(a -> a.source().startsWith(prefix)).map(Article::id).findFirst().orElseThrow();

        for (JsonNode o : gold.path("only_in")) {
            String article = id.apply(o.path("article").asText());
            List<String> allOf = strings(o.path("all_of"));
            assertThat(story.onlyIn()).as(o.path("why").asText())
                    .anyMatch(f -> f.article().equals(article) && allOf.stream().allMatch(f.text()::contains));
        }
        for (JsonNode o : gold.path("not_only_in")) {
            List<String> anyOf = strings(o.path("any_of"));
            assertThat(story.onlyIn()).as(o.path("why").asText()).map(OnlyInFact::text)
                    .noneMatch(t -> anyOf.stream().anyMatch(t::contains));
        }
        for (JsonNode d : gold.path("disagreements")) {
            Disagreement found = story.disagreements().stream()
                    .filter(x -> x.kind().equals(d.path("kind").asText())
                            && x.subject().contains(d.path("subject_contains").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("missing: " + d.path("why").asText()));
            for (JsonNode v : d.path("variants")) {
                Disagreement.Variant variant = found.variants().stream()
                        .filter(x -> v.has("value") ? x.value().equalsIgnoreCase(v.path("value").asText())
                                : x.value().toLowerCase().startsWith(v.path("value_prefix").asText().toLowerCase()))
                        .findFirst().orElseThrow(() -> new AssertionError("missing variant " + v));
                if (v.has("articles")) {
                    assertThat(variant.articles()).containsExactlyElementsOf(
                            strings(v.path("articles")).stream().map(id).toList());
                }
                if (v.has("articles_include")) {
                    assertThat(variant.articles()).containsAll(
                            strings(v.path("articles_include")).stream().map(id).toList());
                }
            }
        }
        for (String subject : strings(gold.path("no_disagreement_about"))) {
            assertThat(story.disagreements()).noneMatch(x -> x.subject().contains(subject));
        }
        assertThat(story.credits()).containsAll(strings(gold.path("credits_include")));
    }

    /** The seeds after the NLP stage (entities, quotes, dates), as the pipeline hands them to synthesis. */
    private static Story analysedSeedStory() {
        Digest digest = SeedDigest.load();
        assertThat(digest.stories()).hasSize(1);
        return digest.stories().get(0);
    }

    @Test
    void putinsTreatyQuoteIsOneStatementOfThreeArticles() throws Exception {
        Story story = analysedSeedStory();
        List<org.warta.model.StoryQuote> treaty = story.quotes().stream()
                .filter(q -> q.text().toLowerCase(java.util.Locale.ROOT).contains("timbal balik")).toList();
        assertThat(treaty).hasSize(1);
        assertThat(treaty.get(0).speaker()).contains("Vladimir Putin");
        assertThat(treaty.get(0).articles()).hasSize(3);
        assertThat(story.quotes()).noneMatch(q -> q.speaker().equals(java.util.Optional.of("Putin")));
    }

    @Test
    void aliasesAreOneEntity() throws Exception {
        Story story = analysedSeedStory();
        assertThat(story.entities()).noneMatch(e -> e.name().equals("Putin"));
        assertThat(story.entities()).filteredOn(e -> e.name().equals("Vladimir Putin")).singleElement()
                .satisfies(e -> assertThat(e.articles()).hasSize(5));
        assertThat(story.eventDate()).contains("2024-06-19");
    }
}
