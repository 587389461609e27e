package org.warta.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One real-world event and its coverage. Part of the JSON contract ({@code docs/json.md}).
 *
 * @param id                 stable id (derived from its first article)
 * @param headline           representative headline in the story's dominant language
 * @param articles           ids of the member articles, in publication order
 * @param summary            cited multi-source summary
 * @param language           dominant language
 * @param eventDate          ISO date of the event (consensus of the articles)
 * @param outlets            outlets that cover it
 * @param independentSources number of independent texts (copies of one wire text count once)
 * @param entities           who and what is involved
 * @param quotes             who said what
 * @param onlyIn             facts only one outlet reports
 * @param disagreements      facts stated differently by different outlets
 * @param credits            wire agencies and outlets credited by the articles
 * @param copies             which articles are copies of which
 * @param firstReport        earliest publication time of the coverage
 * @param lastUpdate         latest publication or update time of the coverage
 * @param timeline           dated events the articles mention
 */
public record Story(
        String id,
        String headline,
        List<String> articles,
        List<SummarySentence> summary,
        Optional<String> language,
        Optional<String> eventDate,
        List<String> outlets,
        OptionalInt independentSources,
        List<StoryEntity> entities,
        List<StoryQuote> quotes,
        List<OnlyInFact> onlyIn,
        List<Disagreement> disagreements,
        List<String> credits,
        List<CopyLink> copies,
        Optional<Moment> firstReport,
        Optional<Moment> lastUpdate,
        List<TimelineEvent> timeline) implements Serializable {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
        outlets = List.copyOf(outlets);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        onlyIn = List.copyOf(onlyIn);
        disagreements = List.copyOf(disagreements);
        credits = List.copyOf(credits);
        copies = List.copyOf(copies);
        timeline = List.copyOf(timeline);
    }
}
