/** Direct quotations: quotation-mark pairing, partial/scare-quote detection, and speaker attribution rules. */
package org.warta.nlp.quote;
