/**
 * Bounded, thread-safe memos of pure functions (two generations, the 2Q idea): what the pipeline's stages ask for
 * again and again on an endless stream — stems of frequent words, the sentences of a story's recent members — is
 * computed once, in bounded memory. A memo changes only the cost of a call, never its result.
 */
package org.warta.memo;
