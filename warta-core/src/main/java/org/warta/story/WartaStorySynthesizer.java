package org.warta.story;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.warta.memo.Memo;
import org.warta.model.Article;
import org.warta.model.Moment;
import org.warta.model.Story;
import org.warta.model.StoryEntity;
import org.warta.model.SummarySentence;
import org.warta.nlp.EventDates;
import org.warta.nlp.StoryEntities;
import org.warta.nlp.alias.NameForm;
import org.warta.nlp.ner.Gazetteer;

/**
 * Warta's story synthesis: composes the small analyses over one {@link StoryText} — {@link HeadlineSelector},
 * {@link SummaryBuilder}, {@link OnlyInFinder}, {@link DisagreementFinder}, {@link ProvenanceBuilder},
 * {@link TimelineBuilder}, {@link QuoteRollup}; the story's entities and event date come from the NLP layer
 * ({@link StoryEntities}, {@link EventDates}). Members are taken in publication order.
 * What the members do not carry (entities, quotes, dates before the NLP stage; times without publication dates)
 * is left empty, never guessed. Stateless and thread-safe.
 */
public final class WartaStorySynthesizer implements StorySynthesizer {

    /** Distinct name forms per generation of the memo of {@link #NAME_FORMS}, see {@link Memo}. */
    static final int NAME_FORM_GENERATION = 16_384;

    /**
     * Name forms worked out before ({@link NameForm}): the same names recur in every article of a story, and a
     * story's members are merged again each time it grows.
     */
    private static final Memo<String, NameForm> NAME_FORMS =
            SynthesisMemory.memo(f -> NameForm.of(f, Gazetteer.standard()), NAME_FORM_GENERATION);

    private static final StoryEntities ENTITIES = new StoryEntities(Gazetteer.standard(), NAME_FORMS::get);

    private final SynthesisSettings settings;

    public WartaStorySynthesizer(SynthesisSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public WartaStorySynthesizer() {
        this(SynthesisSettings.defaults());
    }

    public SynthesisSettings settings() {
        return settings;
    }

    @Override
    public Story synthesize(String storyId, List<Article> members) {
        List<Article> ordered = members.stream()
                .sorted(Comparator.comparing((Article a) -> a.published().map(Moment::approximateInstant)
                        .orElse(java.time.Instant.MAX)).thenComparing(Article::id))
                .toList();
        StoryText text = StoryText.analyse(ordered, settings);
        Optional<String> language = dominantLanguage(ordered);
        List<SummarySentence> summary = new SummaryBuilder(settings).summarize(text, settings.summarySentences());
        String headline = new HeadlineSelector().select(text, language.orElse(Article.UNDETERMINED))
                .or(() -> summary.stream().findFirst().map(SummarySentence::text))
                .orElseGet(() -> ordered.stream().map(Article::title).filter(t -> !t.isBlank()).findFirst()
                        .orElse(""));
        Provenance provenance = new ProvenanceBuilder().build(ordered);
        TimelineBuilder timeline = new TimelineBuilder(settings);
        List<StoryEntity> entities = ENTITIES.merge(ordered);
        return new Story(
                storyId,
                headline,
                ordered.stream().map(Article::id).toList(),
                summary,
                language,
                EventDates.consensus(ordered),
                provenance.outlets(),
                provenance.independentSources(),
                entities,
                new QuoteRollup(settings).build(ordered, entities),
                new OnlyInFinder(settings).find(text),
                new DisagreementFinder().find(text),
                provenance.credits(),
                provenance.copies(),
                provenance.firstReport(),
                provenance.lastUpdate(),
                timeline.build(text));
    }

    /** The language most members are in (identified languages only; ties: the first member's). */
    static Optional<String> dominantLanguage(List<Article> members) {
        Map<String, Integer> count = new HashMap<>();
        for (Article a : members) {
            if (!a.language().equals(Article.UNDETERMINED)) {
                count.merge(a.language(), 1, Integer::sum);
            }
        }
        String best = null;
        for (Article a : members) {
            String l = a.language();
            if (count.containsKey(l) && (best == null || count.get(l) > count.get(best))) {
                best = l;
            }
        }
        return Optional.ofNullable(best);
    }
}
