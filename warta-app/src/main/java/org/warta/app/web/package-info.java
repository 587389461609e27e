/**
 * The web UI: server-rendered pages (front page of stories, story, article, search, entity) in Indonesian and
 * English, with no script at all. Every value from an article is untrusted and escaped on output ({@link
 * org.warta.app.web.Html}); links to outside pages are http(s) only; the CSP forbids scripts anyway.
 */
package org.warta.app.web;
