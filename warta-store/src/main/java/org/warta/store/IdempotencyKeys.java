package org.warta.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.warta.model.Article;

/**
 * The keys under which an article is stored once: its id, its canonical URL and the SHA-256 of its normalised
 * text. Two articles sharing any key are the same article.
 *
 * <p>URL canonicalisation (after RFC 3986 §6 normalisation): scheme and {@code www.} dropped, host lower-cased,
 * default port, fragment, trailing slash and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid},
 * ...) removed, remaining query parameters kept in order. Text normalisation: Unicode NFKC, lower case, every run
 * of non-letters and non-digits becomes one space. A text shorter than {@link #MIN_TEXT_WORDS} words is keyed
 * together with its title, so that short items (a photo caption, a one-line brief) do not collapse into one.
 */
public final class IdempotencyKeys {

    /** Texts with fewer words than this are keyed with their title. */
    public static final int MIN_TEXT_WORDS = 25;

    private static final Pattern TRACKING = Pattern.compile(
            "(?i)utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|ref_src|spm");

    private IdempotencyKeys() {
    }

    /** Every key of the article, each prefixed with its kind ({@code id:}, {@code url:}, {@code text:}). */
    public static List<String> of(Article article) {
        List<String> keys = new ArrayList<>(3);
        keys.add("id:" + article.id());
        article.url().flatMap(IdempotencyKeys::canonicalUrl).ifPresent(u -> keys.add("url:" + u));
        textKey(article.title(), article.text()).ifPresent(t -> keys.add("text:" + t));
        return keys;
    }

    /** The canonical form of an http(s) URL, or empty when it is not one. */
    public static Optional<String> canonicalUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        StringBuilder sb = new StringBuilder(host);
        if (port > 0 && port != 80 && port != 443) {
            sb.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        sb.append(path);
        String query = uri.getRawQuery();
        if (query != null) {
            List<String> kept = new ArrayList<>();
            for (String param : query.split("&")) {
                String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
                if (!param.isEmpty() && !TRACKING.matcher(name).matches()) {
                    kept.add(param);
                }
            }
            if (!kept.isEmpty()) {
                sb.append('?').append(String.join("&", kept));
            }
        }
        return Optional.of(sb.toString());
    }

    /** The normalised text as defined above. */
    public static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        boolean gap = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                if (gap && !b.isEmpty()) {
                    b.append(' ');
                }
                gap = false;
                b.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any kind. */
    private static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** SHA-256 (hex) of the normalised text, or of title + text for short texts; empty if both are blank. */
    public static Optional<String> textKey(String title, String text) {
        String body = normalise(text);
        if (body.isEmpty() && normalise(title).isEmpty()) {
            return Optional.empty();
        }
        long words = body.isEmpty() ? 0 : body.chars().filter(c -> c == ' ').count() + 1;
        String keyed = words >= MIN_TEXT_WORDS ? body : normalise(title) + "\n" + body;
        return Optional.of(sha256(keyed));
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
