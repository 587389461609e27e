/**
 * {@code warta bench scale}: throughput and heap of near-duplicate detection plus online clustering on a generated
 * stream with known event structure, built from sentences of the real corpora in {@code ../shared/eval}.
 */
package org.warta.bench.scale;
