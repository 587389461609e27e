package org.warta.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.Quote;
import org.warta.model.StoryQuote;
import org.warta.text.Tokenizer;

/**
 * Who said what across the story, from the members' quotes: two quotes are one statement when their speakers are
 * the same (or both unknown) and their word overlap reaches {@code quoteMatchOverlap} of the shorter quote's
 * words (the overlap coefficient, Szymkiewicz–Simpson), so a partial quote joins the full one. Each statement keeps
 * its fullest wording and every article that carries it; statements carried by more articles come first, grouped
 * by speaker.
 */
public final class QuoteRollup {

    private final SynthesisSettings settings;

    public QuoteRollup(SynthesisSettings settings) {
        this.settings = settings;
    }

    public List<StoryQuote> build(List<Article> members) {
        final class Group {
            final Optional<String> speaker;
            String text;
            Set<String> words;
            final Set<String> articles = new LinkedHashSet<>();
            boolean partial = true;

            Group(Optional<String> speaker, String text) {
                this.speaker = speaker;
                this.text = text;
                this.words = words(text);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Article a : members) {
            for (Quote q : a.quotes()) {
                if (q.text().isBlank()) {
                    continue;
                }
                Optional<String> speaker = q.speaker().map(String::strip).filter(s -> !s.isEmpty());
                Set<String> w = words(q.text());
                Group into = null;
                for (Group g : groups) {
                    if (sameSpeaker(g.speaker, speaker) && overlap(g.words, w) >= settings.quoteMatchOverlap()) {
                        into = g;
                        break;
                    }
                }
                if (into == null) {
                    into = new Group(speaker, q.text().strip());
                    groups.add(into);
                } else if (q.text().strip().length() > into.text.length()) {
                    into.text = q.text().strip();
                    into.words = w;
                }
                into.articles.add(a.id());
                into.partial &= q.partial();
            }
        }
        List<StoryQuote> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(new StoryQuote(g.speaker, g.text, List.copyOf(g.articles), g.partial));
        }
        List<String> speakerOrder = new ArrayList<>();
        out.stream().sorted(Comparator.comparingInt((StoryQuote q) -> -q.articles().size()))
                .map(q -> q.speaker().map(s -> EntityRollup.key(s)).orElse("\uffff"))
                .forEach(s -> {
                    if (!speakerOrder.contains(s)) {
                        speakerOrder.add(s);
                    }
                });
        out.sort(Comparator.comparingInt((StoryQuote q) ->
                        speakerOrder.indexOf(q.speaker().map(s -> EntityRollup.key(s)).orElse("\uffff")))
                .thenComparingInt(q -> -q.articles().size()));
        return out;
    }

    private static boolean sameSpeaker(Optional<String> a, Optional<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return EntityRollup.key(a.get()).equals(EntityRollup.key(b.get()));
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Tokenizer.tokens(text).forEach(t -> out.add(t.text().toLowerCase(Locale.ROOT)));
        return out;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared / (double) Math.min(a.size(), b.size());
    }
}
