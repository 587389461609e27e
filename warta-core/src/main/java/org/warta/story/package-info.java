/**
 * The story: headline, cited multi-source summary, only-in facts, disagreements, provenance, timeline.
 * <p>
 * {@link org.warta.story.WartaStorySynthesizer} composes small analyses over one
 * {@link org.warta.story.StoryText} (the members' sentences, their features and the pairwise similarities):
 * {@link org.warta.story.HeadlineSelector}, {@link org.warta.story.SummaryBuilder} (lead prior + LexRank + support,
 * MMR selection), {@link org.warta.story.FactMatcher} (the same fact across paraphrases),
 * {@link org.warta.story.OnlyInFinder}, {@link org.warta.story.DisagreementFinder} (titles, counts, dates),
 * {@link org.warta.story.ProvenanceBuilder}, {@link org.warta.story.TimelineBuilder},
 * {@link org.warta.story.QuoteRollup} (over {@link org.warta.nlp.StoryQuotes}); entities and the event date come from
 * {@link org.warta.nlp.StoryEntities} and {@link org.warta.nlp.EventDates}. Every tunable parameter is in
 * {@link org.warta.story.SynthesisSettings}. Language data lives in the packs' {@code story-*} files (stop words,
 * roles before names, anaphoric openings, boilerplate titles).
 */
package org.warta.story;
