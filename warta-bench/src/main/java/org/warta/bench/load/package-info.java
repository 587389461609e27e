/**
 * {@code warta bench load}: the service under load on loopback (story pages and searches, many connections) and
 * the ingest rate into the store, over a generated corpus. The load comes from {@link
 * org.warta.bench.load.OpenLoopGenerator}, an open-loop generator (constant scheduled rate, latency from each
 * request's scheduled send time) run in a separate JVM.
 */
package org.warta.bench.load;
