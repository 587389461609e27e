/**
 * {@code warta eval language}: language identification on texts of known language from {@code ../shared/eval}
 * (SemEval-2022 Task 8, IndoSum, ECB+, the scale bench's stream), Warta with and without its function-word vote and
 * the optimaize language-detector peer in the same run, with per-text CPU medians.
 */
package org.warta.bench.language;
