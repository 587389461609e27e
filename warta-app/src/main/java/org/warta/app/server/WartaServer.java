package org.warta.app.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.warta.store.BadQueryException;
import org.warta.store.StoreException;

/**
 * The HTTP server: routes requests to {@link Handler}s, caps bodies, sets security headers, turns failures into
 * one-line error answers (JSON under {@code /api}, an HTML page elsewhere) and records metrics. A failure the client
 * did not cause is logged on stderr and answered "internal error" with no detail.
 *
 * <p>The transport is Netty's HTTP/1.1 codec over its NIO transport (https://netty.io/wiki/user-guide-for-4.x.html):
 * {@link Options#eventLoopThreads()} event loops (one per core by default) each own a set of keep-alive connections
 * and parse, dispatch and write on them without any hand-off. Where handlers run is {@link Options#readHandlers()}:
 * <ul>
 *   <li>{@code GET} and {@code HEAD} handlers run <em>inline on the event loop</em> by default
 *   ({@link ReadHandlers#EVENT_LOOP}). They are short and CPU-bound (a Lucene search or a page render, 0.2–0.5 ms
 *   on this project's load bench): handing each one to another thread and its answer back costs two queue
 *   operations and two thread wake-ups per request, which on a saturated 2-core machine is CPU taken from the
 *   requests themselves, and adds no parallelism, since there are already as many loops as cores. The price is
 *   head-of-line blocking: a slow page delays the other connections of its loop by its own duration, which is
 *   why only reads run inline. This is the design of the "thread per core" servers (Seastar; Netty's own
 *   guidance: never block the event loop, but short non-blocking work belongs on it).
 *   {@link ReadHandlers#VIRTUAL_THREADS} runs them on virtual threads instead, for comparison and for stores on
 *   slow disks.</li>
 *   <li>Every other method (a {@code POST} of articles runs the whole pipeline and commits the store: up to
 *   seconds) always runs on a virtual thread, so it never blocks a loop. While it runs, its connection stops
 *   reading, and requests it already sent (pipelining) wait in order behind it: answers leave in the order of the
 *   requests (RFC 9112 §9.3.2).</li>
 * </ul>
 * Bodies are collected by the connection itself, not by Netty's aggregator, so that a body over
 * {@link Options#maxBodyBytes()} is refused with this server's own 413 answer: at once when its
 * {@code Content-Length} says so (before any byte of it is read), else as soon as the bytes received exceed the cap;
 * the connection is then half-closed (the client reads the answer, not a reset) and closed. Connections idle for
 * {@value #IDLE_SECONDS} s are closed (the JDK server's default idle interval). TCP_NODELAY is set on every
 * connection: a response is one write, and Nagle's algorithm with a client's delayed ACK would stall it ~40 ms.
 */
public final class WartaServer implements AutoCloseable {

    /** Where the handlers of reads ({@code GET}, {@code HEAD}) run; other methods always run on virtual threads. */
    public enum ReadHandlers {
        /** On the event loop that read the request: no hand-off (the default; see the class comment). */
        EVENT_LOOP,
        /** On a new virtual thread per request, the answer written back by the event loop. */
        VIRTUAL_THREADS
    }

    /**
     * Server settings.
     *
     * @param address          where to listen (loopback by default)
     * @param maxBodyBytes     largest accepted request body (default 4 MiB)
     * @param backlog          TCP accept backlog (default 1024)
     * @param eventLoopThreads event-loop threads, each serving its share of the connections (default: the number of
     *                         available processors)
     * @param readHandlers     where GET and HEAD handlers run (default {@link ReadHandlers#EVENT_LOOP})
     */
    public record Options(InetSocketAddress address, long maxBodyBytes, int backlog, int eventLoopThreads,
                          ReadHandlers readHandlers) {
        public static final long DEFAULT_MAX_BODY = 4L * 1024 * 1024;

        public Options {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
            if (backlog < 1 || eventLoopThreads < 1) {
                throw new IllegalArgumentException("backlog and eventLoopThreads must be positive");
            }
            java.util.Objects.requireNonNull(address, "address");
            java.util.Objects.requireNonNull(readHandlers, "readHandlers");
        }

        /** The defaults for the threads: one event loop per available processor, reads handled on the loops. */
        public Options(InetSocketAddress address, long maxBodyBytes, int backlog) {
            this(address, maxBodyBytes, backlog, defaultEventLoops(), ReadHandlers.EVENT_LOOP);
        }

        public static Options loopback(int port) {
            return new Options(new InetSocketAddress("127.0.0.1", port), DEFAULT_MAX_BODY, 1024);
        }

        /** The number of available processors. */
        public static int defaultEventLoops() {
            return Math.max(1, Runtime.getRuntime().availableProcessors());
        }

        public Options withEventLoopThreads(int n) {
            return new Options(address, maxBodyBytes, backlog, n, readHandlers);
        }

        public Options withReadHandlers(ReadHandlers r) {
            return new Options(address, maxBodyBytes, backlog, eventLoopThreads, r);
        }
    }

    /** Content-Security-Policy of every answer: no script at all, styles and images from here only. */
    public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** Seconds a connection may stay without reads or writes before it is closed. */
    static final int IDLE_SECONDS = 30;
    /** Longest request line (a search URL); longer is answered 414. */
    static final int MAX_REQUEST_LINE = 16 * 1024;
    /** Largest header block; larger is answered 431. */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    private final List<Route> routes;
    /** Each route's pattern split into segments, in the order of {@link #routes}. */
    private final List<List<String>> patterns;
    private final Options options;
    private final Metrics metrics;
    private final BiFunction<Integer, String, Response> htmlError;
    private final EventLoopGroup loops;
    private final ExecutorService workers;
    private final Channel listener;

    /**
     * Binds the listening socket (so {@link #port()} is known); connections are accepted from {@link #start()}.
     *
     * @param htmlError renders an error page for non-API routes (status, message)
     */
    public WartaServer(List<Route> routes, Options options, Metrics metrics,
                       BiFunction<Integer, String, Response> htmlError) {
        this.routes = List.copyOf(routes);
        this.patterns = this.routes.stream().map(Route::segments).toList();
        this.options = options;
        this.metrics = metrics;
        this.htmlError = htmlError;
        this.workers = Executors.newVirtualThreadPerTaskExecutor();
        this.loops = new MultiThreadIoEventLoopGroup(options.eventLoopThreads(), NioIoHandler.newFactory());
        HttpDecoderConfig decoder = new HttpDecoderConfig().setMaxInitialLineLength(MAX_REQUEST_LINE)
                .setMaxHeaderSize(MAX_HEADER_BYTES).setMaxChunkSize(64 * 1024);
        ServerBootstrap bootstrap = new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, options.backlog())
                .option(ChannelOption.SO_REUSEADDR, true)
                .option(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast("idle", new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS))
                                .addLast("codec", new HttpServerCodec(decoder))
                                .addLast("warta", new HttpConnection(WartaServer.this));
                    }
                });
        try {
            this.listener = bootstrap.bind(options.address()).sync().channel();
        } catch (Exception e) {
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workers.shutdownNow();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("cannot listen on " + options.address() + ": " + e.getMessage(), e);
        }
    }

    /** Starts accepting connections. */
    public WartaServer start() {
        listener.config().setAutoRead(true);
        return this;
    }

    /** The port listened on (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    public Metrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownNow();
    }

    /** The routes, for tests and the OpenAPI check. */
    public List<Route> routes() {
        return new ArrayList<>(routes);
    }

    Options options() {
        return options;
    }

    ExecutorService workers() {
        return workers;
    }

    /** Whether a request of this method runs off the event loop. */
    boolean offloaded(String method) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        return !read || options.readHandlers() == ReadHandlers.VIRTUAL_THREADS;
    }

    /** The route a request goes to, known from its head alone. */
    record Target(String method, String rawPath, String rawQuery, boolean api, Optional<Route> route,
                  Map<String, String> params, Optional<HttpError> error) {
        String label() {
            return route.map(Route::pattern).orElse("unmatched");
        }
    }

    /** Matches a request's method and raw path against the routes: the route, or a 404 / 405 / 400. */
    Target target(String method, String rawPath, String rawQuery) {
        boolean api = rawPath.startsWith("/api/") || rawPath.equals("/api");
        try {
            List<String> segments = Route.split(rawPath);
            Route matched = null;
            Map<String, String> params = Map.of();
            Set<String> allowed = new LinkedHashSet<>();
            for (int i = 0; i < routes.size(); i++) {
                Route r = routes.get(i);
                Optional<Map<String, String>> m = r.match(patterns.get(i), segments);
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
            return new Target(method, rawPath, rawQuery, matched.api(), Optional.of(matched), params,
                    Optional.empty());
        } catch (HttpError e) {
            return new Target(method, rawPath, rawQuery, api, Optional.empty(), Map.of(), Optional.of(e));
        }
    }

    /** Runs the target's handler; every failure becomes an error answer. */
    Response invoke(Target t, Map<String, List<String>> headers, byte[] body) {
        if (t.error().isPresent()) {
            return error(t.api(), t.error().get().status(), t.error().get().getMessage());
        }
        try {
            Route route = t.route().orElseThrow();
            boolean hasBody = t.method().equals("POST") || t.method().equals("PUT");
            Request req = new Request(t.method(), PercentDecoding.decode(t.rawPath()), t.params(),
                    PercentDecoding.query(t.rawQuery()), headers, hasBody ? body : new byte[0]);
            return route.handler().handle(req);
        } catch (HttpError e) {
            return error(t.api(), e.status(), e.getMessage());
        } catch (BadQueryException e) {
            return error(t.api(), 400, e.getMessage());
        } catch (StoreException e) {
            System.err.println("warta serve: store: " + e.getMessage());
            return error(t.api(), 503, "the store is unavailable");
        } catch (RuntimeException e) {
            System.err.println("warta serve: internal error on " + t.method() + " " + t.rawPath() + ": " + e);
            e.printStackTrace(System.err);
            return error(t.api(), 500, "internal error");
        }
    }

    /** The error answer: JSON under /api, the HTML error page elsewhere; one line, clipped. */
    Response error(boolean api, int status, String message) {
        String m = clip(message == null ? "error" : message.lines().findFirst().orElse("error"));
        if (api) {
            return Response.json(status, ApiJson.error(status, m));
        }
        try {
            return htmlError.apply(status, m);
        } catch (RuntimeException e) {
            return Response.text(status, Response.TEXT, m + "\n");
        }
    }

    void observe(String route, String method, int status, long nanos) {
        metrics.observe(route, method, status, nanos);
    }

    static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
