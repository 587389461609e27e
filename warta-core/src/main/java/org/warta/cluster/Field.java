package org.warta.cluster;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * The TF-IDF sub-vectors of an article, after Miranda, Znotiņš, Cohen and Barzdins 2018 ("Multilingual Clustering of
 * Streaming News", EMNLP): each field is its own vector and has its own similarity to a story's centroid.
 */
enum Field {
    /** Content-word stems of the headline. */
    TITLE,
    /** Content-word stems of the body. */
    BODY,
    /** Proper-noun evidence (capitalised words, acronyms); shared across languages. */
    NAMES,
    /** Numbers and dates as written; shared across languages. */
    NUMBERS;

    private static final Hasher64 HASHER = Hashing.komihash5_0();

    /** A 32-bit key for a term of this field. Title and body share keys, so a headline word meets the body word. */
    int key(String term) {
        long h = HASHER.hashCharsToLong(term);
        int salt = switch (this) {
            case TITLE, BODY -> 0;
            case NAMES -> 0x5bd1e995;
            case NUMBERS -> 0x27d4eb2f;
        };
        return (int) (h ^ (h >>> 32)) ^ salt;
    }
}
