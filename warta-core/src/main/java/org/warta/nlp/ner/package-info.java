/**
 * Named-entity recognition: an averaged-perceptron BIO sequence tagger (Collins 2002) trained on Indonesian CoNLL
 * corpora, combined with gazetteers and title/organisation cue rules; conlleval scoring.
 */
package org.warta.nlp.ner;
