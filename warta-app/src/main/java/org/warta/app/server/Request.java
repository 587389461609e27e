package org.warta.app.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as handlers see it.
 *
 * @param method     GET, POST, ...
 * @param path       the decoded path
 * @param params     path parameters of the matched route ({@code {id}} → value)
 * @param query      decoded query parameters
 * @param headers    request headers, lower-case names
 * @param body       the body (empty unless POST/PUT), at most the server's cap
 */
public record Request(String method, String path, Map<String, String> params, Map<String, List<String>> query,
                      Map<String, List<String>> headers, byte[] body) {

    public String param(String name) {
        String v = params.get(name);
        if (v == null) {
            throw new IllegalStateException("route has no parameter " + name);
        }
        return v;
    }

    public Optional<String> query(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.getFirst()).filter(s -> !s.isBlank());
    }

    public Optional<String> header(String name) {
        List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.getFirst());
    }

    /** An integer query parameter within bounds, or the default; 400 when not a number or out of bounds. */
    public int intQuery(String name, int def, int min, int max) {
        Optional<String> v = query(name);
        if (v.isEmpty()) {
            return def;
        }
        try {
            int n = Integer.parseInt(v.get().strip());
            if (n < min || n > max) {
                throw HttpError.badRequest("parameter '" + name + "' must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("parameter '" + name + "' must be an integer");
        }
    }
}
