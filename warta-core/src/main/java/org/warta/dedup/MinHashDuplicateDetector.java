package org.warta.dedup;

import org.warta.state.StageState;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.warta.model.Article;
import org.warta.model.Moment;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * Near-duplicate (syndication) detection with MinHash over word shingles and LSH banding (Broder 1997, "On the
 * resemblance and containment of documents"; Indyk and Motwani 1998; Leskovec, Rajaraman and Ullman, "Mining of
 * Massive Datasets", ch. 3). Signatures are hash4j's SuperMinHash (Ertl 2017, "SuperMinHash — A New Minwise Hashing
 * Algorithm for Jaccard Similarity Estimation") with 16-bit components.
 *
 * <p>Articles arrive in publication order. An article whose estimated Jaccard similarity to an earlier one reaches
 * {@link DedupSettings#threshold()} is a copy of that article's original (copies of copies point at the first
 * text). Articles older than {@link DedupSettings#window()} before the newest publication time seen leave the index,
 * a day bucket at a time, so memory follows the window, not the stream. Undated articles are filed under the latest
 * day seen.
 *
 * <p>Deterministic; {@link #snapshot()}/{@link #restore(byte[])} continue exactly. Not thread-safe: one per stream.
 */
public final class MinHashDuplicateDetector implements DuplicateDetector, Serializable {
    private static final long serialVersionUID = 1L;

    private static final Hasher64 HASHER = Hashing.komihash5_0();
    private static final int COMPONENT_BITS = 16;

    private final State state;
    private final transient SimilarityHashPolicy policy;

    public MinHashDuplicateDetector() {
        this(DedupSettings.defaults());
    }

    public MinHashDuplicateDetector(DedupSettings settings) {
        this(new State(Objects.requireNonNull(settings, "settings")));
    }

    private MinHashDuplicateDetector(State state) {
        this.state = state;
        this.policy = SimilarityHashing.superMinHash(state.settings.components(), COMPONENT_BITS);
    }

    /** Java serialisation keeps the state only; the hash policy is rebuilt from the settings. */
    private Object readResolve() {
        return new MinHashDuplicateDetector(state);
    }

    public DedupSettings settings() {
        return state.settings;
    }

    @Override
    public Optional<String> observe(Article article) {
        return observe(article.id(), article.published(), words(article.title(), article.text()));
    }

    /** Observes an article given as its lower-cased words (title, then body). */
    public Optional<String> observe(String articleId, Optional<Moment> published, List<String> words) {
        Objects.requireNonNull(articleId, "articleId");
        long day = published.map(m -> m.date().toEpochDay()).orElse(Long.MIN_VALUE);
        if (words.size() < state.settings.minWords()) {
            state.advance(day);
            return Optional.empty();
        }
        byte[] signature = signature(words);
        return state.observe(articleId, day, signature, policy);
    }

    /** Estimated Jaccard similarity of two word sequences' shingle sets, for evaluation and diagnostics. */
    public double similarity(List<String> a, List<String> b) {
        return jaccard(policy, signature(a), signature(b));
    }

    /** The lower-cased words of a title and a text, the input of {@link #observe(String, Optional, List)}. */
    public static List<String> words(String title, String text) {
        List<String> out = new ArrayList<>();
        for (Span s : Tokenizer.tokens(title)) {
            out.add(s.text().toLowerCase(Locale.ROOT));
        }
        for (Span s : Tokenizer.tokens(text)) {
            out.add(s.text().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private byte[] signature(List<String> words) {
        int k = state.settings.shingleWords();
        int n = Math.max(1, words.size() - k + 1);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = HASHER.hashCharsToLong(words.get(i));
        }
        long[] shingles = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(i + k, wordHashes.length); j++) {
                h = (h ^ wordHashes[j]) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            shingles[i] = h;
        }
        return policy.createHasher().compute(ElementHashProvider.ofValues(shingles));
    }

    /** Jaccard estimate from the fraction of equal components, corrected for 16-bit collisions. */
    static double jaccard(SimilarityHashPolicy policy, byte[] a, byte[] b) {
        double equal = policy.getFractionOfEqualComponents(a, b);
        double collision = 1.0 / (1 << COMPONENT_BITS);
        return Math.max(0, (equal - collision) / (1 - collision));
    }

    /** Number of articles held as possible originals. */
    public int indexedArticles() {
        return state.buckets.values().stream().mapToInt(b -> b.ids.size()).sum();
    }

    public byte[] snapshot() {
        return StageState.toBytes(state);
    }

    public static MinHashDuplicateDetector restore(byte[] snapshot) {
        return new MinHashDuplicateDetector(StageState.fromBytes(snapshot, State.class, "duplicate detector"));
    }

    /** The articles of one publication day: ids, originals, signatures and the band tables. */
    private static final class DayBucket implements Serializable {
        private static final long serialVersionUID = 1L;
        final ArrayList<String> ids = new ArrayList<>();
        final ArrayList<String> originals = new ArrayList<>();
        final ArrayList<byte[]> signatures = new ArrayList<>();
        /** (band, band hash) → latest entry; {@code next} chains earlier entries of the same key. */
        final Long2IntOpenHashMap heads = new Long2IntOpenHashMap();
        final IntArrayList next = new IntArrayList();

        DayBucket() {
            heads.defaultReturnValue(-1);
        }
    }

    private static final class State implements Serializable {
        private static final long serialVersionUID = 1L;
        final DedupSettings settings;
        final TreeMap<Long, DayBucket> buckets = new TreeMap<>();
        long clock = Long.MIN_VALUE;

        State(DedupSettings settings) {
            this.settings = settings;
        }

        void advance(long day) {
            if (day != Long.MIN_VALUE && day > clock) {
                clock = day;
                long oldest = clock - Math.max(1, settings.window().toDays());
                while (!buckets.isEmpty() && buckets.firstKey() < oldest) {
                    buckets.pollFirstEntry();
                }
            }
        }

        Optional<String> observe(String id, long day, byte[] sig, SimilarityHashPolicy policy) {
            advance(day);
            long[] bandKeys = bandKeys(sig, policy);
            String original = null;
            double best = -1;
            long bestDay = Long.MAX_VALUE;
            int bestIndex = Integer.MAX_VALUE;
            for (var e : buckets.entrySet()) {
                DayBucket b = e.getValue();
                it.unimi.dsi.fastutil.ints.IntOpenHashSet seen = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
                for (int band = 0; band < bandKeys.length; band++) {
                    for (int i = b.heads.get(bandKeys[band]); i >= 0; i = b.next.getInt(i * bandKeys.length + band)) {
                        if (!seen.add(i)) {
                            continue;
                        }
                        double j = jaccard(policy, sig, b.signatures.get(i));
                        boolean earlier = e.getKey() < bestDay || (e.getKey() == bestDay && i < bestIndex);
                        if (j >= settings.threshold() && (j > best || (j == best && earlier))) {
                            best = j;
                            bestDay = e.getKey();
                            bestIndex = i;
                            original = b.originals.get(i);
                        }
                    }
                }
            }
            long fileDay = day != Long.MIN_VALUE ? day : (clock == Long.MIN_VALUE ? 0 : clock);
            DayBucket bucket = buckets.computeIfAbsent(fileDay, d -> new DayBucket());
            int index = bucket.ids.size();
            bucket.ids.add(id);
            bucket.originals.add(original != null ? original : id);
            bucket.signatures.add(sig);
            for (int band = 0; band < bandKeys.length; band++) {
                bucket.next.add(bucket.heads.get(bandKeys[band]));
                bucket.heads.put(bandKeys[band], index);
            }
            return Optional.ofNullable(original);
        }

        long[] bandKeys(byte[] sig, SimilarityHashPolicy policy) {
            int rows = settings.rows();
            long[] keys = new long[settings.bands()];
            for (int band = 0; band < keys.length; band++) {
                long h = band * 0x9E3779B97F4A7C15L + 1;
                for (int r = 0; r < rows; r++) {
                    h = (h ^ policy.getComponent(sig, band * rows + r)) * 0xBF58476D1CE4E5B9L;
                    h ^= h >>> 29;
                }
                keys[band] = h;
            }
            return keys;
        }
    }
}
