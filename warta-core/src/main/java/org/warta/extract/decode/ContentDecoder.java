package org.warta.extract.decode;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes raw bytes following the order of the WHATWG encoding-sniffing algorithm, with one difference: a
 * declaration is checked against the bytes, because pages often lie.
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE/BE) wins;</li>
 *   <li>bytes that are valid UTF-8 and contain multi-byte sequences are UTF-8, whatever the page declares
 *       (a false "iso-8859-1" declaration on a UTF-8 page is the common error); a few stray invalid bytes among
 *       many valid sequences do not change that (they decode to U+FFFD);</li>
 *   <li>else a {@code <meta charset>} / {@code http-equiv} / XML declaration in the first bytes, unless it says
 *       UTF-8 and the bytes are not UTF-8;</li>
 *   <li>else Mozilla's universal charset detector (juniversalchardet);</li>
 *   <li>else Windows-1252, which HTML uses for ISO-8859-1 and which decodes every byte.</li>
 * </ol>
 * Then the content is sniffed: binary (magic numbers, NUL and control bytes), HTML (markup at the start or the
 * file name), or text.
 */
public final class ContentDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([a-zA-Z0-9_.\\-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:\\s++|<!--.*?-->){0,50}+<(?:!doctype\\s+html|html|head|body|meta|title|\\?xml|div|p|article|link|script)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MARKUP = Pattern.compile(
            "</?(?:p|div|br|span|a|table|li|h[1-6])\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Reads eight bytes of an array as one long (any alignment). */
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private final int sniffBytes;

    /** @param sniffBytes how many leading bytes to look at for declarations and for binary content */
    public ContentDecoder(int sniffBytes) {
        this.sniffBytes = sniffBytes;
    }

    /** Decodes and classifies; {@code fileName} is used only as a hint for the kind. */
    public DecodedText decode(byte[] bytes, String fileName) {
        if (looksBinary(bytes)) {
            return new DecodedText("", StandardCharsets.ISO_8859_1, ContentKind.BINARY);
        }
        Charset cs;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            cs = chooseCharset(bytes);
        }
        String text = new String(bytes, skip, bytes.length - skip, cs);
        if (cs != StandardCharsets.UTF_8 && text.indexOf('\0') >= 0 && controlRatio(text) > 0.01) {
            return new DecodedText("", cs, ContentKind.BINARY);
        }
        return new DecodedText(text, cs, kindOf(text, fileName));
    }

    private Charset chooseCharset(byte[] bytes) {
        Utf8State utf8 = utf8State(bytes);
        if (utf8 == Utf8State.MULTIBYTE) {
            return StandardCharsets.UTF_8;
        }
        Optional<Charset> declared = declared(bytes);
        if (declared.isPresent()) {
            Charset d = declared.get();
            boolean saysUtf8 = d.equals(StandardCharsets.UTF_8);
            if (!saysUtf8 || utf8 != Utf8State.INVALID) {
                return isLatin1(d) ? WINDOWS_1252 : d;
            }
        }
        if (utf8 == Utf8State.ASCII) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name != null) {
            Optional<Charset> c = charset(name);
            if (c.isPresent() && !c.get().equals(StandardCharsets.UTF_8)) {
                return isLatin1(c.get()) ? WINDOWS_1252 : c.get();
            }
        }
        return WINDOWS_1252;
    }

    private static boolean isLatin1(Charset c) {
        return c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII);
    }

    private Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, sniffBytes), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return charset(m.group(1));
        }
        m = XML_ENCODING.matcher(head);
        if (m.find()) {
            return charset(m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.equals("utf8")) {
            n = "utf-8";
        }
        try {
            return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private enum Utf8State { ASCII, MULTIBYTE, INVALID }

    /**
     * A UTF-8 page with a few stray bytes (a truncated sequence pasted from elsewhere) is still UTF-8: it is taken as
     * UTF-8 when it has at least this many valid multi-byte sequences per invalid byte. In a real single-byte page
     * nearly every non-ASCII byte is invalid UTF-8, so the two cannot be confused.
     */
    private static final int VALID_PER_INVALID = 50;

    /**
     * One pass over the bytes: pure ASCII, (mostly) valid UTF-8 with multi-byte sequences, or not UTF-8 (RFC 3629).
     */
    private static Utf8State utf8State(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            // eight ASCII bytes at a time: most of a page is markup
            if (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += 8;
                continue;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = utf8SequenceLength(b, i);
            if (len == 0) {
                invalid++;
                i++;
            } else {
                valid++;
                i += len;
            }
        }
        if (invalid == 0) {
            return valid > 0 ? Utf8State.MULTIBYTE : Utf8State.ASCII;
        }
        return valid >= VALID_PER_INVALID * invalid ? Utf8State.MULTIBYTE : Utf8State.INVALID;
    }

    /** Length of the valid UTF-8 multi-byte sequence starting at {@code i}, or 0 when there is none. */
    private static int utf8SequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int len;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 3;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + len >= b.length) {
            return 0;
        }
        int cp = c & (0x3F >> len);
        for (int k = 1; k <= len; k++) {
            int cc = b[i + k] & 0xFF;
            if ((cc & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return 0;
        }
        return len + 1;
    }

    private boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'G', 'I', 'F', '8') || startsWith(bytes, '%', 'P', 'D', 'F')
                || startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 0x1F, 0x8B)
                || startsWith(bytes, 0x7F, 'E', 'L', 'F') || startsWith(bytes, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return true;
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return false;
        }
        int n = Math.min(bytes.length, sniffBytes);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control > Math.max(2, n / 100);
    }

    private static double controlRatio(String s) {
        int n = Math.min(s.length(), 8192);
        int c = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
                c++;
            }
        }
        return n == 0 ? 0 : (double) c / n;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private ContentKind kindOf(String text, String fileName) {
        String head = text.length() > sniffBytes ? text.substring(0, sniffBytes) : text;
        if (HTML_START.matcher(head).find()) {
            return ContentKind.HTML;
        }
        String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return ContentKind.HTML;
        }
        int tags = 0;
        Matcher m = MARKUP.matcher(head);
        while (m.find() && tags < 5) {
            tags++;
        }
        return tags >= 5 ? ContentKind.HTML : ContentKind.TEXT;
    }
}
