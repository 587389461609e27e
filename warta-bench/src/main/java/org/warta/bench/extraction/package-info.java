/**
 * {@code warta eval extraction}: main-text extraction quality (trafilatura's snippet scoring) and single-thread
 * throughput of Warta and two Java peers, boilerpipe and readability4j, measured in the same run.
 */
package org.warta.bench.extraction;
