package org.warta.app.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A method and a path pattern ({@code /api/articles/{id}}: literal segments and whole-segment parameters), the
 * handler, and whether errors are answered as JSON (API) or as an HTML page.
 */
public record Route(String method, String pattern, boolean api, Handler handler) {

    List<String> segments() {
        return split(pattern);
    }

    static List<String> split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/") && !p.isEmpty()) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? List.of() : List.of(p.split("/", -1));
    }

    /** The path parameters when {@code rawSegments} (still percent-encoded) match this route's pattern. */
    Optional<Map<String, String>> match(List<String> rawSegments) {
        return match(segments(), rawSegments);
    }

    /** {@link #match(List)} with this route's pattern already split (the server splits each pattern once). */
    Optional<Map<String, String>> match(List<String> mine, List<String> rawSegments) {
        if (mine.size() != rawSegments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < mine.size(); i++) {
            String m = mine.get(i);
            String s = rawSegments.get(i);
            if (m.startsWith("{") && m.endsWith("}")) {
                String decoded = PercentDecoding.decode(s);
                if (decoded.isEmpty()) {
                    return Optional.empty();
                }
                params.put(m.substring(1, m.length() - 1), decoded);
            } else if (!m.equals(s)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
