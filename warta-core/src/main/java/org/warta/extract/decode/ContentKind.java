package org.warta.extract.decode;

/** What an input's bytes hold. */
public enum ContentKind {
    /** An HTML (or XHTML) page. */
    HTML,
    /** Plain text, such as an already-scraped article. */
    TEXT,
    /** Not text at all (an image, an archive, random bytes). */
    BINARY
}
