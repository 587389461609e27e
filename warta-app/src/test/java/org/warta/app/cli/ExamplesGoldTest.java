package org.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team's corpus in {@code examples/} against {@code examples/gold.json}, through the real CLI: the README's
 * first command must reproduce the gold exactly.
 */
class ExamplesGoldTest {

    private static JsonNode gold;
    private static JsonNode digest;
    private static final Map<String, JsonNode> ARTICLE_BY_SOURCE = new HashMap<>();
    private static final Map<String, JsonNode> STORY_BY_GOLD_ID = new HashMap<>();

    @BeforeAll
    static void run() throws IOException {
        ExamplesDigest run = ExamplesDigest.get();
        assertThat(run.status).isZero();
        assertThat(run.err).as("problems reported on stderr").isEmpty();
        gold = run.gold;
        digest = run.digest;
        ARTICLE_BY_SOURCE.putAll(run.articleBySource);
        STORY_BY_GOLD_ID.putAll(run.storyByGoldId);
    }

    private static String idOf(String source) {
        JsonNode a = ARTICLE_BY_SOURCE.get(source);
        assertThat(a).as("article %s in the output", source).isNotNull();
        return a.get("id").asText();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    @Test
    void storyGroupingIsReproducedExactly() {
        Set<Set<String>> expected = new HashSet<>();
        for (JsonNode g : gold.get("stories")) {
            Set<String> ids = new TreeSet<>();
            g.get("articles").forEach(p -> ids.add(idOf(p.asText())));
            expected.add(ids);
        }
        Set<Set<String>> actual = new HashSet<>();
        digest.get("stories").forEach(s -> actual.add(texts(s.get("articles"))));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void duplicatesPointAtTheirOriginals() {
        Map<String, String> expected = new HashMap<>();
        gold.get("duplicates").forEach(d -> expected.put(idOf(d.get("article").asText()),
                idOf(d.get("duplicate_of").asText())));
        Map<String, String> actual = new HashMap<>();
        digest.get("articles").forEach(a -> {
            if (a.has("duplicate_of")) {
                actual.put(a.get("id").asText(), a.get("duplicate_of").asText());
            }
        });
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void titlesAreTheHeadlines() {
        gold.get("headlines").properties().forEach(e ->
                assertThat(ARTICLE_BY_SOURCE.get(e.getKey()).get("title").asText()).as(e.getKey())
                        .isEqualTo(e.getValue().asText()));
    }

    @Test
    void bodiesKeepTheArticleAndDropTheBoilerplate() {
        gold.get("body").properties().forEach(e -> {
            String text = ARTICLE_BY_SOURCE.get(e.getKey()).get("text").asText();
            e.getValue().forEach(s -> assertThat(text).as(e.getKey()).contains(s.asText()));
        });
        gold.get("boilerplate").properties().forEach(e -> {
            String text = ARTICLE_BY_SOURCE.get(e.getKey()).get("text").asText();
            e.getValue().forEach(s -> assertThat(text).as(e.getKey()).doesNotContain(s.asText()));
        });
    }

    @Test
    void creditsAreFound() {
        gold.get("credits").properties().forEach(e -> assertThat(texts(ARTICLE_BY_SOURCE.get(e.getKey())
                .get("credits"))).as(e.getKey()).containsAll(texts(e.getValue())));
    }

    @Test
    void everyDirectQuoteHasItsSpeaker() {
        List<String> misses = new ArrayList<>();
        for (JsonNode q : gold.get("quotes")) {
            JsonNode article = ARTICLE_BY_SOURCE.get(q.get("article").asText());
            String want = q.get("text_contains").asText();
            boolean found = false;
            for (JsonNode got : article.path("quotes")) {
                if (got.get("text").asText().contains(want)
                        && got.path("speaker").asText().equals(q.get("speaker").asText())) {
                    found = true;
                }
            }
            if (!found) {
                misses.add(q.get("article").asText() + ": \"" + want + "\" by " + q.get("speaker").asText());
            }
        }
        assertThat(misses).isEmpty();
    }
}
