/**
 * {@code warta eval clustering}: Warta's online story clustering against Carrot2 (Lingo, bisecting k-means) on the
 * same documents, scored with BCubed and pairwise precision, recall and F1.
 */
package org.warta.bench.clustering;
