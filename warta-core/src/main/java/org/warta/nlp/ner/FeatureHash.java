package org.warta.nlp.ner;

/**
 * 64-bit feature hashing (FNV-1a over UTF-16 chars, then a murmur3 finaliser): a feature is hashed from its
 * template name and value without building a string (Weinberger et al. 2009, "Feature hashing for large scale
 * multitask learning"; at 64 bits collisions among the model's features are negligible).
 */
public final class FeatureHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** The running hash of a template name, to be continued with its value. */
    public static long start(String template) {
        return chars(OFFSET, template, 0, template.length());
    }

    /** Continues a running hash with {@code s[from, to)}. */
    public static long chars(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= PRIME;
        }
        return h;
    }

    /** Continues a running hash with a whole string and a separator. */
    public static long with(long h, String s) {
        h = chars(h, s, 0, s.length());
        h ^= '|';
        return h * PRIME;
    }

    /**
     * Continues a running hash with the decimal digits of {@code v} and a separator, the same as
     * {@code with(h, Integer.toString(v))} without building the string.
     */
    public static long withInt(long h, int v) {
        if (v < 0) {
            h ^= '-';
            h *= PRIME;
        }
        long u = Math.abs((long) v);
        long div = 1;
        while (div * 10 <= u) {
            div *= 10;
        }
        for (; div > 0; div /= 10) {
            h ^= '0' + (u / div) % 10;
            h *= PRIME;
        }
        h ^= '|';
        return h * PRIME;
    }

    /** Ends a running hash. */
    public static long done(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** A template with one value. */
    public static long of(String template, String value) {
        return done(chars(start(template), value, 0, value.length()));
    }

    /** The copy of a feature for one domain (Daumé III 2007 augmentation). */
    public static long inDomain(long feature, long domain) {
        return done(feature * 31 + domain);
    }
}
