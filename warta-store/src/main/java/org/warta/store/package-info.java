/** The embedded store (Apache Lucene) behind {@code ArticleStore}, an interface a distributed store can implement. */
package org.warta.store;
