package org.warta.cluster;

import org.warta.state.StageState;
import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.warta.model.Article;
import org.warta.model.Moment;
import org.warta.text.AnalyzedText;
import org.warta.text.TextAnalyzer;

/**
 * Online event clustering after Miranda, Znotiņš, Cohen and Barzdins 2018 ("Multilingual Clustering of Streaming
 * News", EMNLP 2018): articles arrive one at a time in publication order; each is compared with the centroids of the
 * live stories on several TF-IDF sub-vectors (title, body, proper nouns, numbers) plus time proximity, joins the best
 * story when a linear join model says so (see {@link ClusteringSettings}) and otherwise opens a new story.
 *
 * <ul>
 *   <li>Candidates come from an inverted index from the heaviest centroid terms to stories (Miranda et al. do the
 *   same); posting lists longer than {@link ClusteringSettings#maxPostings()} are skipped and at most
 *   {@link ClusteringSettings#maxCandidates()} stories are scored, so the cost of one article does not grow with the
 *   number of live stories.</li>
 *   <li>A story whose latest article is older than {@link ClusteringSettings#quietWindow()} before the newest
 *   publication time seen is retired: it leaves the index and memory; so is one whose first article is older than
 *   {@link ClusteringSettings#maxStoryDuration()}. Stories without any dated article never retire (a batch without
 *   dates is one window).</li>
 *   <li>Order: feed articles by publication time, then id ({@link #assignAll(List)} sorts a batch that way; undated
 *   articles come after dated ones, by id). The result is deterministic for a given order.</li>
 *   <li>The story key is the id of the story's first article.</li>
 *   <li>Cross-lingual: proper nouns and numbers are compared across languages as written (Putin, Pyongyang, 1961),
 *   content words only match when spelled alike; an Indonesian and an English article on one event join when their
 *   names and numbers agree strongly enough, not otherwise.</li>
 * </ul>
 *
 * <p>{@link #snapshot()} serialises the whole state (document frequencies, centroids, index, clock);
 * {@link #restore(byte[])} continues exactly where the snapshot was taken. Not thread-safe: one instance per stream.
 */
public final class OnlineStoryClusterer implements StoryClusterer, Serializable {
    private static final long serialVersionUID = 1L;

    private static final long NO_TIME = Long.MIN_VALUE;
    private static final double SECONDS_PER_DAY = 86_400.0;

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final State state;

    public OnlineStoryClusterer() {
        this(ClusteringSettings.defaults());
    }

    public OnlineStoryClusterer(ClusteringSettings settings) {
        this.state = new State(Objects.requireNonNull(settings, "settings"));
    }

    private OnlineStoryClusterer(State state) {
        this.state = state;
    }

    public ClusteringSettings settings() {
        return state.settings;
    }

    /** The article's title and text analysed with its language's pack. Thread-safe. */
    @Override
    public AnalyzedText analyse(Article article) {
        return analyzer.analyze(article.language(), article.title(), article.text());
    }

    @Override
    public String assign(Article article, AnalyzedText text) {
        return assign(article.id(), article.published(), text);
    }

    /** Assigns an already analysed article and returns its story key. */
    public String assign(String articleId, Optional<Moment> published, AnalyzedText text) {
        Objects.requireNonNull(articleId, "articleId");
        long t = published.map(m -> m.approximateInstant().getEpochSecond()).orElse(NO_TIME);
        return state.assign(articleId, t, text);
    }

    /**
     * Sorts a batch by publication time, then id (undated last), assigns each article in that order and returns
     * article id → story key in that order.
     */
    public Map<String, String> assignAll(List<Article> batch) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Article a : publicationOrder(batch)) {
            out.put(a.id(), assign(a));
        }
        return out;
    }

    /** The documented batch order: published ascending (undated after dated), then id. */
    public static List<Article> publicationOrder(List<Article> batch) {
        Comparator<Article> byTime = Comparator.comparing(
                (Article a) -> a.published().map(Moment::approximateInstant).orElse(Instant.MAX));
        List<Article> sorted = new ArrayList<>(batch);
        sorted.sort(byTime.thenComparing(Article::id));
        return sorted;
    }

    /** Number of stories in memory (not yet retired). */
    public int liveStories() {
        return state.live;
    }

    /** Distinct terms the document frequencies hold (they grow with the vocabulary, not with the stream). */
    public int vocabulary() {
        return state.df.vocabulary();
    }

    /** Number of articles in live stories. */
    public long liveArticles() {
        return state.liveArticles;
    }

    /** The full state as bytes (Java serialisation of plain arrays and primitive maps). */
    public byte[] snapshot() {
        return StageState.toBytes(state);
    }

    /** A clusterer that continues from a {@link #snapshot()}. */
    public static OnlineStoryClusterer restore(byte[] snapshot) {
        return new OnlineStoryClusterer(StageState.fromBytes(snapshot, State.class, "story clusterer"));
    }

    /** One live story: centroid sums per field, size, published range, the keys it is indexed under. */
    private static final class LiveStory implements Serializable {
        private static final long serialVersionUID = 1L;
        final String id;
        final long sequence;
        int slot;
        int size;
        TermVector title = TermVector.EMPTY;
        TermVector body = TermVector.EMPTY;
        TermVector names = TermVector.EMPTY;
        TermVector numbers = TermVector.EMPTY;
        long first = NO_TIME;
        long last = NO_TIME;
        /** Sum of the dated members' times (seconds) and their number: the story's mean time. */
        double timeSum;
        int dated;
        int[] indexed = new int[0];
        /** Languages of the members (usually one or two). */
        String[] languages = new String[0];

        LiveStory(String id, long sequence) {
            this.id = id;
            this.sequence = sequence;
        }

        TermVector get(Field f) {
            return switch (f) {
                case TITLE -> title;
                case BODY -> body;
                case NAMES -> names;
                case NUMBERS -> numbers;
            };
        }
    }

    /** Everything that must survive a snapshot. */
    private static final class State implements Serializable {
        private static final long serialVersionUID = 1L;
        final ClusteringSettings settings;
        final DocumentFrequencies df = new DocumentFrequencies();
        final ArrayList<LiveStory> slots = new ArrayList<>();
        final IntArrayList free = new IntArrayList();
        final Int2ObjectOpenHashMap<IntArrayList> postings = new Int2ObjectOpenHashMap<>();
        /** Hour of a story's latest article → slots to check for retirement then. */
        final TreeMap<Long, IntArrayList> retirement = new TreeMap<>();
        /**
         * Hour at which a story reaches its maximum duration → (slot, sequence) pairs; no references, so a story
         * retired earlier by the quiet window is not kept in memory.
         */
        final TreeMap<Long, it.unimi.dsi.fastutil.longs.LongArrayList> ageing = new TreeMap<>();
        long clock = NO_TIME;
        long sequence;
        int live;
        long liveArticles;

        State(ClusteringSettings settings) {
            this.settings = settings;
        }

        String assign(String articleId, long time, AnalyzedText text) {
            df.add(ArticleVectors.keys(text));
            if (settings.documentHalfLife() > 0 && df.documents() >= 2L * settings.documentHalfLife()) {
                df.halve();
            }
            ArticleVectors v = ArticleVectors.of(text, df, settings.articleTerms());
            double shortness = Math.max(0, 1 - (double) distinctTerms(text) / settings.shortTextTerms());
            if (time != NO_TIME && time > clock) {
                clock = time;
                retire();
            }
            int best = -1;
            double bestZ = Double.NEGATIVE_INFINITY;
            long maxAge = settings.maxStoryDuration().toSeconds();
            for (int slot : candidates(v)) {
                LiveStory s = slots.get(slot);
                if (time != NO_TIME && s.first != NO_TIME && time - s.first > maxAge) {
                    continue;
                }
                double z = joinScore(v, text.language(), time, s) + settings.shortTextBonus() * shortness;
                if (z > bestZ || (z == bestZ && s.sequence < slots.get(best).sequence)) {
                    best = slot;
                    bestZ = z;
                }
            }
            if (best < 0 || bestZ < 0) {
                best = open(articleId);
            }
            LiveStory story = slots.get(best);
            add(best, story, v, time);
            if (!speaks(story, text.language())) {
                story.languages = java.util.Arrays.copyOf(story.languages, story.languages.length + 1);
                story.languages[story.languages.length - 1] = text.language();
            }
            return story.id;
        }

        private static int distinctTerms(AnalyzedText t) {
            java.util.HashSet<String> set = new java.util.HashSet<>(t.title());
            set.addAll(t.body());
            return set.size();
        }

        /** The linear join model of {@link ClusteringSettings}. */
        double joinScore(ArticleVectors v, String language, long time, LiveStory s) {
            ClusteringSettings c = settings;
            double z;
            if (speaks(s, language)) {
                z = c.titleWeight() * v.title().cosine(s.title) + c.bodyWeight() * v.body().cosine(s.body)
                        + c.namesWeight() * v.names().cosine(s.names)
                        + c.numbersWeight() * v.numbers().cosine(s.numbers) - c.threshold();
            } else {
                double w = c.namesWeight() + c.numbersWeight();
                z = w == 0 ? -1 : (c.namesWeight() * v.names().cosine(s.names)
                        + c.numbersWeight() * v.numbers().cosine(s.numbers)) / w - c.crossLingualThreshold();
            }
            z += c.sizeBonus() * Math.log(Math.min(s.size, ClusteringSettings.SIZE_BONUS_CAP));
            if (time != NO_TIME && s.dated > 0) {
                double gap = Math.abs(time - s.timeSum / s.dated);
                z += c.timeWeight() * (Math.exp(-gap / SECONDS_PER_DAY / c.timeScaleDays()) - 0.5);
            }
            return z;
        }

        private static boolean speaks(LiveStory s, String language) {
            for (String l : s.languages) {
                if (l.equals(language)) {
                    return true;
                }
            }
            return false;
        }

        /** Live stories sharing heavy terms with the article, best overlap first, at most maxCandidates. */
        int[] candidates(ArticleVectors v) {
            Int2DoubleOpenHashMap overlap = new Int2DoubleOpenHashMap();
            for (Field f : Field.values()) {
                TermVector tv = v.get(f);
                for (int key : tv.topKeys(settings.queryTerms())) {
                    IntArrayList list = postings.get(key);
                    if (list == null || list.size() > settings.maxPostings()) {
                        continue;
                    }
                    double w = weightOf(tv, key);
                    for (int i = 0; i < list.size(); i++) {
                        overlap.addTo(list.getInt(i), w);
                    }
                }
            }
            int[] slotsFound = overlap.keySet().toIntArray();
            if (slotsFound.length <= settings.maxCandidates()) {
                return slotsFound;
            }
            // best overlap first, then the older story: a total order, so the result does not depend on the order
            // the hash map gave; overlaps and ages are read once, not in every comparison
            double[] score = new double[slotsFound.length];
            long[] age = new long[slotsFound.length];
            Integer[] order = new Integer[slotsFound.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                score[i] = overlap.get(slotsFound[i]);
                age[i] = slots.get(slotsFound[i]).sequence;
            }
            java.util.Arrays.sort(order, (a, b) -> {
                int cmp = Double.compare(score[b], score[a]);
                return cmp != 0 ? cmp : Long.compare(age[a], age[b]);
            });
            int[] out = new int[settings.maxCandidates()];
            for (int i = 0; i < out.length; i++) {
                out[i] = slotsFound[order[i]];
            }
            return out;
        }

        private static double weightOf(TermVector tv, int key) {
            for (int i = 0; i < tv.size(); i++) {
                if (tv.key(i) == key) {
                    return tv.value(i);
                }
            }
            return 0;
        }

        /** Opens a story in a free slot (or a new one) and returns the slot. */
        int open(String articleId) {
            LiveStory s = new LiveStory(articleId, sequence++);
            live++;
            if (free.isEmpty()) {
                slots.add(s);
                s.slot = slots.size() - 1;
                return s.slot;
            }
            int slot = free.popInt();
            slots.set(slot, s);
            s.slot = slot;
            return slot;
        }

        void add(int slot, LiveStory s, ArticleVectors v, long time) {
            int limit = settings.centroidTerms();
            s.title = s.title.plus(v.title(), 1f, limit);
            s.body = s.body.plus(v.body(), 1f, limit);
            s.names = s.names.plus(v.names(), 1f, limit);
            s.numbers = s.numbers.plus(v.numbers(), 1f, limit);
            s.size++;
            liveArticles++;
            if (time != NO_TIME) {
                long oldLast = s.last;
                if (s.first == NO_TIME) {
                    long end = time + settings.maxStoryDuration().toSeconds();
                    ageing.computeIfAbsent(Math.floorDiv(end, 3600L), h -> new it.unimi.dsi.fastutil.longs.LongArrayList())
                            .add(((long) slot << 40) | s.sequence);
                }
                s.first = s.first == NO_TIME ? time : Math.min(s.first, time);
                s.timeSum += time;
                s.dated++;
                s.last = Math.max(s.last, time);
                if (s.last != oldLast) {
                    retirement.computeIfAbsent(Math.floorDiv(s.last, 3600L), h -> new IntArrayList()).add(slot);
                }
            }
            reindex(slot, s);
        }

        void reindex(int slot, LiveStory s) {
            IntArrayList keys = new IntArrayList();
            for (Field f : Field.values()) {
                for (int k : s.get(f).topKeys(settings.indexTerms())) {
                    if (!keys.contains(k)) {
                        keys.add(k);
                    }
                }
            }
            int[] now = keys.toIntArray();
            java.util.Arrays.sort(now);
            int[] before = s.indexed;
            for (int k : before) {
                if (java.util.Arrays.binarySearch(now, k) < 0) {
                    unpost(k, slot);
                }
            }
            for (int k : now) {
                if (java.util.Arrays.binarySearch(before, k) < 0) {
                    postings.computeIfAbsent(k, x -> new IntArrayList(4)).add(slot);
                }
            }
            s.indexed = now;
        }

        void unpost(int key, int slot) {
            IntArrayList list = postings.get(key);
            if (list != null) {
                list.rem(slot);
                if (list.isEmpty()) {
                    postings.remove(key);
                }
            }
        }

        /** Retires the stories whose latest article is older than the quiet window before the clock. */
        void retire() {
            long cutoff = clock - settings.quietWindow().toSeconds();
            long cutoffHour = Math.floorDiv(cutoff, 3600L);
            while (!retirement.isEmpty() && retirement.firstKey() < cutoffHour) {
                var e = retirement.pollFirstEntry();
                IntArrayList list = e.getValue();
                for (int i = 0; i < list.size(); i++) {
                    int slot = list.getInt(i);
                    LiveStory s = slots.get(slot);
                    if (s != null && s.slot == slot && s.last != NO_TIME && s.last < cutoff
                            && Math.floorDiv(s.last, 3600L) == e.getKey()) {
                        drop(s);
                    }
                }
            }
            long hour = Math.floorDiv(clock, 3600L);
            while (!ageing.isEmpty() && ageing.firstKey() < hour) {
                for (long entry : ageing.pollFirstEntry().getValue()) {
                    LiveStory s = slots.get((int) (entry >>> 40));
                    if (s != null && s.sequence == (entry & ((1L << 40) - 1))) {
                        drop(s);
                    }
                }
            }
        }

        private void drop(LiveStory s) {
            for (int k : s.indexed) {
                unpost(k, s.slot);
            }
            slots.set(s.slot, null);
            free.add(s.slot);
            live--;
            liveArticles -= s.size;
        }
    }
}
