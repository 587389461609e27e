package org.warta.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Moment;

class MinHashDuplicateDetectorTest {

    /** A reproducible pseudo-text of n words over a vocabulary of 2,000. */
    private static String text(long seed, int n) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("w").append(r.nextInt(2000)).append(i % 17 == 16 ? ". " : " ");
        }
        return sb.toString();
    }

    /** Replaces every k-th word, keeping the rest: a lightly edited copy. */
    private static String edit(String text, int k) {
        String[] w = text.split(" ");
        for (int i = 0; i < w.length; i += k) {
            w[i] = "edited" + i;
        }
        return String.join(" ", w);
    }

    private static Article a(String id, String text, int day) {
        return Article.of(id, id, "", text).withPublished(Optional.of(Moment.ofDate(LocalDate.of(2026, 3, day))));
    }

    @Test
    void copiesPointAtTheFirstTextAndOthersAreIndependent() {
        MinHashDuplicateDetector d = new MinHashDuplicateDetector();
        String wire = text(1, 300);
        assertThat(d.observe(a("orig", wire, 10))).isEmpty();
        assertThat(d.observe(a("other", text(2, 300), 10))).isEmpty();
        assertThat(d.observe(a("copy", edit(wire, 40), 10))).contains("orig");
        assertThat(d.observe(a("copyOfCopy", edit(edit(wire, 40), 37), 11))).contains("orig");
        assertThat(d.observe(a("rewrite", edit(wire, 3), 11))).isEmpty(); // a third of the words changed
    }

    @Test
    void shortTextsAndEmptyTextsAreNeverCopies() {
        MinHashDuplicateDetector d = new MinHashDuplicateDetector();
        assertThat(d.observe(a("e1", "", 10))).isEmpty();
        assertThat(d.observe(a("e2", "", 10))).isEmpty();
        assertThat(d.observe(a("s1", "Gempa guncang Pandeglang", 10))).isEmpty();
        assertThat(d.observe(a("s2", "Gempa guncang Pandeglang", 10))).isEmpty();
    }

    @Test
    void originalsLeaveAfterTheWindow() {
        MinHashDuplicateDetector d = new MinHashDuplicateDetector();
        String wire = text(3, 200);
        d.observe(a("orig", wire, 1));
        assertThat(d.observe(a("late", wire, 20))).isEmpty();
        assertThat(d.indexedArticles()).isEqualTo(1);
    }

    @Test
    void snapshotRestoreContinuesTheSame() {
        List<Article> stream = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String t = i % 3 == 2 ? edit(text(i - 2, 150), 25) : text(i, 150);
            stream.add(a("a" + i, t, 1 + i / 10));
        }
        MinHashDuplicateDetector straight = new MinHashDuplicateDetector();
        List<Optional<String>> expected = stream.stream().map(straight::observe).toList();
        MinHashDuplicateDetector first = new MinHashDuplicateDetector();
        List<Optional<String>> got = new ArrayList<>();
        stream.subList(0, 31).forEach(x -> got.add(first.observe(x)));
        MinHashDuplicateDetector second = MinHashDuplicateDetector.restore(first.snapshot());
        stream.subList(31, 60).forEach(x -> got.add(second.observe(x)));
        assertThat(got).isEqualTo(expected);
        assertThat(expected.stream().filter(Optional::isPresent).count()).isEqualTo(20);
    }
}
