/** {@code warta eval similarity}: Warta's article-pair similarity against the SemEval-2022 Task 8 gold scores. */
package org.warta.bench.similarity;
