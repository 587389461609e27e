package org.warta.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;
import org.warta.memo.Memo;
import org.warta.model.Article;
import org.warta.text.SentenceSplitter;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * The member articles of a story split into sentences, each reduced to features (content stems, names, numbers),
 * with the pairwise similarities every analysis needs: the idf-weighted cosine (for centrality and redundancy) and
 * the {@link FactMatcher} score (for "the same fact"). Pairs are found through an inverted index, so only
 * sentences sharing a feature are ever compared, and a pair scoring below half the LexRank threshold and below half
 * the same-fact threshold is not kept: it counts as unrelated (similarity 0). Immutable once built.
 */
public final class StoryText {

    private final List<Article> members;
    private final List<StorySentence> sentences;
    /** Per sentence: quantity subject → stated values, filled lazily by {@link #measures(int)}. */
    private final Map<Integer, Map<String, Set<java.math.BigDecimal>>> measures = new HashMap<>();
    private final int[] firstOfArticle;
    private final double[] weight;
    private final String[] vocabulary;
    /** Feature → term id. */
    private final Map<String, Integer> termIds;
    /** Per term: how many members state it in a sentence. */
    private final int[] articleDf;
    private final int[][] neighbours;
    private final float[][] cosines;
    private final float[][] facts;
    private final FactMatcher matcher;

    private StoryText(List<Article> members, List<StorySentence> sentences, int[] firstOfArticle, double[] weight,
                      String[] vocabulary, Map<String, Integer> termIds, int[] articleDf, int[][] neighbours,
                      float[][] cosines, float[][] facts, FactMatcher matcher) {
        this.termIds = termIds;
        this.articleDf = articleDf;
        this.members = members;
        this.sentences = sentences;
        this.firstOfArticle = firstOfArticle;
        this.weight = weight;
        this.vocabulary = vocabulary;
        this.neighbours = neighbours;
        this.cosines = cosines;
        this.facts = facts;
        this.matcher = matcher;
    }

    /**
     * Articles per generation of the memo of {@link #read}, see {@link Memo}. A batch of an ingest re-synthesises
     * every story it touches from all their members, which are more articles than the batch: measured on the scale
     * bench (40,000 articles in batches of 2,000, JFR, second half), re-reading evicted articles took 8.9% of the
     * ingest's CPU with 4,096, 5.1% with 8,192 and 3.7% with 16,384 (an entry holds about an article's text again,
     * as shown sentences, plus shared feature strings). Fewer on a small heap ({@link Memo#generationWithin}, taking
     * an entry as 24 KB): with 768 MB of heap and 16,384 the collector took most of the ingest's time.
     */
    static final int MEMO_GENERATION = Memo.generationWithin(16_384, 24 * 1024);

    /** The text of an article in a language: what {@link #read} depends on. */
    private record ArticleKey(String language, String text) {
    }

    /**
     * One article's sentences as synthesis reads them, compact (a memo entry lives through a few batches): each
     * sentence's offsets in the text, the sentence as shown (lead cleaned, glued words apart), its number of tokens,
     * its first token (whose features depend on the story's names), the features of the tokens after it
     * ({@link Features#afterFirst}), whether its quote marks are balanced and whether it opens with an anaphor; and
     * the lower-cased words capitalised inside a sentence (name evidence).
     */
    private record ArticleSentences(int[] starts, int[] ends, String[] displays, int[] tokenCounts,
                                    String[] firstTokens, String[][] featuresAfterFirst, boolean[] balancedQuotes,
                                    boolean[] anaphoric, List<String> names) {
    }

    /**
     * Articles read before: a story is synthesised again each time it grows, from all its members, so a running
     * ingest reads its recent articles over and over.
     */
    private static final Memo<ArticleKey, ArticleSentences> SENTENCES =
            SynthesisMemory.memo(StoryText::read, MEMO_GENERATION);

    private static ArticleSentences read(ArticleKey article) {
        LanguagePack pack = LanguagePacks.forCodeOrGeneric(article.language());
        Set<String> stop = StopWords.of(pack);
        List<Span> ss = new SentenceSplitter(pack).split(article.text());
        int n = ss.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] displays = new String[n];
        int[] counts = new int[n];
        String[] firsts = new String[n];
        String[][] features = new String[n][];
        boolean[] balanced = new boolean[n];
        boolean[] anaphoric = new boolean[n];
        Set<String> names = new java.util.LinkedHashSet<>();
        for (int si = 0; si < n; si++) {
            Span s = ss.get(si);
            String display = org.warta.nlp.ner.TokenSpans.unglued(
                    si == 0 ? LeadCleaner.strip(s.text()) : LeadCleaner.stripBullet(s.text()));
            List<Span> toks = Tokenizer.tokens(display);
            starts[si] = s.start();
            ends[si] = s.end();
            displays[si] = display;
            counts[si] = toks.size();
            firsts[si] = toks.isEmpty() ? "" : toks.get(0).text();
            features[si] = Features.afterFirst(toks, pack, stop).toArray(String[]::new);
            balanced[si] = QuoteMarks.balanced(display);
            anaphoric[si] = Anaphora.opens(display, pack);
            for (int k = 1; k < toks.size(); k++) {
                String t = toks.get(k).text();
                if (Character.isUpperCase(t.codePointAt(0))) {
                    names.add(t.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArticleSentences(starts, ends, displays, counts, firsts, features, balanced, anaphoric,
                List.copyOf(names));
    }

    /** Analyses the members (in the given order). */
    public static StoryText analyse(List<Article> members, SynthesisSettings settings) {
        List<Article> arts = List.copyOf(members);
        Map<String, Integer> vocab = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<int[]> termsOf = new ArrayList<>();
        List<Boolean> anchorOf = new ArrayList<>();
        List<StorySentence> raw = new ArrayList<>();
        int[] first = new int[arts.size() + 1];
        Map<String, Set<String>> namesByLanguage = new HashMap<>();
        List<ArticleSentences> reads = new ArrayList<>(arts.size());
        for (Article a : arts) {
            ArticleSentences read = SENTENCES.get(new ArticleKey(a.language(), a.text()));
            reads.add(read);
            namesByLanguage.computeIfAbsent(a.language(), k -> new HashSet<>()).addAll(read.names());
        }
        for (int ai = 0; ai < arts.size(); ai++) {
            Article a = arts.get(ai);
            first[ai] = raw.size();
            LanguagePack pack = LanguagePacks.forCodeOrGeneric(a.language());
            Set<String> stop = StopWords.of(pack);
            Set<String> names = namesByLanguage.get(a.language());
            ArticleSentences read = reads.get(ai);
            for (int si = 0; si < read.displays().length; si++) {
                String display = read.displays()[si];
                int tokenCount = read.tokenCounts()[si];
                // Features.of(tokens, pack, stop, names, false): the first token's (which depends on the story's
                // names), then the rest's, read once per sentence
                Set<String> features = new LinkedHashSet<>();
                if (tokenCount > 0) {
                    Features.add(features, read.firstTokens()[si], 0, pack, stop, names, false);
                }
                features.addAll(Arrays.asList(read.featuresAfterFirst()[si]));
                int[] ids = new int[features.size()];
                int count = 0;
                for (String feature : features) {
                    ids[count++] = intern(feature, vocab, words, anchorOf, !feature.startsWith("~"));
                }
                Arrays.sort(ids); // distinct features have distinct ids
                termsOf.add(ids);
                boolean candidate = tokenCount >= settings.minSentenceTokens()
                        && tokenCount <= settings.maxSentenceTokens()
                        && read.balancedQuotes()[si]
                        && !display.endsWith("?") && !display.endsWith(":");
                raw.add(new StorySentence(raw.size(), ai, a.id(), si, display, read.starts()[si], read.ends()[si],
                        tokenCount, ids, candidate, read.anaphoric()[si]));
            }
        }
        first[arts.size()] = raw.size();
        int n = raw.size();
        int v = words.size();
        int[] df = new int[v];
        for (int[] ids : termsOf) {
            for (int id : ids) {
                df[id]++;
            }
        }
        int[] articleDf = new int[v];
        int[] lastArticle = new int[v];
        Arrays.fill(lastArticle, -1);
        for (int ai = 0; ai < arts.size(); ai++) {
            for (int i = first[ai]; i < first[ai + 1]; i++) {
                for (int t : termsOf.get(i)) {
                    if (lastArticle[t] != ai) {
                        lastArticle[t] = ai;
                        articleDf[t]++;
                    }
                }
            }
        }
        double[] w = new double[v];
        double[] fw = new double[v];
        double[] rawAnchorWeight = new double[v];
        boolean[] anchor = new boolean[v];
        for (int t = 0; t < v; t++) {
            double idf = Math.log(1.0 + (double) n / df[t]);
            w[t] = idf;
            anchor[t] = anchorOf.get(t);
            fw[t] = FactMatcher.weight(idf, anchor[t], articleDf[t], arts.size());
            rawAnchorWeight[t] = anchor[t] ? FactMatcher.weight(idf, true, 1, 1) : 0;
        }
        int[][] postings = new int[v][];
        int[] fill = new int[v];
        for (int t = 0; t < v; t++) {
            postings[t] = new int[df[t]];
        }
        for (int i = 0; i < n; i++) {
            for (int t : termsOf.get(i)) {
                postings[t][fill[t]++] = i;
            }
        }
        double[] sum = new double[n];
        double[] sumAnchor = new double[n];
        double[] sumAnchorRaw = new double[n];
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            for (int t : termsOf.get(i)) {
                if (anchor[t]) {
                    sumAnchor[i] += fw[t];
                    sumAnchorRaw[i] += rawAnchorWeight[t];
                } else {
                    sum[i] += fw[t];
                }
                norm[i] += w[t] * w[t];
            }
            norm[i] = Math.sqrt(norm[i]);
        }
        double keepCosine = settings.lexRankThreshold() / 2;
        double keepFact = settings.sameFactThreshold() / 2;
        int[][] nb = new int[n][];
        float[][] cos = new float[n][];
        float[][] fact = new float[n][];
        double[] shared = new double[n];
        double[] sharedAnchor = new double[n];
        double[] sharedAnchorRaw = new double[n];
        int[] sharedAnchors = new int[n];
        int[] sharedNumbers = new int[n];
        String[] languageOf = new String[n];
        for (StorySentence x : raw) {
            languageOf[x.id()] = arts.get(x.article()).language();
        }
        boolean[] number = new boolean[v];
        for (int t = 0; t < v; t++) {
            number[t] = words.get(t).startsWith("#");
        }
        double[] shared2 = new double[n];
        int[] touched = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int t : termsOf.get(i)) {
                for (int j : postings[t]) {
                    if (j == i) {
                        continue;
                    }
                    if (!seen[j]) {
                        seen[j] = true;
                        touched[count++] = j;
                    }
                    if (anchor[t]) {
                        sharedAnchor[j] += fw[t];
                        sharedAnchorRaw[j] += rawAnchorWeight[t];
                        sharedAnchors[j]++;
                        if (number[t]) {
                            sharedNumbers[j]++;
                        }
                    } else {
                        shared[j] += fw[t];
                    }
                    shared2[j] += w[t] * w[t];
                }
            }
            Arrays.sort(touched, 0, count);
            int kept = 0;
            int[] keptIds = new int[count];
            float[] keptCos = new float[count];
            float[] keptFact = new float[count];
            for (int k = 0; k < count; k++) {
                int j = touched[k];
                double c = shared2[j] / (norm[i] * norm[j]);
                double f = FactMatcher.score(shared[j], sum[i], sum[j], sharedAnchor[j], sumAnchor[i], sumAnchor[j]);
                if (!languageOf[i].equals(languageOf[j])) {
                    f = Math.max(f, FactMatcher.crossLanguage(sharedAnchorRaw[j], sumAnchorRaw[i], sumAnchorRaw[j],
                            sharedAnchors[j], sharedNumbers[j]));
                }
                if (c >= keepCosine || f >= keepFact) {
                    keptIds[kept] = j;
                    keptCos[kept] = (float) c;
                    keptFact[kept] = (float) f;
                    kept++;
                }
                shared[j] = 0;
                sharedAnchor[j] = 0;
                sharedAnchorRaw[j] = 0;
                sharedAnchors[j] = 0;
                sharedNumbers[j] = 0;
                shared2[j] = 0;
                seen[j] = false;
            }
            nb[i] = Arrays.copyOf(keptIds, kept);
            cos[i] = Arrays.copyOf(keptCos, kept);
            fact[i] = Arrays.copyOf(keptFact, kept);
        }
        return new StoryText(arts, List.copyOf(raw), first, fw, words.toArray(String[]::new), vocab, articleDf, nb,
                cos, fact, new FactMatcher(settings));
    }

    private static int intern(String feature, Map<String, Integer> vocab, List<String> words, List<Boolean> anchors,
                              boolean anchor) {
        Integer id = vocab.get(feature);
        if (id == null) {
            id = words.size();
            vocab.put(feature, id);
            words.add(feature);
            anchors.add(anchor);
        }
        return id;
    }

    public List<Article> members() {
        return members;
    }

    public List<StorySentence> sentences() {
        return sentences;
    }

    /** The sentences of the article at {@code article} (its index among the members), in text order. */
    public List<StorySentence> sentencesOf(int article) {
        return sentences.subList(firstOfArticle[article], firstOfArticle[article + 1]);
    }

    /** Idf-weighted cosine of two sentences' feature sets (0 when they share nothing). */
    public double cosine(int i, int j) {
        int k = Arrays.binarySearch(neighbours[i], j);
        return k < 0 ? (i == j ? 1 : 0) : cosines[i][k];
    }

    /** The {@link FactMatcher} score of two sentences. */
    public double factScore(int i, int j) {
        int k = Arrays.binarySearch(neighbours[i], j);
        return k < 0 ? (i == j ? 1 : 0) : facts[i][k];
    }

    /** Sentences related to {@code i} (see the class comment), ascending. Do not modify. */
    public int[] neighbours(int i) {
        return neighbours[i];
    }

    /** The cosines of {@code i} with its {@link #neighbours(int)}, in the same order. Do not modify. */
    float[] neighbourCosines(int i) {
        return cosines[i];
    }

    /** True when sentences {@code i} and {@code j} state the same fact. */
    public boolean sameFact(int i, int j) {
        return i == j || (matcher.same(factScore(i, j)) && !contradicts(i, j));
    }

    /**
     * True when both sentences give a value for the same quantity (death toll, depth, import volume: see
     * {@link Quantities}) and no value in common — "12 dead" and "the toll rose to 14" are then different facts,
     * however much else they share, and one must never be cited for the other.
     */
    boolean contradicts(int i, int j) {
        Map<String, Set<java.math.BigDecimal>> a = measures(i);
        Map<String, Set<java.math.BigDecimal>> b = measures(j);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, Set<java.math.BigDecimal>> e : a.entrySet()) {
            Set<java.math.BigDecimal> other = b.get(e.getKey());
            if (other != null && java.util.Collections.disjoint(e.getValue(), other)) {
                return true;
            }
        }
        return false;
    }

    /** Quantity subject → values stated in sentence {@code i} (computed once per sentence). */
    private Map<String, Set<java.math.BigDecimal>> measures(int i) {
        return measures.computeIfAbsent(i, k -> {
            StorySentence s = sentences.get(k);
            Article a = members.get(s.article());
            if (s.end() > a.text().length()) {
                return Map.of();
            }
            List<int[]> dateSpans = new ArrayList<>();
            for (org.warta.model.DateMention d : a.dates()) {
                if (d.end() > s.start() && d.start() < s.end()) {
                    dateSpans.add(new int[] {d.start() - s.start(), d.end() - s.start()});
                }
            }
            Map<String, Set<java.math.BigDecimal>> out = new HashMap<>();
            LanguagePack pack = LanguagePacks.forCodeOrGeneric(a.language());
            for (Quantities.Measure m : Quantities.of(pack).read(a.text().substring(s.start(), s.end()), dateSpans)) {
                m.subject().ifPresent(sub -> out.computeIfAbsent(sub, x -> new HashSet<>())
                        .add(m.value().stripTrailingZeros()));
            }
            return out;
        });
    }

    /**
     * Indexes of the articles that state the fact of sentence {@code i} (its own article first, then ascending).
     */
    public List<Integer> articlesStating(int i) {
        StorySentence s = sentences.get(i);
        List<Integer> out = new ArrayList<>();
        out.add(s.article());
        boolean[] has = new boolean[members.size()];
        has[s.article()] = true;
        int[] nb = neighbours[i];
        for (int k = 0; k < nb.length; k++) {
            int a = sentences.get(nb[k]).article();
            if (!has[a] && matcher.same(facts[i][k]) && !contradicts(i, nb[k])) {
                has[a] = true;
            }
        }
        for (int a = 0; a < has.length; a++) {
            if (has[a] && a != s.article()) {
                out.add(a);
            }
        }
        return out;
    }

    /** The feature (a stem prefixed "~", a name "@", a number "#") of a term id. */
    public String feature(int term) {
        return vocabulary[term];
    }

    /** The term id of a feature, or -1 when no sentence of the story has it. */
    int termId(String feature) {
        return termIds.getOrDefault(feature, -1);
    }

    /** Number of terms (term ids are 0 to this, exclusive). */
    int terms() {
        return vocabulary.length;
    }

    /** How many members state a term in a sentence. */
    int articlesWith(int term) {
        return articleDf[term];
    }

    /** True when a sentence of member {@code article} has the term. */
    boolean articleHas(int article, int term) {
        for (int i = firstOfArticle[article]; i < firstOfArticle[article + 1]; i++) {
            if (Arrays.binarySearch(sentences.get(i).terms(), term) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Weight of a term in fact matching ({@link FactMatcher#weight}). */
    public double weight(int term) {
        return weight[term];
    }
}
