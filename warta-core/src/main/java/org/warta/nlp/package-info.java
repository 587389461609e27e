/**
 * Who, what, when: named entities with aliases, quotes with speakers, normalised dates.
 *
 * <p>{@link org.warta.nlp.WartaAnalyzer} fills an article's {@code entities}, {@code quotes} and {@code dates};
 * {@link org.warta.nlp.StoryEntities}, {@link org.warta.nlp.StoryQuotes} and {@link org.warta.nlp.EventDates} work
 * across a story's articles.
 *
 * <h2>Entity types and the corpora's tag sets</h2>
 * <table>
 *   <caption>Mapping onto {@link org.warta.model.EntityType}</caption>
 *   <tr><th>Corpus</th><th>PERSON</th><th>ORGANIZATION</th><th>LOCATION</th><th>dropped (O)</th></tr>
 *   <tr><td>idner-news-2k</td><td>PER</td><td>ORG</td><td>LOC</td><td>—</td></tr>
 *   <tr><td>NERGRIT (IndoNLU)</td><td>PERSON</td><td>ORGANISATION</td><td>PLACE</td><td>—</td></tr>
 *   <tr><td>NERP (IndoNLU)</td><td>PPL</td><td>IND</td><td>PLC</td><td>EVT, FNB</td></tr>
 * </table>
 * The shipped model ({@code ner-id.model.gz}) is trained on idner-news-2k train only ({@code warta train ner}),
 * with word-cluster features ({@code ner-id.clusters.gz}: distributional clusters learned by the same command from the
 * unlabelled tokens of IndoSum and the NER train sets);
 * NERGRIT train can be added as a second domain ({@code --with-nergrit}), which scored lower on idner dev;
 * NERP is lower-cased throughout and is not used.
 *
 * <h2>Measured (2026-11-24, {@code warta eval ner ../shared/eval/ner})</h2>
 * Entity-level exact-match F1 (conlleval): idner-news-2k dev 0.847 (PER 0.912, ORG 0.815, LOC 0.792; without word
 * clusters 0.817: PER 0.855, ORG 0.807, LOC 0.772); NERGRIT valid 0.476 (0.390 without clusters; clustering with other seeds or sizes moves idner dev by about ±0.01) with the news model (0.69 with the NERGRIT-domain head of a two-domain model). The gap on
 * NERGRIT is corpus conventions and domain (Wikipedia-style text), not only model quality.
 * On {@code examples/gold.json} (real CLI, {@code ExamplesGoldTest}, {@code ExamplesDatesTest}): direct quotes with
 * the gold speaker 36/36; dates found with the gold value 26/33 (the misses are weekdays and "kemarin" in articles
 * without a publication date, and one lead paragraph the extractor drops).
 * Published for comparison: Khairunnisa, Imankulova &amp; Komachi (AACL-SRW 2020, "Towards a Standardized Dataset on
 * Indonesian Named Entity Recognition") introduced idner-news-2k with BiLSTM-CRF baselines; Wilie et al. (AACL
 * 2020, "IndoNLU") report NERGRIT with IndoBERT and other pre-trained models — see the lead's README for the table.
 */
package org.warta.nlp;
