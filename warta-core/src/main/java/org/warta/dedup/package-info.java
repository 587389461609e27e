/** Near-duplicate and syndication detection: which articles are copies of the same (wire) text. */
package org.warta.dedup;
