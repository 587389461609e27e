/**
 * {@code warta bench load}: the service under load on loopback (story pages and searches, many connections) and
 * the ingest rate into the store, over a generated corpus.
 */
package org.warta.bench.load;
