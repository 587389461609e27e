/**
 * Already-scraped text: a chain of small line rules that drop boilerplate (widgets, link lists, captions, tag lines)
 * and lift metadata (headline, dates, credits, outlet, dateline, byline).
 */
package org.warta.extract.text;
