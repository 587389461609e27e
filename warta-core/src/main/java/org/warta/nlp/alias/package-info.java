/** Name forms and alias resolution: title stripping, hyphen/space variants, acronyms, known alias groups. */
package org.warta.nlp.alias;
