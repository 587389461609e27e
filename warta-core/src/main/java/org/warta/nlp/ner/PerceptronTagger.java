package org.warta.nlp.ner;

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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A greedy left-to-right BIO tagger with an averaged perceptron (Collins 2002, "Discriminative training methods for
 * hidden Markov models"; averaging as in Freund &amp; Schapire 1999). Each token is scored with its observation
 * features ({@link NerFeatures}) plus tag-history features (previous tag, previous two tags, previous tag with the
 * word); decoding forbids an {@code I-X} that does not follow {@code B-X} or {@code I-X}. Training updates on the
 * tagger's own predicted history and shuffles sentences each epoch with a fixed seed, so it is deterministic.
 * Immutable once built; thread-safe for tagging.
 */
public final class PerceptronTagger {

    private static final int MAGIC = 0x57544E52; // "WTNR"
    private static final int VERSION = 2;

    /** The domain of news text (idner-news-2k), used by the product. */
    public static final String NEWS = "news";

    /**
     * Training parameters.
     *
     * @param epochs  passes over the data (default 12)
     * @param seed    shuffling seed (default 42)
     * @param minWeight weights whose absolute averaged value is below this are dropped when saving (default 0.005)
     */
    public record Params(int epochs, long seed, float minWeight) {
        public static Params defaults() {
            return new Params(12, 42L, 0.005f);
        }
    }

    private final String[] tags;
    private final Map<String, float[]> weights;
    private final NerFeatures features;
    private final Map<String, Map<String, float[]>> folded = new java.util.concurrent.ConcurrentHashMap<>();

    private PerceptronTagger(String[] tags, Map<String, float[]> weights, NerFeatures features) {
        this.tags = tags;
        this.weights = weights;
        this.features = features;
    }

    /** The tag set, "O" first. */
    public List<String> tags() {
        return List.of(tags);
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
        Map<String, float[]> w = folded.computeIfAbsent(domain, this::fold);
        List<String[]> obs = features.extract(tokens);
        int[] pred = new int[tokens.size()];
        double[] scores = new double[tags.length];
        for (int i = 0; i < tokens.size(); i++) {
            Arrays.fill(scores, 0);
            for (String f : obs.get(i)) {
                float[] a = w.get(f);
                if (a != null) {
                    for (int k = 0; k < a.length; k++) {
                        scores[k] += a[k];
                    }
                }
            }
            for (String f : history(pred, i, tokens)) {
                addScores(f, scores);
            }
            pred[i] = best(scores, i > 0 ? pred[i - 1] : 0);
        }
        List<String> out = new ArrayList<>(pred.length);
        for (int p : pred) {
            out.add(tags[p]);
        }
        return out;
    }

    /**
     * The observation weights of one domain folded into one table: the shared weight of each feature plus its
     * domain copy's, so tagging looks each feature up once (the same scores as the augmented features).
     */
    private Map<String, float[]> fold(String domain) {
        String prefix = domain + ":";
        Map<String, float[]> out = new HashMap<>(weights.size() * 2);
        for (var e : weights.entrySet()) {
            String f = e.getKey();
            String base = f.startsWith(prefix) ? f.substring(prefix.length()) : f;
            if (!f.startsWith(prefix) && isDomainFeature(f)) {
                continue;
            }
            float[] acc = out.computeIfAbsent(base, k -> new float[tags.length]);
            for (int k = 0; k < acc.length; k++) {
                acc[k] += e.getValue()[k];
            }
        }
        return out;
    }

    /** Whether a feature is another domain's copy ("nergrit:w=..."). */
    private static boolean isDomainFeature(String f) {
        int c = f.indexOf(':');
        if (c <= 0) {
            return false;
        }
        for (int i = 0; i < c; i++) {
            if (!Character.isLetter(f.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Domain augmentation (Daumé III 2007, "Frustratingly easy domain adaptation"): every feature is used twice,
     * once shared by all domains and once prefixed with the sentence's domain.
     */
    static List<String[]> augment(List<String[]> obs, String domain) {
        List<String[]> out = new ArrayList<>(obs.size());
        String prefix = domain + ":";
        for (String[] f : obs) {
            String[] a = new String[f.length * 2];
            for (int k = 0; k < f.length; k++) {
                a[2 * k] = f[k];
                a[2 * k + 1] = prefix + f[k];
            }
            out.add(a);
        }
        return out;
    }

    private void addScores(String f, double[] scores) {
        float[] w = weights.get(f);
        if (w != null) {
            for (int k = 0; k < w.length; k++) {
                scores[k] += w[k];
            }
        }
    }

    private String[] history(int[] pred, int i, List<String> tokens) {
        String p1 = i > 0 ? tags[pred[i - 1]] : "<s>";
        String p2 = i > 1 ? tags[pred[i - 2]] : "<s>";
        return new String[] {"t-1=" + p1, "t-2=" + p2 + "|" + p1, "t-1w=" + p1 + "|" + tokens.get(i).toLowerCase()};
    }

    private int best(double[] scores, int prev) {
        int best = -1;
        for (int k = 0; k < tags.length; k++) {
            if (!allowed(prev, k)) {
                continue;
            }
            if (best < 0 || scores[k] > scores[best]) {
                best = k;
            }
        }
        return best;
    }

    private boolean allowed(int prev, int k) {
        String t = tags[k];
        if (!t.startsWith("I-")) {
            return true;
        }
        String p = tags[prev];
        return p.length() > 2 && p.substring(2).equals(t.substring(2));
    }

    /**
     * Trains a tagger on tagged sentences.
     *
     * @param data    the sentences
     * @param domains each sentence's domain ({@link #NEWS} for news), same length
     */
    public static PerceptronTagger train(List<ConllCorpus.Sentence> data, List<String> domains, NerFeatures features,
            Params params) {
        List<String> tagList = new ArrayList<>(List.of("O"));
        new TreeMap<String, Boolean>() {
            {
                for (ConllCorpus.Sentence s : data) {
                    for (String t : s.tags()) {
                        put(t, true);
                    }
                }
            }
        }.keySet().stream().filter(t -> !t.equals("O")).forEach(tagList::add);
        String[] tags = tagList.toArray(new String[0]);
        Map<String, Integer> tagIndex = new HashMap<>();
        for (int k = 0; k < tags.length; k++) {
            tagIndex.put(tags[k], k);
        }
        int nt = tags.length;
        Map<String, float[]> w = new HashMap<>();
        Map<String, double[]> total = new HashMap<>();
        Map<String, int[]> stamp = new HashMap<>();
        PerceptronTagger live = new PerceptronTagger(tags, w, features);
        List<List<String[]>> obsCache = new ArrayList<>();
        for (ConllCorpus.Sentence s : data) {
            obsCache.add(augment(features.extract(s.tokens()), domains.get(obsCache.size())));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(params.seed());
        int time = 0;
        double[] scores = new double[nt];
        for (int epoch = 0; epoch < params.epochs(); epoch++) {
            Collections.shuffle(order, rnd);
            for (int si : order) {
                ConllCorpus.Sentence s = data.get(si);
                List<String[]> obs = obsCache.get(si);
                int n = s.tokens().size();
                int[] pred = new int[n];
                for (int i = 0; i < n; i++) {
                    time++;
                    Arrays.fill(scores, 0);
                    String[] hist = live.history(pred, i, s.tokens());
                    for (String f : obs.get(i)) {
                        live.addScores(f, scores);
                    }
                    for (String f : hist) {
                        live.addScores(f, scores);
                    }
                    int guess = live.best(scores, i > 0 ? pred[i - 1] : 0);
                    int gold = tagIndex.get(s.tags().get(i));
                    if (guess != gold) {
                        for (String f : obs.get(i)) {
                            update(f, gold, guess, time, w, total, stamp, nt);
                        }
                        for (String f : hist) {
                            update(f, gold, guess, time, w, total, stamp, nt);
                        }
                    }
                    pred[i] = guess;
                }
            }
        }
        Map<String, float[]> avg = new HashMap<>();
        for (var e : w.entrySet()) {
            float[] cur = e.getValue();
            double[] tot = total.get(e.getKey());
            int[] st = stamp.get(e.getKey());
            float[] a = new float[nt];
            boolean any = false;
            for (int k = 0; k < nt; k++) {
                double t = tot[k] + (double) (time - st[k]) * cur[k];
                a[k] = (float) (t / time);
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
        return new PerceptronTagger(tags, avg, features);
    }

    private static void update(String f, int gold, int guess, int time, Map<String, float[]> w,
            Map<String, double[]> total, Map<String, int[]> stamp, int nt) {
        float[] cur = w.computeIfAbsent(f, k -> new float[nt]);
        double[] tot = total.computeIfAbsent(f, k -> new double[nt]);
        int[] st = stamp.computeIfAbsent(f, k -> new int[nt]);
        for (int k : new int[] {gold, guess}) {
            tot[k] += (double) (time - st[k]) * cur[k];
            st[k] = time;
        }
        cur[gold] += 1;
        cur[guess] -= 1;
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
        TreeMap<String, float[]> sorted = new TreeMap<>(weights);
        d.writeInt(sorted.size());
        for (var e : sorted.entrySet()) {
            d.writeUTF(e.getKey());
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
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in, 1 << 16)));
        if (d.readInt() != MAGIC || d.readInt() != VERSION) {
            throw new IOException("not a Warta NER model (or a different version)");
        }
        String[] tags = new String[d.readInt()];
        for (int k = 0; k < tags.length; k++) {
            tags[k] = d.readUTF();
        }
        int n = d.readInt();
        Map<String, float[]> w = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String f = d.readUTF();
            float[] a = new float[tags.length];
            int nz = d.readByte();
            for (int j = 0; j < nz; j++) {
                int k = d.readByte();
                a[k] = d.readFloat();
            }
            w.put(f, a);
        }
        return new PerceptronTagger(tags, w, features);
    }
}
