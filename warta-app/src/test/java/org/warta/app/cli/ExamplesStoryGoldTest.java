package org.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story synthesis of the team's corpus ({@code examples/}) against {@code examples/gold.json}, through the real
 * CLI: disagreements (kind, values, the articles stating each value), titles that are one title written several
 * ways (never a disagreement), and only-in facts (recall and precision, with floors just below what is reached).
 */
class ExamplesStoryGoldTest {

    /** Share of the gold only-in facts reported (measured 20/34 = 0.59). */
    static final double ONLY_IN_RECALL_FLOOR = 0.55;
    /**
     * Share of the reported only-in facts that the gold lists, the gold taken as complete as its README says
     * ("the facts that exactly one outlet reports"); measured 20/39 = 0.51.
     */
    static final double ONLY_IN_PRECISION_FLOOR = 0.48;
    /**
     * Reported only-in facts that the gold itself shows in several outlets (measured 1: Sinar Timur's copy of the
     * wire text loses its lead paragraph in extraction, so Kabar Nusantara's death-toll sentence looks unique).
     */
    static final int ONLY_IN_KNOWN_FALSE_MAX = 1;

    private static JsonNode gold;
    private static final Map<String, JsonNode> ARTICLE_BY_SOURCE = new HashMap<>();
    private static final Map<String, String> SOURCE_BY_ID = new HashMap<>();
    private static final Map<String, JsonNode> STORY_BY_GOLD_ID = new HashMap<>();

    @BeforeAll
    static void run() throws IOException {
        ExamplesDigest run = ExamplesDigest.get();
        assertThat(run.status).isZero();
        gold = run.gold;
        ARTICLE_BY_SOURCE.putAll(run.articleBySource);
        SOURCE_BY_ID.putAll(run.sourceById);
        STORY_BY_GOLD_ID.putAll(run.storyByGoldId);
    }

    private static JsonNode story(String goldId) {
        JsonNode s = STORY_BY_GOLD_ID.get(goldId);
        assertThat(s).as("story %s in the output", goldId).isNotNull();
        return s;
    }

    private static Set<String> sources(JsonNode ids) {
        Set<String> out = new TreeSet<>();
        ids.forEach(i -> out.add(SOURCE_BY_ID.get(i.asText())));
        return out;
    }

    /** The number a variant states, digits only ("500000 ton" → "500000", "10,5 km" → "10.5"). */
    private static String number(String value) {
        String first = value.strip().split("\\s+")[0];
        return first.replaceAll("[^0-9.,]", "").replace(',', '.');
    }

    @Test
    void goldDisagreementsAreFoundWithTheirArticles() {
        for (JsonNode g : gold.get("disagreements")) {
            String story = g.get("story").asText();
            Map<String, Set<String>> expected = new HashMap<>();
            g.get("variants").forEach(v -> {
                Set<String> arts = new TreeSet<>();
                v.get("articles").forEach(a -> arts.add(a.asText()));
                expected.put(v.get("value").asText(), arts);
            });
            JsonNode found = null;
            for (JsonNode d : story(story).path("disagreements")) {
                Set<String> values = new HashSet<>();
                d.get("variants").forEach(v -> values.add(number(v.get("value").asText())));
                if (d.get("kind").asText().equals(g.get("kind").asText()) && values.containsAll(expected.keySet())) {
                    found = d;
                }
            }
            assertThat(found).as("%s: %s %s", story, g.get("subject").asText(), expected.keySet()).isNotNull();
            for (JsonNode v : found.get("variants")) {
                String value = number(v.get("value").asText());
                assertThat(expected).as("%s: no value besides the gold's", story).containsKey(value);
                assertThat(sources(v.get("articles"))).as("%s: articles stating %s", story, value)
                        .isEqualTo(expected.get(value));
            }
        }
    }

    @Test
    void oneTitleWrittenSeveralWaysIsNoDisagreement() {
        for (JsonNode t : gold.get("titles")) {
            List<String> forms = new ArrayList<>();
            t.get("forms").forEach(f -> forms.add(f.asText().toLowerCase(Locale.ROOT)));
            String person = t.get("person").asText().toLowerCase(Locale.ROOT);
            for (JsonNode d : story(t.get("story").asText()).path("disagreements")) {
                int titleForms = 0;
                for (JsonNode v : d.get("variants")) {
                    String value = v.get("value").asText().toLowerCase(Locale.ROOT);
                    if (forms.stream().anyMatch(f -> value.contains(f) || f.contains(value))) {
                        titleForms++;
                    }
                }
                assertThat(titleForms).as("disagreement %s contradicts the titles of %s", d, person).isLessThan(2);
                if (d.get("kind").asText().equals("title")) {
                    assertThat(person).as("a title disagreement about %s", person)
                            .doesNotContain(d.get("subject").asText().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    @Test
    void onlyInRecallAndPrecision() {
        Map<String, List<JsonNode>> goldByStory = new HashMap<>();
        gold.get("only_in").forEach(o -> goldByStory.computeIfAbsent(o.get("story").asText(), k -> new ArrayList<>())
                .add(o));
        Map<String, String> outletOf = new HashMap<>();
        gold.get("articles").properties().forEach(e -> outletOf.put(e.getKey(), e.getValue().get("outlet").asText()));
        Set<String> multiOutlet = multiOutletStrings(outletOf);
        int goldFacts = 0;
        int recalled = 0;
        int reported = 0;
        int listed = 0;
        int knownFalse = 0;
        List<String> falseOnes = new ArrayList<>();
        for (JsonNode g : gold.get("stories")) {
            String id = g.get("id").asText();
            List<JsonNode> facts = goldByStory.getOrDefault(id, List.of());
            JsonNode found = story(id).path("only_in");
            goldFacts += facts.size();
            for (JsonNode o : facts) {
                boolean hit = false;
                for (JsonNode f : found) {
                    hit |= matches(f, o);
                }
                recalled += hit ? 1 : 0;
            }
            for (JsonNode f : found) {
                reported++;
                boolean inGold = facts.stream().anyMatch(o -> matches(f, o));
                listed += inGold ? 1 : 0;
                String text = f.get("text").asText();
                if (!inGold && multiOutlet.stream().anyMatch(text::contains)) {
                    knownFalse++;
                    falseOnes.add(text);
                }
            }
        }
        double recall = recalled / (double) goldFacts;
        double precision = reported == 0 ? 1 : listed / (double) reported;
        System.out.printf(Locale.ROOT, "only-in on examples: recall %d/%d = %.2f, precision %d/%d = %.2f,"
                + " known false (in several outlets by the gold) %d%n", recalled, goldFacts, recall, listed, reported,
                precision, knownFalse);
        assertThat(recall).as("only-in recall").isGreaterThanOrEqualTo(ONLY_IN_RECALL_FLOOR);
        assertThat(precision).as("only-in precision").isGreaterThanOrEqualTo(ONLY_IN_PRECISION_FLOOR);
        assertThat(knownFalse).as("only-in facts the gold shows in several outlets: %s", falseOnes)
                .isLessThanOrEqualTo(ONLY_IN_KNOWN_FALSE_MAX);
    }

    private static boolean matches(JsonNode fact, JsonNode gold) {
        return fact.get("text").asText().contains(gold.get("text_contains").asText())
                && gold.get("article").asText().equals(SOURCE_BY_ID.get(fact.get("article").asText()));
    }

    /**
     * Strings the gold places in articles of two or more outlets: the evidence of a disagreement variant stated by
     * several outlets, and body lines listed for articles of different outlets.
     */
    private static Set<String> multiOutletStrings(Map<String, String> outletOf) {
        Set<String> out = new HashSet<>();
        for (JsonNode d : gold.get("disagreements")) {
            for (JsonNode v : d.get("variants")) {
                Set<String> outlets = new HashSet<>();
                v.get("articles").forEach(a -> outlets.add(outletOf.get(a.asText())));
                if (outlets.size() > 1) {
                    v.get("evidence").properties().forEach(e -> out.add(e.getValue().asText()));
                }
            }
        }
        Map<String, Set<String>> outletsOfLine = new HashMap<>();
        gold.get("body").properties().forEach(e -> e.getValue().forEach(line ->
                outletsOfLine.computeIfAbsent(line.asText(), k -> new HashSet<>()).add(outletOf.get(e.getKey()))));
        outletsOfLine.forEach((line, outlets) -> {
            if (outlets.size() > 1) {
                out.add(line);
            }
        });
        return out;
    }
}
