/** Composes the stages, in one direction: input → extract → lang/text → dedup → cluster → nlp → story. */
package org.warta.pipeline;
