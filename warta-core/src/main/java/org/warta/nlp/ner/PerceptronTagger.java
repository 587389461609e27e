package org.warta.nlp.ner;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order BIO sequence tagger, a structured averaged perceptron with Viterbi decoding (Collins 2002,
 * "Discriminative training methods for hidden Markov models"; averaging as in Freund &amp; Schapire 1999). Each token
 * is scored with its observation features ({@link NerFeatures}) plus transition features (previous tag, previous tag
 * with the word); decoding forbids an {@code I-X} that does not follow {@code B-X} or {@code I-X}. Observation features are
 * domain-augmented (Daumé III 2007, "Frustratingly easy domain adaptation": a shared copy and a copy per training
 * domain); tagging folds the shared and the domain weights into one table. Training shuffles sentences each epoch
 * with a fixed seed, so it is deterministic. Tagging keeps, per thread and domain, the summed weights of the
 * features that depend on a token alone (its lexical features, {@link NerFeatures#extract(List, String[], int[])},
 * and the previous-tag-with-word features): a repeated word ("yang", "di", a name) costs one cache look-up instead of
 * some twenty weight look-ups, with the same scores. Immutable once built (but for that cache); thread-safe for
 * tagging.
 */
public final class PerceptronTagger {

    private static final int MAGIC = 0x57544E52; // "WTNR"
    private static final int VERSION = 6;

    /** The domain of news text (idner-news-2k), used by the product. */
    public static final String NEWS = "news";

    /**
     * Training parameters.
     *
     * @param epochs    passes over the data (default 8: with the three training corpora of the shipped model, 8 and
     *                  12 epochs gave the same mean F1 over five seeds on idner dev within noise, 0.851 and 0.850;
     *                  8 trains faster)
     * @param seed      shuffling seed (default 42)
     * @param minWeight weights whose absolute averaged value is below this are dropped (default 0.005)
     * @param mixtures  independently shuffled training runs whose averaged weights are mixed into the model
     *                  (one-shot parameter mixing, McDonald, Hall &amp; Mann 2010, "Distributed training strategies
     *                  for the structured perceptron"); run r shuffles with a seed drawn from {@code seed}, which
     *                  makes the model less dependent on one shuffling order (default 1: on idner dev 3 mixtures
     *                  gave the same mean F1 over seeds, 0.837, with a 45% larger model)
     */
    public record Params(int epochs, long seed, float minWeight, int mixtures) {
        public Params {
            if (epochs < 1 || mixtures < 1) {
                throw new IllegalArgumentException("epochs and mixtures must be >= 1");
            }
        }

        /** Parameters with the default number of mixtures. */
        public Params(int epochs, long seed, float minWeight) {
            this(epochs, seed, minWeight, 1);
        }

        public static Params defaults() {
            return new Params(8, 42L, 0.005f, 1);
        }
    }

    private final String[] tags;
    private final String[] domains;
    private final Map<Long, float[]> weights;
    private final NerFeatures features;
    private final Map<String, Folded> folded = new ConcurrentHashMap<>();
    private final long[] prevTag;
    private final long[] prevTagWord;
    /** {@code allowed[j][k]}: tag k may follow tag j (row {@code tags.length} is the sentence start). */
    private final boolean[][] allowed;

    private PerceptronTagger(String[] tags, String[] domains, Map<Long, float[]> weights, NerFeatures features) {
        this.tags = tags;
        this.domains = domains;
        this.weights = weights;
        this.features = features;
        int n = tags.length + 1; // index tags.length = sentence start
        this.prevTag = new long[n];
        this.prevTagWord = new long[n];
        for (int a = 0; a < n; a++) {
            String ta = a == tags.length ? "<s>" : tags[a];
            prevTag[a] = FeatureHash.of("t-1=", ta);
            prevTagWord[a] = FeatureHash.with(FeatureHash.start("t-1w="), ta);
        }
        this.allowed = new boolean[n][tags.length];
        for (int a = 0; a < n; a++) {
            for (int k = 0; k < tags.length; k++) {
                allowed[a][k] = allowed(tags, a, k);
            }
        }
    }

    /** The tag set, "O" first. */
    public List<String> tags() {
        return List.of(tags);
    }

    /** The training domains, sorted ({@link #NEWS} for news). */
    public List<String> domains() {
        return List.of(domains);
    }

    /** Number of features with weights. */
    public int size() {
        return weights.size();
    }

    /** BIO tags for the tokens of one sentence of news text (domain {@link #NEWS}). */
    public List<String> tag(List<String> tokens) {
        return tag(tokens, NEWS);
    }

    /** BIO tags for the tokens of one sentence of the given training domain. */
    public List<String> tag(List<String> tokens, String domain) {
        Folded w = folded.computeIfAbsent(domain, this::fold);
        String[] lower = NerFeatures.lower(tokens);
        int[] lexical = new int[tokens.size()];
        long[][] obs = features.extract(tokens, lower, lexical);
        int[] pred = viterbi(obs, lexical, tokens, lower, w.table::addTo, w.cache.get());
        List<String> out = new ArrayList<>(pred.length);
        for (int p : pred) {
            out.add(tags[p]);
        }
        return out;
    }

    /** Adds a feature's per-tag weights to {@code scores[off, off + tags)}. */
    private interface Scorer {
        void addTo(long feature, double[] scores, int off);
    }

    /**
     * Slots of the per-thread cache of token scores ({@link LexicalCache}, {@link Folded#cache}; default 4,096: a
     * 600-word article has a few hundred distinct tokens, and the common words stay).
     */
    static final int LEXICAL_CACHE_TOKENS = 4096;

    /**
     * One domain's folded weights, and per thread the scores of the lexical features and the tag-word features of
     * tokens seen recently (they depend on the token alone, so repeated words skip their look-ups).
     */
    private final class Folded {
        final WeightTable table;
        final ThreadLocal<LexicalCache> cache;

        Folded(WeightTable table) {
            this.table = table;
            int width = tags.length + (tags.length + 1) * tags.length;
            this.cache = ThreadLocal.withInitial(() -> new LexicalCache(LEXICAL_CACHE_TOKENS, width));
        }
    }

    /**
     * Fills {@code c} (zeros) with the scores that depend on token i alone: {@code [0, nt)} its lexical observation
     * features, then for each previous tag j (sentence start last) {@code [nt + j * nt, nt + (j + 1) * nt)} the
     * tag-word feature (j, word).
     */
    private double[] lexicalScores(double[] c, long[] obs, int lexical, String lower, Scorer w) {
        int nt = tags.length;
        for (int f = 0; f < lexical; f++) {
            w.addTo(obs[f], c, 0);
        }
        for (int j = 0; j <= nt; j++) {
            w.addTo(tagWord(j, lower), c, nt + j * nt);
        }
        return c;
    }

    /**
     * First-order Viterbi decoding: token i with tag k after tag j scores its observation features for k plus the
     * history features (j, and j with the word) for k; {@code I-X} may only follow {@code B-X} or {@code I-X}.
     * Token scores are the same whether or not they come from {@code cache} (null: none): the lexical features are
     * always summed first, from zero.
     */
    private int[] viterbi(long[][] obs, int[] lexical, List<String> tokens, String[] lower, Scorer w,
            LexicalCache cache) {
        int n = obs.length;
        int nt = tags.length;
        if (n == 0) {
            return new int[0];
        }
        double[][] delta = new double[n][nt];
        int[][] back = new int[n][nt];
        double[] o = new double[nt];
        double[][] trans = new double[nt + 1][nt]; // previous-tag weights, the same at every token
        for (int j = 0; j <= nt; j++) {
            w.addTo(prevTag[j], trans[j], 0);
        }
        for (int i = 0; i < n; i++) {
            double[] lex = cache == null ? null : cache.get(tokens.get(i));
            if (lex == null) {
                lex = lexicalScores(cache == null ? new double[nt + (nt + 1) * nt] : cache.claim(tokens.get(i)),
                        obs[i], lexical[i], lower[i], w);
            }
            System.arraycopy(lex, 0, o, 0, nt);
            long[] oi = obs[i];
            for (int f = lexical[i]; f < oi.length; f++) {
                w.addTo(oi[f], o, 0);
            }
            Arrays.fill(delta[i], Double.NEGATIVE_INFINITY);
            int from = i == 0 ? nt : 0;
            int to = i == 0 ? nt + 1 : nt;
            for (int j = from; j < to; j++) {
                double base = i == 0 ? 0 : delta[i - 1][j];
                if (base == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double[] tj = trans[j];
                int hw = nt + j * nt;
                boolean[] ok = allowed[j];
                for (int k = 0; k < nt; k++) {
                    if (!ok[k]) {
                        continue;
                    }
                    double v = base + o[k] + (tj[k] + lex[hw + k]);
                    if (v > delta[i][k]) {
                        delta[i][k] = v;
                        back[i][k] = j;
                    }
                }
            }
        }
        int[] path = new int[n];
        int best = 0;
        for (int k = 1; k < nt; k++) {
            if (delta[n - 1][k] > delta[n - 1][best]) {
                best = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = best;
            best = back[i][best];
        }
        return path;
    }

    /**
     * One domain's table: each observation feature's shared weight plus its domain copy's; history as is. The
     * domain copies themselves (of every training domain) are left out: they only count through their shared
     * feature, and a smaller table is faster to probe.
     */
    private Folded fold(String domain) {
        long d = FeatureHash.of("domain=", domain);
        java.util.Set<Long> copies = new java.util.HashSet<>();
        for (String dom : domains) {
            long dd = FeatureHash.of("domain=", dom);
            for (Long k : weights.keySet()) {
                long c = FeatureHash.inDomain(k, dd);
                if (weights.containsKey(c)) {
                    copies.add(c);
                }
            }
        }
        Map<Long, float[]> out = new HashMap<>((weights.size() - copies.size()) * 2);
        for (var e : weights.entrySet()) {
            if (copies.contains(e.getKey())) {
                continue;
            }
            float[] shared = e.getValue();
            float[] own = weights.get(FeatureHash.inDomain(e.getKey(), d));
            float[] acc = shared.clone();
            if (own != null) {
                for (int k = 0; k < acc.length; k++) {
                    acc[k] += own[k];
                }
            }
            out.put(e.getKey(), acc);
        }
        return new Folded(new WeightTable(out, tags.length));
    }

    private long tagWord(int prev, String lower) {
        return FeatureHash.done(FeatureHash.chars(prevTagWord[prev], lower, 0, lower.length()));
    }

    private static boolean allowed(String[] tags, int prev, int k) {
        String t = tags[k];
        if (!t.startsWith("I-")) {
            return true;
        }
        if (prev >= tags.length) {
            return false;
        }
        String p = tags[prev];
        return p.length() > 2 && p.substring(2).equals(t.substring(2));
    }

    /**
     * Trains a tagger on tagged sentences (structured perceptron: Viterbi-decode each sentence, then move the
     * weights towards the gold sequence's features and away from the prediction's).
     *
     * @param data    the sentences
     * @param domains each sentence's domain ({@link #NEWS} for news), same length
     */
    public static PerceptronTagger train(List<ConllCorpus.Sentence> data, List<String> domains, NerFeatures features,
            Params params) {
        TreeSet<String> seen = new TreeSet<>();
        data.forEach(s -> seen.addAll(s.tags()));
        List<String> tagList = new ArrayList<>(List.of("O"));
        seen.stream().filter(t -> !t.equals("O")).forEach(tagList::add);
        String[] tags = tagList.toArray(new String[0]);
        Map<String, Integer> tagIndex = new HashMap<>();
        for (int k = 0; k < tags.length; k++) {
            tagIndex.put(tags[k], k);
        }
        int nt = tags.length;
        String[] doms = new TreeSet<>(domains).toArray(new String[0]);
        List<long[][]> obsCache = new ArrayList<>();
        List<int[]> lexicalCache = new ArrayList<>();
        List<String[]> lowerCache = new ArrayList<>();
        for (int si = 0; si < data.size(); si++) {
            List<String> toks = data.get(si).tokens();
            String[] lower = NerFeatures.lower(toks);
            int[] lexical = new int[toks.size()];
            long[][] obs = features.extract(toks, lower, lexical);
            long d = FeatureHash.of("domain=", domains.get(si));
            for (int i = 0; i < obs.length; i++) {
                long[] a = Arrays.copyOf(obs[i], obs[i].length * 2);
                for (int k = 0; k < obs[i].length; k++) {
                    a[obs[i].length + k] = FeatureHash.inDomain(obs[i][k], d);
                }
                obs[i] = a;
            }
            obsCache.add(obs);
            lexicalCache.add(lexical);
            lowerCache.add(lower);
        }
        Random seeds = new Random(params.seed());
        Map<Long, double[]> mixed = new HashMap<>();
        for (int r = 0; r < params.mixtures(); r++) {
            long seed = r == 0 ? params.seed() : seeds.nextLong();
            Map<Long, double[]> run = trainRun(data, obsCache, lexicalCache, lowerCache, tags, tagIndex, features,
                    params.epochs(), seed);
            for (var e : run.entrySet()) {
                double[] acc = mixed.computeIfAbsent(e.getKey(), x -> new double[nt]);
                double[] v = e.getValue();
                for (int k = 0; k < nt; k++) {
                    acc[k] += v[k] / params.mixtures();
                }
            }
        }
        Map<Long, float[]> avg = new HashMap<>();
        for (var e : mixed.entrySet()) {
            double[] m = e.getValue();
            float[] a = new float[nt];
            boolean any = false;
            for (int k = 0; k < nt; k++) {
                a[k] = (float) m[k];
                if (Math.abs(a[k]) >= params.minWeight()) {
                    any = true;
                } else {
                    a[k] = 0;
                }
            }
            if (any) {
                avg.put(e.getKey(), a);
            }
        }
        return new PerceptronTagger(tags, doms, avg, features);
    }

    /** One training run (shuffling with {@code seed}); returns the averaged weights. */
    private static Map<Long, double[]> trainRun(List<ConllCorpus.Sentence> data, List<long[][]> obsCache,
            List<int[]> lexicalCache, List<String[]> lowerCache, String[] tags, Map<String, Integer> tagIndex,
            NerFeatures features, int epochs,
            long seed) {
        int nt = tags.length;
        Map<Long, float[]> w = new HashMap<>();
        Map<Long, double[]> total = new HashMap<>();
        Map<Long, int[]> stamp = new HashMap<>();
        PerceptronTagger live = new PerceptronTagger(tags, new String[0], w, features);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(seed);
        int time = 0;
        Scorer scorer = (f, scores, off) -> add(w, f, scores, off);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, rnd);
            for (int si : order) {
                time++;
                ConllCorpus.Sentence s = data.get(si);
                long[][] obs = obsCache.get(si);
                String[] lower = lowerCache.get(si);
                int n = s.tokens().size();
                int[] pred = live.viterbi(obs, lexicalCache.get(si), s.tokens(), lower, scorer, null);
                int[] gold = new int[n];
                for (int i = 0; i < n; i++) {
                    gold[i] = tagIndex.get(s.tags().get(i));
                }
                for (int i = 0; i < n; i++) {
                    int gp = i > 0 ? gold[i - 1] : nt;
                    int pp = i > 0 ? pred[i - 1] : nt;
                    if (gold[i] == pred[i] && gp == pp) {
                        continue;
                    }
                    if (gold[i] != pred[i]) {
                        for (long f : obs[i]) {
                            update(f, gold[i], 1, time, w, total, stamp, nt);
                            update(f, pred[i], -1, time, w, total, stamp, nt);
                        }
                    }
                    update(live.prevTag[gp], gold[i], 1, time, w, total, stamp, nt);
                    update(live.prevTag[pp], pred[i], -1, time, w, total, stamp, nt);
                    update(live.tagWord(gp, lower[i]), gold[i], 1, time, w, total, stamp, nt);
                    update(live.tagWord(pp, lower[i]), pred[i], -1, time, w, total, stamp, nt);
                }
            }
        }
        Map<Long, double[]> avg = new HashMap<>();
        for (var e : w.entrySet()) {
            float[] cur = e.getValue();
            double[] tot = total.get(e.getKey());
            int[] st = stamp.get(e.getKey());
            double[] a = new double[nt];
            for (int k = 0; k < nt; k++) {
                a[k] = (tot[k] + (double) (time - st[k]) * cur[k]) / time;
            }
            avg.put(e.getKey(), a);
        }
        return avg;
    }

    private static void add(Map<Long, float[]> w, long f, double[] scores, int off) {
        float[] a = w.get(f);
        if (a != null) {
            for (int k = 0; k < a.length; k++) {
                scores[off + k] += a[k];
            }
        }
    }

    private static void update(long f, int k, int delta, int time, Map<Long, float[]> w,
            Map<Long, double[]> total, Map<Long, int[]> stamp, int nt) {
        float[] cur = w.computeIfAbsent(f, x -> new float[nt]);
        double[] tot = total.computeIfAbsent(f, x -> new double[nt]);
        int[] st = stamp.computeIfAbsent(f, x -> new int[nt]);
        tot[k] += (double) (time - st[k]) * cur[k];
        st[k] = time;
        cur[k] += delta;
    }

    /** Writes the model, gzipped, features in sorted order (the same model always gives the same bytes). */
    public void save(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(tags.length);
        for (String t : tags) {
            d.writeUTF(t);
        }
        d.writeInt(domains.length);
        for (String t : domains) {
            d.writeUTF(t);
        }
        TreeMap<Long, float[]> sorted = new TreeMap<>(weights);
        d.writeInt(sorted.size());
        for (var e : sorted.entrySet()) {
            d.writeLong(e.getKey());
            float[] a = e.getValue();
            int nz = 0;
            for (float v : a) {
                if (v != 0) {
                    nz++;
                }
            }
            d.writeByte(nz);
            for (int k = 0; k < a.length; k++) {
                if (a[k] != 0) {
                    d.writeByte(k);
                    d.writeFloat(a[k]);
                }
            }
        }
        d.flush();
        gz.finish();
    }

    /** Reads a model written by {@link #save}. */
    public static PerceptronTagger load(InputStream in, NerFeatures features) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != VERSION) {
            throw new IOException("not a Warta NER model of version " + VERSION + " (retrain with `warta train ner`)");
        }
        String[] tags = new String[d.readInt()];
        for (int k = 0; k < tags.length; k++) {
            tags[k] = d.readUTF();
        }
        String[] doms = new String[d.readInt()];
        for (int k = 0; k < doms.length; k++) {
            doms[k] = d.readUTF();
        }
        int n = d.readInt();
        Map<Long, float[]> w = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            long f = d.readLong();
            float[] a = new float[tags.length];
            int nz = d.readByte();
            for (int j = 0; j < nz; j++) {
                int k = d.readByte();
                a[k] = d.readFloat();
            }
            w.put(f, a);
        }
        return new PerceptronTagger(tags, doms, w, features);
    }
}
