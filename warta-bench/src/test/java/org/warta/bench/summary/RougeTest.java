package org.warta.bench.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE on cases worked out by hand. */
class RougeTest {

    private static final List<String> REF = List.of("the cat was under the bed");
    private static final List<String> CAND = List.of("the cat was found under the bed");

    @Test
    void rouge1ClipsCounts() {
        // ref: the×2 cat was under bed (6); cand: the×2 cat was found under bed (7); overlap 6
        Rouge.Score s = Rouge.rougeN(CAND, REF, 1);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(s.f1()).isCloseTo(12.0 / 13, within(1e-12));
        // "the the the" against "the cat": one "the" only
        Rouge.Score c = Rouge.rougeN(List.of("the the the"), List.of("the cat"), 1);
        assertThat(c.precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(c.recall()).isCloseTo(1.0 / 2, within(1e-12));
    }

    @Test
    void rouge2() {
        // ref bigrams 5, cand bigrams 6, shared: the cat, cat was, under the, the bed = 4
        Rouge.Score s = Rouge.rougeN(CAND, REF, 2);
        assertThat(s.recall()).isCloseTo(4.0 / 5, within(1e-12));
        assertThat(s.precision()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(s.f1()).isCloseTo(8.0 / 11, within(1e-12));
    }

    @Test
    void rougeLOneSentence() {
        Rouge.Score s = Rouge.rougeL(CAND, REF);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isCloseTo(12.0 / 13, within(1e-12));
        // Lin 2004 §3.1: S1 "police killed the gunman", S2 "police kill the gunman", S3 "the gunman kill police"
        List<String> s1 = List.of("police killed the gunman");
        assertThat(Rouge.rougeL(List.of("police kill the gunman"), s1).f1()).isCloseTo(0.75, within(1e-12));
        assertThat(Rouge.rougeL(List.of("the gunman kill police"), s1).f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void rougeLUnionAtSummaryLevel() {
        // Lin 2004 §3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5; LCS∪ = w1 w2 w3 w5 = 4
        List<String> ref = List.of("w1 w2 w3 w4 w5");
        List<String> cand = List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5");
        Rouge.Score s = Rouge.rougeL(cand, ref);
        assertThat(s.recall()).isCloseTo(4.0 / 5, within(1e-12));
        assertThat(s.precision()).isCloseTo(4.0 / 10, within(1e-12));
        assertThat(s.f1()).isCloseTo(2 * 0.8 * 0.4 / 1.2, within(1e-12));
    }

    @Test
    void tokensAndEdges() {
        assertThat(Rouge.tokens("Jakarta , CNN Indonesia - - Kemenpora (BMKG) 5,1")).containsExactly(
                "jakarta", "cnn", "indonesia", "kemenpora", "bmkg", "5", "1");
        assertThat(Rouge.rougeN(List.of(), REF, 1).f1()).isZero();
        assertThat(Rouge.rougeL(List.of(), REF).f1()).isZero();
        assertThat(Rouge.rougeN(REF, REF, 2).f1()).isEqualTo(1.0);
    }
}
