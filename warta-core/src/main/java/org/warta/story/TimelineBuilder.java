package org.warta.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.TimelineEvent;
import org.warta.nlp.date.DateFinder;

/**
 * The dated events the articles mention, from the members' normalised {@link DateMention}s: mentions are grouped
 * by value, each event keeps the sentence of its first mention that no earlier event shows (a sentence listing
 * "1961, 2000 dan 2001" is shown once when other sentences mention those years) and every article that mentions it. When there are
 * more than {@code maxTimelineEvents}, those mentioned by the most articles are kept. Events are in chronological
 * order of their ISO values. Photo captions count too ("Foto arsip - ... (13/9/2023)" dates an earlier meeting):
 * their explicit dates (with digits) are found by the NLP layer's {@link DateFinder}; a caption is the event's text
 * only when no sentence mentions that date.
 */
public final class TimelineBuilder {

    private final SynthesisSettings settings;

    public TimelineBuilder(SynthesisSettings settings) {
        this.settings = settings;
    }

    public List<TimelineEvent> build(StoryText text) {
        Map<String, Set<String>> articles = new TreeMap<>(Comparator.comparing(TimelineBuilder::sortKey)
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Set<String>> sentences = new HashMap<>();
        List<Article> members = text.members();
        for (int ai = 0; ai < members.size(); ai++) {
            Article a = members.get(ai);
            for (DateMention d : a.dates()) {
                Optional<StorySentence> s = sentenceAt(text, ai, d.start());
                if (s.isEmpty()) {
                    continue;
                }
                articles.computeIfAbsent(d.value(), v -> new LinkedHashSet<>()).add(a.id());
                sentences.computeIfAbsent(d.value(), v -> new LinkedHashSet<>()).add(s.get().text());
            }
        }
        for (Article a : members) {
            Optional<java.time.LocalDate> anchor = a.published().map(org.warta.model.Moment::date);
            for (String caption : a.captions()) {
                for (DateMention d : CAPTION_DATES.find(caption, anchor)) {
                    if (d.text().chars().anyMatch(Character::isDigit)) {
                        articles.computeIfAbsent(d.value(), v -> new LinkedHashSet<>()).add(a.id());
                        sentences.computeIfAbsent(d.value(), v -> new LinkedHashSet<>()).add(cleanCaption(caption));
                    }
                }
            }
        }
        List<String> values = new ArrayList<>(articles.keySet());
        if (values.size() > settings.maxTimelineEvents()) {
            List<String> keep = new ArrayList<>(values);
            keep.sort(Comparator.comparingInt((String v) -> -articles.get(v).size()).thenComparing(values::indexOf));
            Set<String> kept = Set.copyOf(keep.subList(0, settings.maxTimelineEvents()));
            values.removeIf(v -> !kept.contains(v));
        }
        List<TimelineEvent> out = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        for (String v : values) {
            String chosen = sentences.get(v).stream().filter(t -> !used.contains(t)).findFirst()
                    .orElse(sentences.get(v).iterator().next());
            used.add(chosen);
            out.add(new TimelineEvent(v, chosen, List.copyOf(articles.get(v))));
        }
        return out;
    }

    private static final DateFinder CAPTION_DATES = DateFinder.standard();
    private static final java.util.regex.Pattern CAPTION_LABEL =
            java.util.regex.Pattern.compile("^(?:\\p{L}+\\s+){0,2}\\p{L}+\\s+[-–—]\\s+");
    private static final java.util.regex.Pattern CAPTION_CREDIT =
            java.util.regex.Pattern.compile("\\s*\\([^()]*/[^()]*\\)\\s*$");

    /** A caption without its label ("Foto arsip - ") and its trailing photo credit ("(ANTARA/KCNA/tm/aa)"). */
    static String cleanCaption(String caption) {
        String c = CAPTION_CREDIT.matcher(caption.strip()).replaceFirst("");
        return CAPTION_LABEL.matcher(c).replaceFirst("");
    }

    private static Optional<StorySentence> sentenceAt(StoryText text, int article, int offset) {
        for (StorySentence s : text.sentencesOf(article)) {
            if (offset >= s.start() && offset < s.end()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Intervals ("1950/1953") sort by their start. */
    private static String sortKey(String value) {
        int slash = value.indexOf('/');
        return slash > 0 ? value.substring(0, slash) : value;
    }
}
