package org.warta.app.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a handler answers.
 *
 * @param status      HTTP status
 * @param contentType the Content-Type header
 * @param body        the body bytes
 * @param headers     extra headers
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";
    public static final String TEXT = "text/plain; charset=utf-8";

    public static Response json(int status, String json) {
        return new Response(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response html(int status, String html) {
        return new Response(status, HTML, html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response text(int status, String contentType, String text) {
        return new Response(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public Response withHeader(String name, String value) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new Response(status, contentType, body, h);
    }
}
