/** Date expressions: absolute, relative and range patterns, each family a small class, normalised to ISO-8601. */
package org.warta.nlp.date;
