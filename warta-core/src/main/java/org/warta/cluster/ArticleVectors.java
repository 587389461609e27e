package org.warta.cluster;

import it.unimi.dsi.fastutil.ints.Int2FloatOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.List;
import org.warta.text.AnalyzedText;

/**
 * An article's TF-IDF sub-vectors (one per {@link Field}), each L2-normalised: weight {@code (1 + ln tf) · idf}
 * (Salton and Buckley 1988, "Term-weighting approaches in automatic text retrieval").
 */
record ArticleVectors(TermVector title, TermVector body, TermVector names, TermVector numbers) {

    TermVector get(Field f) {
        return switch (f) {
            case TITLE -> title;
            case BODY -> body;
            case NAMES -> names;
            case NUMBERS -> numbers;
        };
    }

    /** All term keys of the text, title and body sharing keys: what document frequencies count. */
    static int[] keys(AnalyzedText t) {
        int[] out = new int[t.title().size() + t.body().size() + t.names().size() + t.numbers().size()];
        int n = 0;
        for (String s : t.title()) {
            out[n++] = Field.TITLE.key(s);
        }
        for (String s : t.body()) {
            out[n++] = Field.BODY.key(s);
        }
        for (String s : t.names()) {
            out[n++] = Field.NAMES.key(s);
        }
        for (String s : t.numbers()) {
            out[n++] = Field.NUMBERS.key(s);
        }
        return out;
    }

    static ArticleVectors of(AnalyzedText t, DocumentFrequencies df, int limit) {
        return new ArticleVectors(vector(Field.TITLE, t.title(), df, limit), vector(Field.BODY, t.body(), df, limit),
                vector(Field.NAMES, t.names(), df, limit), vector(Field.NUMBERS, t.numbers(), df, limit));
    }

    private static TermVector vector(Field f, List<String> terms, DocumentFrequencies df, int limit) {
        if (terms.isEmpty()) {
            return TermVector.EMPTY;
        }
        Int2IntOpenHashMap tf = new Int2IntOpenHashMap(terms.size());
        for (String s : terms) {
            tf.addTo(f.key(s), 1);
        }
        Int2FloatOpenHashMap w = new Int2FloatOpenHashMap(tf.size());
        double norm = 0;
        for (var e : tf.int2IntEntrySet()) {
            double v = (1 + Math.log(e.getIntValue())) * df.idf(e.getIntKey());
            w.put(e.getIntKey(), (float) v);
            norm += v * v;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (var e : w.int2FloatEntrySet()) {
            e.setValue(e.getFloatValue() * inv);
        }
        return TermVector.of(w, limit);
    }
}
