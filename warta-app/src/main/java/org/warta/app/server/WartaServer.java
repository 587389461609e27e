package org.warta.app.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.warta.store.BadQueryException;
import org.warta.store.StoreException;

/**
 * The HTTP server: routes requests to {@link Handler}s on virtual threads, caps bodies, sets security headers,
 * turns failures into one-line error answers (JSON under {@code /api}, an HTML page elsewhere) and records
 * metrics. A failure the client did not cause is logged on stderr and answered "internal error" with no detail.
 */
public final class WartaServer implements AutoCloseable {

    /**
     * Server settings.
     *
     * @param address      where to listen (loopback by default)
     * @param maxBodyBytes largest accepted request body (default 4 MiB)
     * @param backlog      TCP accept backlog (default 1024)
     */
    public record Options(InetSocketAddress address, long maxBodyBytes, int backlog) {
        public static final long DEFAULT_MAX_BODY = 4L * 1024 * 1024;

        public Options {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
        }

        public static Options loopback(int port) {
            return new Options(new InetSocketAddress("127.0.0.1", port), DEFAULT_MAX_BODY, 1024);
        }
    }

    /** Content-Security-Policy of every answer: no script at all, styles and images from here only. */
    public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Route> routes;
    private final Options options;
    private final Metrics metrics;
    private final BiFunction<Integer, String, Response> htmlError;

    /**
     * @param htmlError renders an error page for non-API routes (status, message)
     */
    public WartaServer(List<Route> routes, Options options, Metrics metrics,
                       BiFunction<Integer, String, Response> htmlError) {
        this.routes = List.copyOf(routes);
        this.options = options;
        this.metrics = metrics;
        this.htmlError = htmlError;
        // The JDK server writes headers and body separately; with Nagle's algorithm on, a client's delayed ACK
        // stalls every response by ~40 ms. Read once, when the JDK's ServerConfig class initialises.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // The JDK server closes keep-alive connections beyond 200 idle ones; a busy server has more clients than
        // that between their requests, and each close costs the client a reconnect. Unless the user set it.
        if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
            System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
        }
        try {
            this.server = HttpServer.create(options.address(), options.backlog());
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + options.address() + ": " + e.getMessage(), e);
        }
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::serve);
    }

    public WartaServer start() {
        server.start();
        return this;
    }

    /** The port listened on (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    public Metrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange ex) {
        long t0 = System.nanoTime();
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = Optional.ofNullable(ex.getRequestURI().getRawPath()).orElse("/");
        boolean api = rawPath.startsWith("/api/") || rawPath.equals("/api");
        String routeLabel = "unmatched";
        Response response;
        boolean closeConnection = false;
        try {
            List<String> segments = Route.split(rawPath);
            Route matched = null;
            Map<String, String> params = Map.of();
            Set<String> allowed = new LinkedHashSet<>();
            for (Route r : routes) {
                Optional<Map<String, String>> m = r.match(segments);
                if (m.isPresent()) {
                    allowed.add(r.method());
                    boolean methodOk = r.method().equals(method) || (method.equals("HEAD") && r.method().equals("GET"));
                    if (methodOk && matched == null) {
                        matched = r;
                        params = m.get();
                    }
                }
            }
            if (matched == null) {
                if (!allowed.isEmpty()) {
                    throw new HttpError(405, "method " + method + " not allowed here; allowed: "
                            + String.join(", ", allowed));
                }
                throw HttpError.notFound("no such page: " + clip(PercentDecoding.decode(rawPath)));
            }
            routeLabel = matched.pattern();
            api = matched.api();
            byte[] body = new byte[0];
            if (method.equals("POST") || method.equals("PUT")) {
                body = readBody(ex);
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            Request req = new Request(method, PercentDecoding.decode(rawPath), params,
                    PercentDecoding.query(ex.getRequestURI().getRawQuery()), headers, body);
            response = matched.handler().handle(req);
        } catch (HttpError e) {
            response = error(api, e.status(), e.getMessage());
            closeConnection = e.status() == 413;
        } catch (BadQueryException e) {
            response = error(api, 400, e.getMessage());
        } catch (StoreException e) {
            System.err.println("warta serve: store: " + e.getMessage());
            response = error(api, 503, "the store is unavailable");
        } catch (RuntimeException e) {
            System.err.println("warta serve: internal error on " + method + " " + rawPath + ": " + e);
            e.printStackTrace(System.err);
            response = error(api, 500, "internal error");
        }
        try {
            send(ex, method, response, closeConnection);
        } catch (IOException e) {
            // the client went away; nothing to tell it
        } finally {
            ex.close();
            metrics.observe(routeLabel, method, response.status(), System.nanoTime() - t0);
        }
    }

    private byte[] readBody(HttpExchange ex) {
        long cap = options.maxBodyBytes();
        String len = ex.getRequestHeaders().getFirst("Content-Length");
        if (len != null) {
            try {
                if (Long.parseLong(len.strip()) > cap) {
                    throw new HttpError(413, "request body too large (limit " + cap + " bytes)");
                }
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("malformed Content-Length");
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (b.length > cap) {
                throw new HttpError(413, "request body too large (limit " + cap + " bytes)");
            }
            return b;
        } catch (IOException e) {
            throw HttpError.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    private Response error(boolean api, int status, String message) {
        String m = clip(message == null ? "error" : message.lines().findFirst().orElse("error"));
        if (api) {
            return Response.json(status, ApiJson.error(status, m));
        }
        return htmlError.apply(status, m);
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static void send(HttpExchange ex, String method, Response r, boolean close) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", r.contentType());
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Cache-Control", "no-store");
        r.headers().forEach(h::set);
        if (close) {
            h.set("Connection", "close");
        }
        boolean noBody = method.equals("HEAD") || r.status() == 204 || r.status() == 304;
        if (noBody) {
            ex.sendResponseHeaders(r.status(), -1);
            return;
        }
        ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        if (r.body().length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    /** The routes, for tests and the OpenAPI check. */
    public List<Route> routes() {
        return new ArrayList<>(routes);
    }
}
