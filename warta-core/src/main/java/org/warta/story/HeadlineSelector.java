package org.warta.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;
import org.warta.model.Article;
import org.warta.text.Tokenizer;

/**
 * The story's headline: the member title (in the story's dominant language) most representative of the story.
 * A title's score is its mean weighted Dice similarity ({@link FactMatcher}'s features) to the other titles plus
 * the share of its features that the member bodies use (coverage), so the title that says what most outlets say
 * wins; ties go to the earlier article. Titles listed as boilerplate in the language's
 * {@code story-boilerplate-titles} (related-link and section labels), titles of fewer than three words and titles
 * that share nothing with their own article's body are never chosen. Without any eligible title, the best covering
 * summary sentence is the headline.
 */
public final class HeadlineSelector {

    private static final int MIN_WORDS = 3;

    public Optional<String> select(StoryText text, String language) {
        List<Article> members = text.members();
        // names: every name feature a sentence of the story has; a member's "body": the features of its sentences
        Set<String> names = new HashSet<>();
        for (int t = 0; t < text.terms(); t++) {
            String f = text.feature(t);
            if (f.startsWith("@")) {
                names.add(f.substring(1));
            }
        }
        record Title(int article, String title, Set<String> features) {
        }
        List<Title> titles = new ArrayList<>();
        for (int a = 0; a < members.size(); a++) {
            Article art = members.get(a);
            String title = art.title().strip().replaceAll("\\s+", " ");
            if (!art.language().equals(language) || title.isEmpty()) {
                continue;
            }
            LanguagePack pack = LanguagePacks.forCodeOrGeneric(art.language());
            if (boilerplate(title, pack) || Tokenizer.tokens(title).size() < MIN_WORDS) {
                continue;
            }
            Set<String> f = Features.of(title, pack, StopWords.of(pack), names, true);
            int member = a;
            if (f.isEmpty() || f.stream().map(text::termId).noneMatch(t -> t >= 0 && text.articleHas(member, t))) {
                continue;
            }
            titles.add(new Title(a, title, f));
        }
        Title best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Title t : titles) {
            double sim = 0;
            for (Title o : titles) {
                if (o != t) {
                    sim += dice(t.features(), o.features());
                }
            }
            sim = titles.size() > 1 ? sim / (titles.size() - 1) : 0;
            double coverage = 0;
            for (String f : t.features()) {
                int term = text.termId(f);
                int in = term < 0 ? 0 : text.articlesWith(term);
                coverage += in / (double) members.size();
            }
            coverage /= t.features().size();
            double score = sim + coverage;
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = t;
            }
        }
        return Optional.ofNullable(best).map(Title::title);
    }

    private static boolean boilerplate(String title, LanguagePack pack) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (String b : pack.lines("story-boilerplate-titles")) {
            if (lower.startsWith(b.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static double dice(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return a.size() + b.size() == 0 ? 0 : 2.0 * shared / (a.size() + b.size());
    }
}
