/**
 * Optional semantic article-pair similarity: a small sentence-embedding model (E5-small-v2, run in process by ONNX
 * Runtime) whose cosine, combined with the lexical features of {@link org.warta.cluster.ArticleSimilarity}, scores how
 * much two articles are about the same story. Costly (tens of milliseconds per article, see
 * {@code docs/same-story.md}), so it is never on the online clusterer's per-article path: it is offered for pair
 * decisions that are worth that cost (borderline merges, {@code warta eval similarity}). The model and the runtime
 * are optional dependencies: {@link org.warta.semantic.E5SmallEncoder#load()} is empty when they are not on the
 * class path.
 */
package org.warta.semantic;
