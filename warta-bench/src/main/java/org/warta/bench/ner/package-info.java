/** {@code warta eval ner} and {@code warta train ner}: the Indonesian NER model's evaluation and training. */
package org.warta.bench.ner;
