package org.warta.app.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used cache of rendered page bodies, keyed by what the body is a pure function of: the
 * page's subject, the version of that subject in the store and the interface language. A new version (the story
 * grew at ingest) is a new key, so a stale body is never served; it ages out of the cache. Thread-safe.
 */
final class RenderedPages {

    /**
     * Tunables.
     *
     * @param maxChars total characters of cached bodies (default 32 M, about 32 MB with Java's compact strings for
     *                 the Latin texts of Indonesian and English news); 0 disables the cache
     * @param maxBodyChars bodies longer than this are not cached (default 1 M)
     */
    record Options(long maxChars, int maxBodyChars) {
        static final Options DEFAULT = new Options(32L << 20, 1 << 20);

        Options {
            if (maxChars < 0 || maxBodyChars < 0) {
                throw new IllegalArgumentException("cache bounds must be >= 0");
            }
        }
    }

    /** A rendered page: its title and its body. */
    record Page(String title, String body) {
        int chars() {
            return title.length() + body.length();
        }
    }

    /** What a cached body depends on. */
    record Key(String subject, long version, String language) {
    }

    private final Options options;
    private final LinkedHashMap<Key, Page> bodies = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;
    private long hits;
    private long misses;

    RenderedPages(Options options) {
        this.options = options;
    }

    /** The cached body for {@code key}, else renders it (outside the lock) and caches it within the bounds. */
    Page get(Key key, Supplier<Page> render) {
        Optional<Page> cached = cached(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        Page page = render.get();
        put(key, page);
        return page;
    }

    private synchronized Optional<Page> cached(Key key) {
        Page b = bodies.get(key);
        if (b == null) {
            misses++;
        } else {
            hits++;
        }
        return Optional.ofNullable(b);
    }

    private synchronized void put(Key key, Page page) {
        if (page.chars() > options.maxBodyChars() || page.chars() > options.maxChars()) {
            return;
        }
        Page old = bodies.put(key, page);
        chars += page.chars() - (old == null ? 0 : old.chars());
        Iterator<Map.Entry<Key, Page>> it = bodies.entrySet().iterator();
        while (chars > options.maxChars() && it.hasNext()) {
            chars -= it.next().getValue().chars();
            it.remove();
        }
    }

    synchronized int size() {
        return bodies.size();
    }

    synchronized long chars() {
        return chars;
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
