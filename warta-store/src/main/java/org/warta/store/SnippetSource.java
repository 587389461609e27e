package org.warta.store;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;

/**
 * What search snippets are cut from: an article's title and the first {@value LuceneArticleStore#MAX_HIGHLIGHT_CHARS}
 * characters of its text, kept as uncompressed binary doc values. The full title and text stay in compressed
 * stored fields for the article pages; reading ten snippet sources from doc values is a copy out of the mapped
 * index file, where reading them from stored fields decompresses a block per hit.
 *
 * <p>Layout: the title's UTF-8 length as a variable-length integer (7 bits a byte, low bits first), the title's
 * UTF-8 bytes, then the text's UTF-8 bytes.
 */
final class SnippetSource {

    /** A decoded snippet source. */
    record Decoded(String title, String text) {
    }

    private SnippetSource() {
    }

    /** The first {@value LuceneArticleStore#MAX_HIGHLIGHT_CHARS} characters, not splitting a surrogate pair. */
    static String clip(String s) {
        int max = LuceneArticleStore.MAX_HIGHLIGHT_CHARS;
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
    }

    static BytesRef encode(String title, String text) {
        byte[] t = clip(title).getBytes(StandardCharsets.UTF_8);
        byte[] x = clip(text).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[5 + t.length + x.length];
        int at = 0;
        int n = t.length;
        while ((n & ~0x7f) != 0) {
            out[at++] = (byte) ((n & 0x7f) | 0x80);
            n >>>= 7;
        }
        out[at++] = (byte) n;
        System.arraycopy(t, 0, out, at, t.length);
        at += t.length;
        System.arraycopy(x, 0, out, at, x.length);
        at += x.length;
        return new BytesRef(out, 0, at);
    }

    static Decoded decode(BytesRef b) {
        int at = b.offset;
        int end = b.offset + b.length;
        int n = 0;
        int shift = 0;
        while (true) {
            if (at >= end || shift > 28) {
                throw new StoreException("corrupt snippet source");
            }
            byte v = b.bytes[at++];
            n |= (v & 0x7f) << shift;
            if ((v & 0x80) == 0) {
                break;
            }
            shift += 7;
        }
        if (n < 0 || n > end - at) {
            throw new StoreException("corrupt snippet source");
        }
        String title = new String(b.bytes, at, n, StandardCharsets.UTF_8);
        String text = new String(b.bytes, at + n, end - at - n, StandardCharsets.UTF_8);
        return new Decoded(title, text);
    }
}
