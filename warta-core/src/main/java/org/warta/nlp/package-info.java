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
 * The shipped model ({@code ner-id.model.gz}, {@code warta train ner}) is a structured averaged perceptron with
 * Viterbi decoding (Collins 2002) trained on idner-news-2k, NERGRIT and NERP train, each corpus its own feature
 * domain (Daum&eacute; III 2007; the product tags with the news domain), with word-cluster features
 * ({@code ner-id.clusters.gz}: distributional clusters learned by the same command from the unlabelled tokens of
 * IndoSum and the NER train sets), gazetteer features and prefixes/suffixes of up to 4/5 characters; see
 * {@link org.warta.nlp.ner.NerTraining}.
 *
 * <h2>Measured (2026-11-25, {@code warta eval ner ../shared/eval/ner})</h2>
 * Entity-level exact-match F1 (conlleval): idner-news-2k dev 0.854 (P 0.848, R 0.861; PER 0.924, ORG 0.843, LOC
 * 0.766), mean over five training seeds 0.857 (0.852-0.861); NERGRIT valid 0.602 with the news-domain weights
 * (five-seed mean 0.603); rules and gazetteers alone 0.561 and 0.450. The gap on
 * NERGRIT is corpus conventions and domain (Wikipedia-style text), not only model quality.
 * On {@code examples/gold.json} (real CLI, {@code ExamplesGoldTest}, {@code ExamplesDatesTest}): direct quotes with
 * the gold speaker 36/36; dates found with the gold value 26/33 (the misses are weekdays and "kemarin" in articles
 * without a publication date, and one lead paragraph the extractor drops).
 * Published for comparison: Khairunnisa, Imankulova &amp; Komachi (AACL-SRW 2020, "Towards a Standardized Dataset on
 * Indonesian Named Entity Recognition") introduced idner-news-2k with BiLSTM-CRF baselines; Wilie et al. (AACL
 * 2020, "IndoNLU") report NERGRIT with IndoBERT and other pre-trained models — see the lead's README for the table.
 */
package org.warta.nlp;
