/**
 * Summarisation quality and synthesis speed: {@code warta eval summary} (ROUGE, Lin 2004, against IndoSum, with
 * LEAD-3 in the same run) and {@code warta bench synthesis} (a 50-article story).
 */
package org.warta.bench.summary;
