package org.warta.store;

/** Field names of the Lucene documents. */
final class Fields {
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String STORY = "story";
    static final String AID = "aid";
    static final String SID = "sid";
    static final String KEY = "key";
    static final String DOC = "doc";
    static final String BRIEF = "brief";
    /** Binary doc values: the title and the start of the text, uncompressed, read by the search highlighter. */
    static final String SNIPPET_SOURCE = "snippet_source";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String HEADLINE = "headline";
    static final String SUMMARY = "summary";
    static final String LANG = "lang";
    static final String OUTLET = "outlet";
    static final String ENTITY = "entity";
    static final String MEMBER = "member";
    static final String PUBLISHED = "published";
    static final String POSITION = "position";
    static final String RANK_TIME = "rank_time";
    static final String SOURCES = "sources";
    static final String VERSION = "version";

    private Fields() {
    }
}
