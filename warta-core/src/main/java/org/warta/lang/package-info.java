/**
 * Language identification and language packs. A pack is a ServiceLoader plugin of a few lines plus data files
 * under {@code org/warta/lang/<code>/} (stop words, abbreviations, boilerplate phrases, month and day names,
 * credit patterns, agency names...).
 */
package org.warta.lang;
