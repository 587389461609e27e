/** Who, what, when: named entities with aliases, quotes with speakers, normalised dates. */
package org.warta.nlp;
