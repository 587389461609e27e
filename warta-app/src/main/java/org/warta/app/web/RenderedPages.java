package org.warta.app.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used cache of rendered page bodies, keyed by what the body is a pure function of: the
 * page's subject, the version of that subject in the store and the interface language. A new version (the story
 * grew at ingest) is a new key, so a stale body is never served; it ages out of the cache. Bodies are kept as UTF-8
 * bytes, what the server sends: half the memory of a Java string that holds one character beyond Latin-1 (a
 * rendered story nearly always does), and no encoding per request. Thread-safe.
 */
final class RenderedPages {

    /**
     * Tunables.
     *
     * @param maxBytes total bytes of cached pages (default 64 MiB: about 6,000 story pages of ~10 KB, the memory
     *                 the former 32 M characters took as Java strings); 0 disables the cache
     * @param maxPageBytes pages larger than this are not cached (default 2 MiB)
     */
    record Options(long maxBytes, int maxPageBytes) {
        static final Options DEFAULT = new Options(64L << 20, 2 << 20);

        Options {
            if (maxBytes < 0 || maxPageBytes < 0) {
                throw new IllegalArgumentException("cache bounds must be >= 0");
            }
        }
    }

    /** A rendered page: its title and its body (UTF-8). */
    record Page(String title, byte[] body) {
        /** Bytes held: the body, and the title at two bytes a character at most. */
        long bytes() {
            return 2L * title.length() + body.length;
        }
    }

    /** What a cached body depends on. */
    record Key(String subject, long version, String language) {
    }

    private final Options options;
    private final LinkedHashMap<Key, Page> bodies = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
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
        if (page.bytes() > options.maxPageBytes() || page.bytes() > options.maxBytes()) {
            return;
        }
        Page old = bodies.put(key, page);
        bytes += page.bytes() - (old == null ? 0 : old.bytes());
        Iterator<Map.Entry<Key, Page>> it = bodies.entrySet().iterator();
        while (bytes > options.maxBytes() && it.hasNext()) {
            bytes -= it.next().getValue().bytes();
            it.remove();
        }
    }

    synchronized int size() {
        return bodies.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
