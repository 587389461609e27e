/**
 * The language data extraction uses (boilerplate phrases, dates, credits, agencies), merged from the installed
 * {@link org.warta.lang.LanguagePack}s' data files.
 */
package org.warta.extract.vocab;
