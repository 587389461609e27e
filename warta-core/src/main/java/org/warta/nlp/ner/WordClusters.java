package org.warta.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters learned from unlabelled text ({@link DistributionalClustering}), used as tagger features so that
 * words never seen in the small labelled set still share weights with words that occur in the same contexts
 * (Miller, Guinness &amp; Zamanian 2004; Turian, Ratinov &amp; Bengio 2010, "Word representations"). Each known
 * lower-cased word has a fine and a coarse cluster. Immutable, thread-safe.
 */
public final class WordClusters {

    /** Resource path of the shipped Indonesian clusters, made with the shipped model by {@code warta train ner}. */
    public static final String RESOURCE = "/org/warta/nlp/ner-id.clusters.gz";

    private static final class Holder {
        static final WordClusters STANDARD = loadStandard();
    }

    private final Map<String, int[]> clusters;

    /** @param clusters lower-cased word → {fine, coarse} cluster ids */
    public WordClusters(Map<String, int[]> clusters) {
        this.clusters = Map.copyOf(clusters);
    }

    /** No clusters: every lookup is unknown. */
    public static WordClusters empty() {
        return new WordClusters(Collections.emptyMap());
    }

    /** The shipped clusters, or none when the resource is absent. */
    public static WordClusters standard() {
        return Holder.STANDARD;
    }

    private static WordClusters loadStandard() {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            return in == null ? empty() : load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Fine cluster of a lower-cased word, -1 when unknown. */
    public int fine(String lower) {
        int[] c = clusters.get(lower);
        return c == null ? -1 : c[0];
    }

    /** Coarse cluster of a lower-cased word, -1 when unknown. */
    public int coarse(String lower) {
        int[] c = clusters.get(lower);
        return c == null ? -1 : c[1];
    }

    /** Fine and coarse cluster of a lower-cased word into {@code out[at]} and {@code out2[at]}, -1 when unknown. */
    void both(String lower, int[] out, int[] out2, int at) {
        int[] c = clusters.get(lower);
        out[at] = c == null ? -1 : c[0];
        out2[at] = c == null ? -1 : c[1];
    }

    /** Number of words with clusters. */
    public int size() {
        return clusters.size();
    }

    /** Writes gzipped lines {@code word TAB fine TAB coarse}, words sorted (same clusters, same bytes). */
    public void save(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
        for (var e : new TreeMap<>(clusters).entrySet()) {
            w.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
        }
        w.flush();
        gz.finish();
    }

    /** Reads clusters written by {@link #save}. */
    public static WordClusters load(InputStream in) throws IOException {
        Map<String, int[]> m = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IOException("bad cluster line: " + line);
            }
            m.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
        }
        return new WordClusters(m);
    }
}
