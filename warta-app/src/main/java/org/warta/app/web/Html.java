package org.warta.app.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Escaping for HTML output. {@link #text} for element content, {@link #attr} for quoted attribute values; both
 * escape {@code & < > " '} so either is safe in the other's place. URLs from articles pass {@link #safeUrl}.
 */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content or a quoted attribute value. */
    public static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escapeInto(sb, s, 0, s.length());
        return sb.toString();
    }

    /** Same as {@link #text}: attribute values are always double-quoted in our markup. */
    public static String attr(String s) {
        return text(s);
    }

    /**
     * Appends the escaped {@code s[from, to)}; control characters other than tab and newlines are dropped. Runs of
     * characters that need nothing are appended whole.
     */
    public static void escapeInto(StringBuilder sb, String s, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            String replacement;
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '"' -> replacement = "&quot;";
                case '\'' -> replacement = "&#39;";
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        continue;
                    }
                    replacement = "";
                }
            }
            sb.append(s, run, i).append(replacement);
            run = i + 1;
        }
        sb.append(s, run, to);
    }

    /** The URL when it is an absolute http(s) URL (no javascript:, data:, file: ...), else empty. */
    public static Optional<String> safeUrl(String url) {
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes one path segment (an id or an entity name). */
    public static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Percent-encodes a query parameter value. */
    public static String param(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
