package org.warta.store;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage as a small document, times a position norm: {@link PassageScorer}
 * with its default k1 1.2, b 0.75, pivot 87) computed without allocating. Lucene's {@code score} builds a
 * {@code BytesRefHash} for each passage to count distinct terms, and its first 32 KB block: for a search page that
 * is most of the memory allocated per request (snippets score every sentence of every hit). A passage holds a few
 * matches, so the distinct terms are found by comparing each match with the earlier ones; terms are summed in the
 * order of their first match, as Lucene sums them, so the score is the same float. Passages with more than
 * {@value #MAX_PAIRWISE} matches are left to Lucene's method.
 */
final class PassageScore extends PassageScorer {

    /** Matches beyond which the pairwise comparison (quadratic) gives way to Lucene's hash. */
    static final int MAX_PAIRWISE = 64;

    @Override
    public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        if (n > MAX_PAIRWISE) {
            return super.score(passage, contentLength);
        }
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0d;
        for (int i = 0; i < n; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int k = i + 1; k < n; k++) {
                if (terms[k].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms[j].bytesEquals(terms[i])) {
                return true;
            }
        }
        return false;
    }
}
