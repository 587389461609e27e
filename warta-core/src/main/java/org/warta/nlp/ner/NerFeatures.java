package org.warta.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Observation features of each token of a sentence for the sequence tagger, in the tradition of Ratinov &amp; Roth
 * (2009, "Design challenges and misconceptions in named entity recognition"): the word, its shape, affixes,
 * capitalisation, a window of neighbouring words and shapes, gazetteer matches (BIO-coded, with the matched type),
 * a preceding person title, organisation cue words and a preceding speech verb. Tag-history features are added
 * by the tagger. Stateless and thread-safe.
 */
public final class NerFeatures {

    private final Gazetteer gazetteer;

    public NerFeatures(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Features of every token: {@code result.get(i)} are token i's. */
    public List<String[]> extract(List<String> tokens) {
        int n = tokens.size();
        String[] lower = new String[n];
        String[] shape = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
            shape[i] = shape(tokens.get(i));
        }
        String[] gz = new String[n];
        for (Gazetteer.Match m : gazetteer.matches(tokens)) {
            String lab = BioTags.label(m.entry().type()).orElse("X");
            for (int i = m.start(); i < m.end(); i++) {
                gz[i] = (i == m.start() ? "B-" : "I-") + lab;
            }
        }
        boolean[] title = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            title[i] = gazetteer.titleEndingAt(tokens, i) > 0;
        }
        List<String[]> out = new ArrayList<>(n);
        List<String> f = new ArrayList<>(48);
        for (int i = 0; i < n; i++) {
            f.clear();
            String w = lower[i];
            String tok = tokens.get(i);
            f.add("b");
            f.add("w=" + w);
            f.add("sh=" + shape[i]);
            int len = w.length();
            for (int k = 1; k <= 3 && k <= len; k++) {
                f.add("p" + k + "=" + w.substring(0, k));
                f.add("s" + k + "=" + w.substring(len - k));
            }
            if (len > 4) {
                f.add("s4=" + w.substring(len - 4));
            }
            if (i == 0) {
                f.add("first");
                f.add("first+sh=" + shape[i]);
            }
            f.add("w-1=" + (i > 0 ? lower[i - 1] : "<s>"));
            f.add("w+1=" + (i + 1 < n ? lower[i + 1] : "</s>"));
            f.add("w-2=" + (i > 1 ? lower[i - 2] : "<s>"));
            f.add("w+2=" + (i + 2 < n ? lower[i + 2] : "</s>"));
            f.add("sh-1=" + (i > 0 ? shape[i - 1] : "<s>") + "|" + shape[i]);
            f.add("sh+1=" + shape[i] + "|" + (i + 1 < n ? shape[i + 1] : "</s>"));
            f.add("w-1w=" + (i > 0 ? lower[i - 1] : "<s>") + "|" + w);
            f.add("ww+1=" + w + "|" + (i + 1 < n ? lower[i + 1] : "</s>"));
            f.add("sh-1w=" + (i > 0 ? shape[i - 1] : "<s>") + "|" + w);
            if (gz[i] != null) {
                f.add("gz=" + gz[i]);
                f.add("gz+sh=" + gz[i] + "|" + shape[i]);
            }
            if (i > 0 && gz[i - 1] != null) {
                f.add("gz-1=" + gz[i - 1]);
            }
            if (i + 1 < n && gz[i + 1] != null) {
                f.add("gz+1=" + gz[i + 1]);
            }
            if (title[i]) {
                f.add("title-1");
                f.add("title-1+sh=" + shape[i]);
            }
            if (title[i + 1]) {
                f.add("title");
            }
            if (gazetteer.isOrgCue(w)) {
                f.add("orgcue");
            }
            if (i > 0 && gazetteer.isOrgCue(lower[i - 1])) {
                f.add("orgcue-1+sh=" + shape[i]);
            }
            if (i + 1 < n && gazetteer.isOrgCue(lower[i + 1])) {
                f.add("orgcue+1");
            }
            if (Character.isUpperCase(tok.codePointAt(0)) && len > 1) {
                f.add("cap");
            }
            out.add(f.toArray(new String[0]));
        }
        return out;
    }

    /** Word shape with runs collapsed: "Jakarta" → "Xx", "KPK" → "X", "19/6" → "d/d", "Jong-un" → "Xx-x". */
    static String shape(String t) {
        StringBuilder sb = new StringBuilder(6);
        char last = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != last) {
                sb.append(s);
                last = s;
            }
        }
        if (t.length() <= 3 && t.chars().allMatch(Character::isUpperCase)) {
            sb.append(t.length());
        }
        return sb.toString();
    }
}
