package org.warta.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.lang.LanguagePacks;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Moment;
import org.warta.model.Quote;
import org.warta.nlp.alias.AliasResolver;
import org.warta.nlp.alias.NameForms;
import org.warta.nlp.date.DateFinder;
import org.warta.nlp.ner.EntityRecognizer;
import org.warta.nlp.ner.Gazetteer;
import org.warta.nlp.ner.NerSpan;
import org.warta.nlp.ner.TokenSpans;
import org.warta.nlp.quote.NamedMention;
import org.warta.nlp.quote.QuoteMarks;
import org.warta.nlp.quote.QuoteSpan;
import org.warta.nlp.quote.SpeakerAttributor;
import org.warta.text.SentenceSplitter;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * The NLP stage: fills an article's entities (with aliases resolved within the article), quotes (with speakers as
 * canonical entity names) and dates (normalised against the publication date or a given anchor). A chain of small
 * stages: sentences ({@link SentenceSplitter}) → tokens ({@link TokenSpans}) → entity spans
 * ({@link EntityRecognizer}) → title stripping and alias groups ({@link AliasResolver}) → a recall pass that tags
 * the remaining single-word uses of a known person's name → quotes ({@link QuoteMarks}, {@link SpeakerAttributor})
 * → dates ({@link DateFinder}). Languages: "id" uses the trained model, "en" and others the rules. Stateless and
 * thread-safe.
 */
public final class WartaAnalyzer implements ArticleAnalyzer {

    private final EntityRecognizer recognizer;
    private final Gazetteer gazetteer;
    private final SpeakerAttributor attributor;
    private final DateFinder dates;
    private final Map<String, SentenceSplitter> splitters = new ConcurrentHashMap<>();

    /** The analyzer with the shipped model and data. */
    public WartaAnalyzer() {
        this(EntityRecognizer.standard(), Gazetteer.standard(), DateFinder.standard());
    }

    public WartaAnalyzer(EntityRecognizer recognizer, Gazetteer gazetteer, DateFinder dates) {
        this.recognizer = recognizer;
        this.gazetteer = gazetteer;
        this.attributor = new SpeakerAttributor(gazetteer);
        this.dates = dates;
    }

    @Override
    public Article analyze(Article article) {
        return analyze(article, article.published());
    }

    /**
     * Analyses with an explicit anchor for relative dates (a story's date for an article without {@code published}).
     */
    public Article analyze(Article article, Optional<Moment> anchor) {
        String text = article.text();
        String lang = article.language().toLowerCase(Locale.ROOT);
        SentenceSplitter splitter = splitters.computeIfAbsent(lang,
                l -> new SentenceSplitter(LanguagePacks.forCodeOrGeneric(l)));
        List<Span> sentences = splitter.split(text);
        Set<String> lowerWords = lowerCaseWords(text);
        List<RawMention> raw = new ArrayList<>();
        for (Span s : sentences) {
            List<Span> toks = TokenSpans.tokens(text, s.start(), s.end());
            List<String> words = new ArrayList<>(toks.size());
            for (Span t : toks) {
                words.add(t.text());
            }
            for (NerSpan e : withListedNames(words, recognizer.recognize(words, lang))) {
                int st = e.start() + NameForms.leadingTitleWords(words.subList(e.start(), e.end()), gazetteer);
                int en = e.end();
                while (en > st && !Character.isLetterOrDigit(words.get(en - 1).charAt(0))) {
                    en--;
                }
                while (st < en && !Character.isLetterOrDigit(words.get(st).charAt(0))) {
                    st++;
                }
                if (st < en && plausible(e.type(), words.subList(st, en), lowerWords)) {
                    int cs = toks.get(st).start();
                    int ce = toks.get(en - 1).end();
                    raw.add(new RawMention(text.substring(cs, ce), e.type(), cs, ce));
                }
            }
        }
        raw.sort(Comparator.comparingInt(RawMention::start));
        raw = withoutPlacePrefixes(raw);
        List<Entity> entities = new ArrayList<>();
        List<NamedMention> named = resolve(text, raw, entities, sentences, lowerWords);
        List<QuoteSpan> spans = QuoteMarks.find(text);
        List<Quote> quotes = attributor.attribute(text, spans, sentences, named);
        List<DateMention> ds = outsideQuotes(dates.find(text, anchor.map(Moment::date)), spans);
        return article.withAnalysis(entities, quotes, ds);
    }

    /**
     * Drops relative date expressions inside full direct quotes: "hari ini" in a quote means the day the words were
     * spoken, not the publication day. Expressions with digits or a month name ("akhir Maret") are kept.
     */
    private static List<DateMention> outsideQuotes(List<DateMention> ds, List<QuoteSpan> quotes) {
        List<DateMention> out = new ArrayList<>(ds.size());
        for (DateMention d : ds) {
            boolean inside = false;
            for (QuoteSpan q : quotes) {
                inside |= !q.partial() && d.start() >= q.start() && d.end() <= q.end();
            }
            if (!inside || d.text().chars().anyMatch(Character::isDigit) || namesMonth(d.text())) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean namesMonth(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (org.warta.nlp.date.DateRules.standard().monthNames().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the listed places and organisations ({@link Gazetteer}) no recognised span touches: "Korut" is an entity
     * for alias resolution even where the corpus conventions the model learnt would leave it out. (The conlleval
     * figures of {@code warta eval ner} measure the recogniser without this step.)
     */
    private List<NerSpan> withListedNames(List<String> words, List<NerSpan> spans) {
        List<NerSpan> out = null;
        for (var m : gazetteer.matches(words)) {
            if (m.entry().type() == EntityType.PERSON) {
                continue;
            }
            boolean free = true;
            for (NerSpan s : spans) {
                free &= s.end() <= m.start() || s.start() >= m.end();
            }
            if (free) {
                if (out == null) {
                    out = new ArrayList<>(spans);
                }
                out.add(new NerSpan(m.start(), m.end(), m.entry().type()));
            }
        }
        return out == null ? spans : out;
    }

    /** Upper bound on the words of a person's name (default 4); longer spans are title-case headline runs. */
    public static final int MAX_PERSON_WORDS = 4;

    /**
     * A person span is kept when it has at most {@link #MAX_PERSON_WORDS} words and at least one of its words is not
     * used in lower case elsewhere in the article ("Perjanjian Persahabatan" is a treaty, not a person: the article
     * also writes "perjanjian").
     */
    private static boolean plausible(EntityType type, List<String> words, Set<String> lowerWords) {
        if (type != EntityType.PERSON) {
            return true;
        }
        int n = 0;
        boolean nameWord = false;
        for (String w : words) {
            if (Character.isLetterOrDigit(w.charAt(0))) {
                n++;
                nameWord |= !lowerWords.contains(w.toLowerCase(Locale.ROOT));
            }
        }
        return n <= MAX_PERSON_WORDS && nameWord;
    }

    /** The words the text writes in lower case ("perjanjian"), to tell common words from names. */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> out = new HashSet<>();
        for (Span t : Tokenizer.tokens(text)) {
            String w = t.text();
            if (Character.isLowerCase(w.charAt(0)) && w.equals(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * "Mamasa Yohanis Palimbong" where the article also has the place "Kecamatan Mamasa": a person mention of three
     * or more words whose first word is a word of a place or organisation mention of the same article starts after
     * that word.
     */
    private static List<RawMention> withoutPlacePrefixes(List<RawMention> raw) {
        Set<String> other = new HashSet<>();
        for (RawMention m : raw) {
            if (m.type() != EntityType.PERSON) {
                other.addAll(NameForms.words(m.text()));
            }
        }
        List<RawMention> out = new ArrayList<>(raw.size());
        for (RawMention m : raw) {
            List<String> words = NameForms.words(m.text());
            int sp = m.text().indexOf(' ');
            if (m.type() == EntityType.PERSON && words.size() >= 3 && sp > 0 && other.contains(words.get(0))) {
                int cut = sp + 1;
                out.add(new RawMention(m.text().substring(cut), m.type(), m.start() + cut, m.end()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private record RawMention(String text, EntityType type, int start, int end) {
    }

    private List<NamedMention> resolve(String text, List<RawMention> raw, List<Entity> out, List<Span> sentences,
            Set<String> lowerWords) {
        AliasResolver resolver = new AliasResolver(gazetteer);
        List<AliasResolver.Group> groupOf = new ArrayList<>();
        for (RawMention m : raw) {
            groupOf.add(resolver.add(m.text(), m.type()));
        }
        // recall pass: single capitalised words equal to a word of a resolved person name ("Putin", "Kim")
        Map<String, AliasResolver.Group> personWords = new HashMap<>();
        for (AliasResolver.Group g : resolver.groups()) {
            if (g.type() == EntityType.PERSON) {
                for (String w : NameForms.words(g.canonical())) {
                    if (w.length() >= 3 && gazetteer.lookup(w).isEmpty() && !lowerWords.contains(w)) {
                        personWords.merge(w, g, (a, b) -> a);
                    }
                }
            }
        }
        List<RawMention> all = new ArrayList<>(raw);
        List<AliasResolver.Group> allGroups = new ArrayList<>(groupOf);
        if (!personWords.isEmpty()) {
            boolean[] covered = new boolean[text.length() + 1];
            for (RawMention m : raw) {
                for (int i = m.start(); i < m.end(); i++) {
                    covered[i] = true;
                }
            }
            for (Span s : sentences) {
                for (Span t : TokenSpans.tokens(text, s.start(), s.end())) {
                    if (covered[t.start()] || !Character.isUpperCase(t.text().charAt(0))) {
                        continue;
                    }
                    AliasResolver.Group g = personWords.get(NameForms.key(t.text()));
                    if (g != null) {
                        all.add(new RawMention(t.text(), EntityType.PERSON, t.start(), t.end()));
                        allGroups.add(g);
                    }
                }
            }
        }
        Map<AliasResolver.Group, List<Mention>> mentions = new LinkedHashMap<>();
        for (AliasResolver.Group g : resolver.groups()) {
            mentions.put(g, new ArrayList<>());
        }
        List<NamedMention> named = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            RawMention m = all.get(i);
            AliasResolver.Group g = allGroups.get(i);
            mentions.get(g).add(new Mention(m.text(), m.start(), m.end()));
            named.add(new NamedMention(m.start(), m.end(), g.canonical(), g.type()));
        }
        for (var e : mentions.entrySet()) {
            List<Mention> ms = e.getValue();
            ms.sort(Comparator.comparingInt(Mention::start));
            out.add(new Entity(e.getKey().canonical(), e.getKey().type(), ms));
        }
        named.sort(Comparator.comparingInt(NamedMention::start));
        return named;
    }
}
