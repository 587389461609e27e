package org.warta.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;
import org.warta.memo.Memo;
import org.warta.model.Article;
import org.warta.model.EntityType;
import org.warta.model.StoryEntity;
import org.warta.model.StoryQuote;
import org.warta.nlp.StoryQuotes;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * Who said what across the story. The same statement carried by several outlets — in the same words, translated
 * or paraphrased — is grouped into one quote by {@link StoryQuotes}, whose overlap bar is the settings'
 * {@code quoteMatchOverlap}. Each speaker is then named as the story names the person: a speaker written as a
 * name or an alias of one of the story's person entities ({@link org.warta.nlp.StoryEntities}) gets that entity's
 * canonical name, so "Putin" in one outlet and "Vladimir Putin" in another are one speaker; a speaker whose name
 * words occur, in order, in the name of exactly one person of the story ("Hendra") is that person. Quotes are grouped by
 * speaker, speakers whose statements are carried most widely first, and within a speaker the most widely carried
 * statements first. A partial quote (a phrase quoted inside reported speech, "aliansi") whose content words all
 * occur in a full statement of the same speaker is that statement quoted in part: its articles join the
 * statement's.
 */
public final class QuoteRollup {

    private final StoryQuotes grouping;

    public QuoteRollup(SynthesisSettings settings) {
        this.grouping = new StoryQuotes(StoryQuotes.DEFAULT_THRESHOLD, settings.quoteMatchOverlap(),
                QuoteRollup::terms);
    }

    /** A quote's text in its article's language: what its terms depend on. */
    private record QuoteText(String text, String language) {
    }

    /**
     * Quotes compared before ({@link StoryQuotes#terms(String, String)}): a story's quotes are grouped again each
     * time it grows, and {@link OnlyInFinder} compares them pair by pair.
     */
    private static final Memo<QuoteText, Set<String>> TERMS =
            SynthesisMemory.memo(q -> StoryQuotes.terms(q.text(), q.language()), 4 * StoryText.MEMO_GENERATION);

    /** {@link StoryQuotes#terms(String, String)}, remembered. */
    static Set<String> terms(String text, String language) {
        return TERMS.get(new QuoteText(text, language));
    }

    /**
     * @param members  the story's articles, in publication order
     * @param entities the story's entities: their canonical names name the speakers
     */
    public List<StoryQuote> build(List<Article> members, List<StoryEntity> entities) {
        Map<String, String> canonical = canonicalNames(entities);
        List<StoryQuote> out = new ArrayList<>();
        for (StoryQuote q : grouping.group(members)) {
            Optional<String> speaker = q.speaker().map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> canonical.getOrDefault(key(s), partOfOne(s, entities).orElse(s)));
            out.add(new StoryQuote(speaker, q.text(), q.articles(), q.partial()));
        }
        out = absorbFragments(out, members);
        Map<String, Integer> reach = new HashMap<>();
        for (StoryQuote q : out) {
            reach.merge(speakerKey(q), q.articles().size(), Math::max);
        }
        List<String> order = new ArrayList<>();
        out.stream().map(QuoteRollup::speakerKey).forEach(k -> {
            if (!order.contains(k)) {
                order.add(k);
            }
        });
        out.sort(Comparator.comparingInt((StoryQuote q) -> speakerKey(q).equals(UNKNOWN) ? 1 : 0)
                .thenComparingInt(q -> -reach.get(speakerKey(q)))
                .thenComparingInt(q -> order.indexOf(speakerKey(q)))
                .thenComparingInt(q -> -q.articles().size()));
        return out;
    }

    /** Partial quotes whose content stems all occur in one full quote of the same speaker join that quote. */
    private static List<StoryQuote> absorbFragments(List<StoryQuote> quotes, List<Article> members) {
        LanguagePack pack = LanguagePacks.forCodeOrGeneric(
                WartaStorySynthesizer.dominantLanguage(members).orElse(Article.UNDETERMINED));
        Set<String> stop = StopWords.of(pack);
        List<Set<String>> stems = new ArrayList<>();
        for (StoryQuote q : quotes) {
            Set<String> st = new HashSet<>();
            for (Span t : Tokenizer.tokens(q.text())) {
                String w = t.text().toLowerCase(Locale.ROOT);
                if (w.length() > 2 && !stop.contains(w) && Character.isLetter(w.charAt(0))) {
                    st.add(StemCache.stem(pack, w));
                }
            }
            stems.add(st);
        }
        List<StoryQuote> out = new ArrayList<>(quotes);
        boolean[] absorbed = new boolean[quotes.size()];
        for (int p = 0; p < quotes.size(); p++) {
            StoryQuote part = quotes.get(p);
            if (!part.partial() || part.speaker().isEmpty() || stems.get(p).isEmpty()) {
                continue;
            }
            for (int f = 0; f < quotes.size(); f++) {
                StoryQuote full = out.get(f);
                if (f == p || full.partial() || absorbed[f] || !speakerKey(full).equals(speakerKey(part))
                        || !stems.get(f).containsAll(stems.get(p))) {
                    continue;
                }
                Set<String> arts = new LinkedHashSet<>(full.articles());
                arts.addAll(part.articles());
                out.set(f, new StoryQuote(full.speaker(), full.text(), List.copyOf(arts), false));
                absorbed[p] = true;
                break;
            }
        }
        List<StoryQuote> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!absorbed[i]) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }

    /**
     * The one person of the story whose name contains the speaker's name words in order ("Hendra" in "Hendra
     * Gunawan Prasetyo"); empty when none or several do.
     */
    private static Optional<String> partOfOne(String speaker, List<StoryEntity> entities) {
        List<String> words = List.of(key(speaker).split(" "));
        String found = null;
        for (StoryEntity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            List<String> name = List.of(key(e.name()).split(" "));
            if (name.size() > words.size() && java.util.Collections.indexOfSubList(name, words) >= 0) {
                if (found != null && !found.equals(e.name())) {
                    return Optional.empty();
                }
                found = e.name();
            }
        }
        return Optional.ofNullable(found);
    }

    private static final String UNKNOWN = "\uffff";

    private static String speakerKey(StoryQuote q) {
        return q.speaker().map(QuoteRollup::key).orElse(UNKNOWN);
    }

    /** Lower-cased name and alias forms of the story's persons, to their canonical names. */
    private static Map<String, String> canonicalNames(List<StoryEntity> entities) {
        Map<String, String> out = new HashMap<>();
        for (StoryEntity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            out.putIfAbsent(key(e.name()), e.name());
            for (String alias : e.aliases()) {
                out.putIfAbsent(key(alias), e.name());
            }
        }
        return out;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    }
}
