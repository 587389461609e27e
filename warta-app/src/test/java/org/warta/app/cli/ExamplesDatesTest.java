package org.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Date accuracy on the examples' gold ({@code examples/gold.json} "dates"): a gold date counts as right when the
 * real {@code warta digest} output of its article has a date whose text contains the gold text (or is contained in
 * it) and whose normalised value equals the gold value. Prints the accuracy and the misses; fails below the floor.
 */
class ExamplesDatesTest {

    /** Measured 2026-11-24 (second session): 32/33 = 0.970; the floor sits just below it. */
    static final double FLOOR = 0.93;

    @Test
    void datesAreNormalisedLikeTheGold() throws IOException {
        ExamplesDigest run = ExamplesDigest.get();
        assertThat(run.status).isZero();
        JsonNode gold = run.gold;
        Map<String, JsonNode> bySource = run.articleBySource;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode g : gold.get("dates")) {
            String want = g.get("text").asText().toLowerCase(Locale.ROOT);
            String value = g.get("value").asText();
            boolean ok = false;
            String got = "-";
            for (JsonNode d : bySource.get(g.get("article").asText()).path("dates")) {
                String t = d.get("text").asText().toLowerCase(Locale.ROOT);
                if (t.contains(want) || want.contains(t)) {
                    got = d.get("value").asText();
                    ok |= got.equals(value);
                }
            }
            if (ok) {
                right++;
            } else {
                misses.add(g.get("article").asText() + ": \"" + g.get("text").asText() + "\" want " + value
                        + " got " + got);
            }
        }
        int total = gold.get("dates").size();
        double accuracy = (double) right / total;
        System.out.printf(Locale.ROOT, "examples gold dates: %d/%d = %.3f%n", right, total, accuracy);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(total).isPositive();
        assertThat(accuracy).as("date accuracy, misses: " + misses).isGreaterThanOrEqualTo(FLOOR);
    }
}
