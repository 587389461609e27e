package org.warta.app.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One client connection of a {@link WartaServer}, confined to its event loop: reads a request's head and body
 * (within the cap), has the server run the handler (inline, or on a virtual thread for the methods the server
 * offloads), writes the answer with the security headers, keeps the connection alive when the client allows it.
 * Requests that arrive while an offloaded one runs wait in order, so answers leave in the order of the requests.
 */
final class HttpConnection extends ChannelInboundHandlerAdapter {

    private static final AsciiString CSP_VALUE = AsciiString.cached(WartaServer.CSP);
    private static final AsciiString NOSNIFF = AsciiString.cached("nosniff");
    private static final AsciiString NO_REFERRER = AsciiString.cached("no-referrer");
    private static final AsciiString DENY = AsciiString.cached("DENY");
    private static final AsciiString NO_STORE = AsciiString.cached("no-store");
    private static final AsciiString REFERRER_POLICY = AsciiString.cached("referrer-policy");
    private static final AsciiString X_FRAME_OPTIONS = AsciiString.cached("x-frame-options");
    private static final AsciiString X_CONTENT_TYPE_OPTIONS = AsciiString.cached("x-content-type-options");
    /** Seconds a refused body may still be sent (and dropped) after the 413, before the connection is closed. */
    private static final int LINGER_SECONDS = 2;

    private final WartaServer server;
    /** Messages received while an offloaded handler runs, handled in order when it is done. */
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    /** An offloaded handler runs for this connection. */
    private boolean busy;
    /** After a refusal that closes the connection: everything the client still sends is dropped. */
    private boolean discarding;
    /** The request being read, if any. */
    private Exchange current;

    /** The request being read: its head, when it began and its body so far. */
    private static final class Exchange {
        final WartaServer.Target target;
        final boolean keepAlive;
        final boolean http10;
        final Map<String, List<String>> headers;
        final long started;
        byte[] body;
        int length;

        Exchange(WartaServer.Target target, boolean keepAlive, boolean http10, Map<String, List<String>> headers,
                 long started, int expected) {
            this.target = target;
            this.keepAlive = keepAlive;
            this.http10 = http10;
            this.headers = headers;
            this.started = started;
            this.body = expected == 0 ? EMPTY : new byte[expected];
        }

        byte[] bytes() {
            return length == body.length ? body : Arrays.copyOf(body, length);
        }
    }

    private static final byte[] EMPTY = new byte[0];
    /** Bytes reserved for a body at first, whatever its declared length (it grows as it arrives). */
    private static final int FIRST_SLICE = 64 * 1024;
    /** The largest Java array. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    HttpConnection(WartaServer server) {
        this.server = server;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (discarding) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (busy || !waiting.isEmpty()) {
            waiting.add(msg);
            return;
        }
        handle(ctx, msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        waiting.forEach(ReferenceCountUtil::release);
        waiting.clear();
        current = null;
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!(cause instanceof IOException)) {
            // a bug of ours, not the client's: logged here, the client just loses its connection
            System.err.println("warta serve: connection error: " + cause);
        }
        ctx.close();
    }

    private void handle(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof HttpRequest req) {
                head(ctx, req);
            }
            if (msg instanceof HttpContent content && current != null && !discarding) {
                content(ctx, content);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void head(ChannelHandlerContext ctx, HttpRequest req) {
        long t0 = System.nanoTime();
        DecoderResult decoded = req.decoderResult();
        if (decoded.isFailure()) {
            Throwable why = decoded.cause();
            int status = why instanceof TooLongHttpLineException ? 414
                    : why instanceof TooLongHttpHeaderException ? 431 : 400;
            String message = status == 414 ? "request line too long"
                    : status == 431 ? "request headers too large"
                    : "malformed HTTP request" + (why instanceof TooLongFrameException ? "" : ": " + oneLine(why));
            refuse(ctx, t0, new WartaServer.Target(req.method().name(), "/", null, false, java.util.Optional.empty(),
                    Map.of(), java.util.Optional.empty()), status, message);
            return;
        }
        String method = req.method().name().toUpperCase(Locale.ROOT);
        String uri = req.uri();
        int q = uri.indexOf('?');
        int hash = uri.indexOf('#');
        int pathEnd = q >= 0 ? q : hash >= 0 ? hash : uri.length();
        String rawPath = uri.substring(0, pathEnd);
        String rawQuery = q < 0 ? null : uri.substring(q + 1, hash > q ? hash : uri.length());
        rawPath = stripAuthority(rawPath);
        WartaServer.Target target = server.target(method, rawPath, rawQuery);
        long cap = server.options().maxBodyBytes();
        long declared = -1;
        String len = req.headers().get(HttpHeaderNames.CONTENT_LENGTH);
        if (len != null) {
            try {
                declared = Long.parseLong(len.strip());
            } catch (NumberFormatException e) {
                refuse(ctx, t0, target, 400, "malformed Content-Length");
                return;
            }
        }
        boolean mayHaveBody = declared > 0 || HttpUtil.isTransferEncodingChunked(req);
        if (target.error().isPresent() && mayHaveBody) {
            // no handler will read the body: answer now and close rather than read what nobody wants
            HttpError e = target.error().get();
            refuse(ctx, t0, target, e.status(), e.getMessage());
            return;
        }
        if (declared > cap) {
            refuse(ctx, t0, target, 413, "request body too large (limit " + cap + " bytes)");
            return;
        }
        if (HttpUtil.is100ContinueExpected(req)) {
            ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE,
                    Unpooled.EMPTY_BUFFER));
        }
        // room for the declared body, but not more than a first slice of it: a client that declares megabytes
        // and sends nothing must not hold megabytes
        current = new Exchange(target, HttpUtil.isKeepAlive(req), req.protocolVersion().equals(HttpVersion.HTTP_1_0),
                headers(req.headers()), t0, (int) Math.min(Math.max(0, declared), FIRST_SLICE));
    }

    private void content(ChannelHandlerContext ctx, HttpContent content) {
        Exchange ex = current;
        if (content.decoderResult().isFailure()) {
            current = null;
            refuse(ctx, ex.started, ex.target, 400, "malformed HTTP request body");
            return;
        }
        ByteBuf buf = content.content();
        int n = buf.readableBytes();
        if (n > 0) {
            long cap = server.options().maxBodyBytes();
            if ((long) ex.length + n > Math.min(cap, MAX_ARRAY)) {
                current = null;
                refuse(ctx, ex.started, ex.target, 413, "request body too large (limit " + cap + " bytes)");
                return;
            }
            if (ex.length + n > ex.body.length) {
                long room = Math.min(Math.min(cap, MAX_ARRAY), Math.max(ex.length + (long) n, 2L * ex.body.length + 256));
                ex.body = Arrays.copyOf(ex.body, (int) room);
            }
            buf.getBytes(buf.readerIndex(), ex.body, ex.length, n);
            ex.length += n;
        }
        if (content instanceof LastHttpContent) {
            current = null;
            dispatch(ctx, ex);
        }
    }

    /** Runs the handler inline or on a virtual thread and writes its answer. */
    private void dispatch(ChannelHandlerContext ctx, Exchange ex) {
        WartaServer.Target t = ex.target;
        if (t.error().isPresent() || !server.offloaded(t.method())) {
            Response r = server.invoke(t, ex.headers, ex.bytes());
            write(ctx, ex, r, false);
            return;
        }
        busy = true;
        ctx.channel().config().setAutoRead(false);
        byte[] body = ex.bytes();
        try {
            server.workers().execute(() -> {
                Response r;
                try {
                    r = server.invoke(t, ex.headers, body);
                } catch (Throwable e) {
                    // an Error (invoke turns every exception into an answer): still answered, so the connection
                    // does not wait forever
                    System.err.println("warta serve: internal error on " + t.method() + " " + t.rawPath() + ": " + e);
                    r = server.error(t.api(), 500, "internal error");
                }
                Response answer = r;
                try {
                    ctx.executor().execute(() -> resume(ctx, ex, answer));
                } catch (RejectedExecutionException e) {
                    // the server is closing: the connection goes with it
                }
            });
        } catch (RejectedExecutionException e) {
            // the server is closing
            busy = false;
            ctx.close();
        }
    }

    /** Back on the event loop after an offloaded handler: its answer, then the requests that waited for it. */
    private void resume(ChannelHandlerContext ctx, Exchange ex, Response r) {
        busy = false;
        if (!ctx.channel().isActive()) {
            return;
        }
        write(ctx, ex, r, false);
        while (!busy && !waiting.isEmpty() && !discarding) {
            handle(ctx, waiting.poll());
        }
        ctx.flush();
        if (!busy && !discarding) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    /** Answers an error and closes the connection (the request could not be read to its end, or not at all). */
    private void refuse(ChannelHandlerContext ctx, long t0, WartaServer.Target target, int status, String message) {
        Response r = server.error(target.api(), status, message);
        discarding = true;
        waiting.forEach(ReferenceCountUtil::release);
        waiting.clear();
        write(ctx, new Exchange(target, false, false, Map.of(), t0, 0), r, true);
    }

    private void write(ChannelHandlerContext ctx, Exchange ex, Response r, boolean refusal) {
        String method = ex.target.method();
        FullHttpResponse res;
        try {
            res = response(method, r, ex.keepAlive && !refusal, ex.http10);
        } catch (RuntimeException e) {
            // a handler's header the codec refuses (e.g. a line break in a value)
            System.err.println("warta serve: cannot write the answer to " + method + " " + ex.target.rawPath() + ": "
                    + e);
            r = server.error(ex.target.api(), 500, "internal error");
            res = response(method, r, ex.keepAlive && !refusal, ex.http10);
        }
        server.observe(ex.target.label(), method, r.status(), System.nanoTime() - ex.started);
        if (refusal) {
            ctx.writeAndFlush(res).addListener((ChannelFutureListener) f -> {
                if (f.channel() instanceof DuplexChannel d && f.isSuccess()) {
                    // half-close: the client reads the answer (a full close with unread body bytes would reset the
                    // connection and lose it); what it still sends is dropped, the connection closed soon after
                    d.shutdownOutput();
                    f.channel().eventLoop().schedule(() -> f.channel().close(), LINGER_SECONDS, TimeUnit.SECONDS);
                } else {
                    f.channel().close();
                }
            });
        } else if (ex.keepAlive) {
            ctx.write(res, ctx.voidPromise());
        } else {
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static FullHttpResponse response(String method, Response r, boolean keepAlive, boolean http10) {
        boolean noBody = method.equals("HEAD") || r.status() == 204 || r.status() == 304;
        ByteBuf body = noBody || r.body().length == 0 ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(r.body());
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(r.status()), body);
        HttpHeaders h = res.headers();
        h.set(HttpHeaderNames.DATE, HttpDate.now());
        h.set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        h.set(HttpHeaderNames.CONTENT_SECURITY_POLICY, CSP_VALUE);
        h.set(X_CONTENT_TYPE_OPTIONS, NOSNIFF);
        h.set(REFERRER_POLICY, NO_REFERRER);
        h.set(X_FRAME_OPTIONS, DENY);
        h.set(HttpHeaderNames.CACHE_CONTROL, NO_STORE);
        r.headers().forEach(h::set);
        if (r.status() != 204 && r.status() != 304) {
            // HEAD: the length the GET body would have (RFC 9110 §9.3.2)
            h.setInt(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
        }
        if (!keepAlive) {
            h.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (http10) {
            h.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        return res;
    }

    private static Map<String, List<String>> headers(HttpHeaders h) {
        Map<String, List<String>> out = new LinkedHashMap<>(Math.max(8, h.size() * 2));
        for (Map.Entry<String, String> e : h) {
            out.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>(1))
                    .add(e.getValue());
        }
        return out;
    }

    /** The path of an absolute-form request target ({@code http://host/path} → {@code /path}). */
    private static String stripAuthority(String rawPath) {
        if (rawPath.startsWith("/")) {
            return rawPath;
        }
        int scheme = rawPath.indexOf("://");
        if (scheme > 0) {
            int slash = rawPath.indexOf('/', scheme + 3);
            return slash < 0 ? "/" : rawPath.substring(slash);
        }
        return rawPath.isEmpty() || rawPath.equals("*") ? "/" : "/" + rawPath;
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }

    /** The Date header's value, formatted once a second. */
    static final class HttpDate {
        private record Stamp(long second, String text) {
        }

        private static volatile Stamp last = new Stamp(-1, "");

        private HttpDate() {
        }

        static String now() {
            long s = System.currentTimeMillis() / 1000;
            Stamp st = last;
            if (st.second() != s) {
                st = new Stamp(s, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(s), ZoneOffset.UTC)));
                last = st;
            }
            return st.text();
        }
    }
}
