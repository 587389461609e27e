/** {@code warta bench nlp}: speed of the NLP stage (entities + quotes + dates) per article. */
package org.warta.bench.nlp;
