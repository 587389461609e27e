package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoreTest {

    /** Random passages (reproducible seed): the same float as Lucene's scorer, repeated terms included. */
    @Test
    void scoresExactlyAsLucene() {
        Random r = new Random(20261125L);
        PassageScorer lucene = new PassageScorer();
        PassageScore lean = new PassageScore();
        String[] words = {"gempa", "banten", "korea", "utara", "rusia", "pakta", "x", "y"};
        for (int round = 0; round < 5_000; round++) {
            Passage p = new Passage();
            int start = r.nextInt(5_000);
            int n = round % 50 == 0 ? PassageScore.MAX_PAIRWISE + 1 + r.nextInt(20) : r.nextInt(12);
            String[] chosen = new String[n];
            int[] starts = new int[n];
            int at = start;
            for (int i = 0; i < n; i++) {
                chosen[i] = words[r.nextInt(words.length)];
                starts[i] = at;
                at += chosen[i].length() + 1 + r.nextInt(20);
            }
            p.setEndOffset(at + r.nextInt(100));
            p.setStartOffset(start);
            for (int i = 0; i < n; i++) {
                p.addMatch(starts[i], starts[i] + chosen[i].length(), new BytesRef(chosen[i]), 1 + r.nextInt(30));
            }
            int contentLength = p.getEndOffset() + r.nextInt(10_000);
            assertThat(lean.score(p, contentLength)).as("round %d", round).isEqualTo(lucene.score(p, contentLength));
        }
    }
}
