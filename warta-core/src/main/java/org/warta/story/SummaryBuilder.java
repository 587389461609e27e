package org.warta.story;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Moment;
import org.warta.model.SummarySentence;
import org.warta.nlp.EventDates;

/**
 * Extractive multi-document summary with citations.
 * <p>
 * Relevance of a sentence is a weighted sum of three normalised signals: a lead prior
 * {@code 1 / (1 + index * positionDecay)} (news puts the essentials first; LEAD-3 is the classic strong baseline,
 * see Nenkova 2005, "Automatic text summarization of newswire: lessons learned from the DUC"); its continuous
 * LexRank centrality in the idf-cosine sentence graph (Erkan &amp; Radev 2004, "LexRank: Graph-based lexical
 * centrality as salience in text summarization", JAIR 22); and its support, the share of articles that report the
 * same fact ({@link FactMatcher}); a sentence that opens by pointing back ("Hal tersebut ...") loses
 * {@code anaphoraPenalty} of it unless the sentence before it in its article is already picked. Sentences are then picked by Maximal Marginal Relevance (Carbonell &amp; Goldstein
 * 1998, "The use of MMR, diversity-based reranking for reordering documents and producing summaries", SIGIR):
 * {@code argmax λ·rel(s) − (1−λ)·max sim(s, picked)}, and a candidate that states the same fact as a picked
 * sentence (in any outlet's words) is never picked. In a story of several articles, facts that at least two
 * articles state are picked first (a multi-source summary), single-source sentences only fill what is left. The picked sentences are ordered for reading: the
 * chronology of the event first — the day a sentence narrates ({@link #eventDay}: a day it mentions, else the
 * publication day of its articles), as in the chronological ordering of Barzilay, Elhadad and McKeown 2002
 * ("Inferring strategies for sentence ordering in multidocument news summarization", JAIR 17) — then importance
 * (relevance), a sentence that points back ("Hal tersebut ...") after the others of its day. Each
 * carries every article that states the same fact.
 */
public final class SummaryBuilder {

    private static final int LEXRANK_ITERATIONS = 50;
    private static final double LEXRANK_EPSILON = 1e-6;

    private final SynthesisSettings settings;

    public SummaryBuilder(SynthesisSettings settings) {
        this.settings = settings;
    }

    /** The summary of one or more articles, {@code n} sentences at most. */
    public List<SummarySentence> summarize(List<Article> articles, int n) {
        return summarize(StoryText.analyse(articles, settings), n);
    }

    /** The summary of an analysed story, {@code n} sentences at most, each with the ids of its articles. */
    public List<SummarySentence> summarize(StoryText text, int n) {
        List<SummarySentence> out = new ArrayList<>();
        for (StorySentence s : select(text, n)) {
            List<String> ids = new ArrayList<>();
            for (int a : text.articlesStating(s.id()).stream().sorted().toList()) {
                ids.add(text.members().get(a).id());
            }
            out.add(new SummarySentence(s.text(), ids));
        }
        return out;
    }

    /** The picked sentences in reading order. */
    public List<StorySentence> select(StoryText text, int n) {
        List<StorySentence> all = text.sentences();
        if (all.isEmpty() || n <= 0) {
            return List.of();
        }
        double[] rel = relevance(text);
        List<StorySentence> picked = new ArrayList<>();
        boolean[] used = new boolean[all.size()];
        boolean[] corroborated = new boolean[all.size()];
        if (text.members().size() > 1) {
            for (StorySentence s : all) {
                corroborated[s.id()] = s.candidate() && text.articlesStating(s.id()).size() > 1;
            }
            pick(text, all, rel, corroborated, used, picked, n);
        }
        pick(text, all, rel, null, used, picked, n);
        Map<Integer, LocalDate> day = new HashMap<>();
        Optional<LocalDate> storyDay = EventDates.consensus(text.members()).map(LocalDate::parse);
        for (StorySentence s : picked) {
            day.put(s.id(), eventDay(text, s, storyDay));
        }
        picked.sort(Comparator.comparing((StorySentence s) -> day.get(s.id()))
                .thenComparing(StorySentence::anaphoric)
                .thenComparing(Comparator.comparingDouble((StorySentence s) -> rel[s.id()]).reversed())
                .thenComparingInt(StorySentence::id));
        return picked;
    }

    /**
     * The day a sentence narrates: the earliest day-precise date it mentions (the members' normalised
     * {@link DateMention}s); a sentence without one narrates the story's event, on its event day; without that, the
     * earliest publication day of the articles that state it; else none ({@link LocalDate#MAX}, after all dated
     * ones).
     */
    static LocalDate eventDay(StoryText text, StorySentence s, Optional<LocalDate> storyDay) {
        LocalDate best = null;
        for (DateMention d : text.members().get(s.article()).dates()) {
            if (d.start() >= s.start() && d.start() < s.end() && d.value().length() == 10) {
                try {
                    LocalDate v = LocalDate.parse(d.value());
                    best = best == null || v.isBefore(best) ? v : best;
                } catch (DateTimeParseException e) {
                    // not a day: no order from it
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (storyDay.isPresent()) {
            return storyDay.get();
        }
        for (int a : text.articlesStating(s.id())) {
            Optional<Moment> p = text.members().get(a).published();
            if (p.isPresent() && (best == null || p.get().date().isBefore(best))) {
                best = p.get().date();
            }
        }
        return best == null ? LocalDate.MAX : best;
    }

    /** MMR selection among the candidates (restricted to {@code only} when given) until {@code n} are picked. */
    private void pick(StoryText text, List<StorySentence> all, double[] rel, boolean[] only, boolean[] used,
                      List<StorySentence> picked, int n) {
        while (picked.size() < n) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (StorySentence s : all) {
                if (!s.candidate() || used[s.id()] || (only != null && !only[s.id()])) {
                    continue;
                }
                double maxSim = 0;
                boolean repeat = false;
                for (StorySentence p : picked) {
                    maxSim = Math.max(maxSim, text.cosine(s.id(), p.id()));
                    if (p.article() != s.article() && text.sameFact(s.id(), p.id())) {
                        repeat = true;
                        break;
                    }
                }
                if (repeat) {
                    continue;
                }
                double r = rel[s.id()];
                if (s.anaphoric() && !(s.index() > 0 && used[s.id() - 1])) {
                    r *= 1 - settings.anaphoraPenalty();
                }
                double score = settings.mmrLambda() * r - (1 - settings.mmrLambda()) * maxSim;
                if (score > bestScore) {
                    bestScore = score;
                    best = s.id();
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            picked.add(all.get(best));
        }
    }

    /** Relevance of every sentence, in [0, 1]. */
    double[] relevance(StoryText text) {
        int n = text.sentences().size();
        double[] lex = lexRank(text);
        double maxLex = 0;
        for (double v : lex) {
            maxLex = Math.max(maxLex, v);
        }
        int articles = text.members().size();
        double[] rel = new double[n];
        double total = settings.positionWeight() + settings.centralityWeight()
                + (articles > 1 ? settings.supportWeight() : 0);
        for (StorySentence s : text.sentences()) {
            double pos = 1.0 / (1.0 + s.index() * settings.positionDecay());
            double cen = maxLex > 0 ? lex[s.id()] / maxLex : 0;
            double sup = articles > 1 ? (text.articlesStating(s.id()).size() - 1) / (double) (articles - 1) : 0;
            double r = settings.positionWeight() * pos + settings.centralityWeight() * cen
                    + (articles > 1 ? settings.supportWeight() * sup : 0);
            rel[s.id()] = total > 0 ? r / total : 0;
        }
        return rel;
    }

    /**
     * Continuous LexRank: PageRank over the graph whose edges are idf-cosines at or above the threshold, rows
     * normalised, by power iteration.
     */
    double[] lexRank(StoryText text) {
        int n = text.sentences().size();
        double t = settings.lexRankThreshold();
        int[][] to = new int[n][];
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] nb = text.neighbours(i);
            float[] c = text.neighbourCosines(i);
            int k = 0;
            for (float x : c) {
                if (x >= t) {
                    k++;
                }
            }
            to[i] = new int[k];
            w[i] = new double[k];
            double sum = 0;
            for (int e = 0, m = 0; e < nb.length; e++) {
                if (c[e] >= t) {
                    to[i][m] = nb[e];
                    w[i][m++] = c[e];
                    sum += c[e];
                }
            }
            for (int e = 0; e < k; e++) {
                w[i][e] /= sum;
            }
        }
        double d = settings.lexRankDamping();
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        double[] next = new double[n];
        for (int it = 0; it < LEXRANK_ITERATIONS; it++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (to[i].length == 0) {
                    dangling += p[i];
                }
            }
            java.util.Arrays.fill(next, (1 - d) / n + d * dangling / n);
            for (int i = 0; i < n; i++) {
                double pi = d * p[i];
                int[] ti = to[i];
                double[] wi = w[i];
                for (int e = 0; e < ti.length; e++) {
                    next[ti[e]] += pi * wi[e];
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(next[i] - p[i]);
            }
            double[] tmp = p;
            p = next;
            next = tmp;
            if (delta < LEXRANK_EPSILON) {
                break;
            }
        }
        return p;
    }
}
