package org.warta.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An open-loop HTTP/1.1 load generator, meant to run in its own JVM beside the server it loads: requests are
 * <em>scheduled</em> at a constant rate spread evenly over keep-alive connections (request {@code k} of connection
 * {@code c} is due at {@code start + (k * connections + c) / rate}), and each latency is measured from the time the
 * request was due, not from the time it was actually sent. So a server that stalls is charged for every request
 * that should have been sent during the stall, not only the one it was serving: the correction for "coordinated
 * omission" of Gil Tene's wrk2 (https://github.com/giltene/wrk2, and his talk "How NOT to Measure Latency", 2015).
 * A closed-loop generator (each connection sends its next request when the previous one is answered) cannot reach
 * a target rate at a target latency with few connections: by Little's law its mean latency is
 * {@code connections / throughput}.
 *
 * <p>The client is one thread with one NIO selector over non-blocking keep-alive sockets and an incremental
 * HTTP/1.1 response parser ({@link ResponseParser}: Content-Length, chunked, or to the end of the stream), which
 * reconnects after {@code Connection: close} or an error. It shares the machine with the server it measures, so it
 * is lean: no thread per connection, no allocation per request beyond the latency arrays; its CPU per request is
 * reported with the results. Only loopback targets are accepted.
 *
 * <p>Output on stdout, one line each: {@code MEASURE-START} and {@code MEASURE-END} when the measured window
 * opens and closes (so the parent can read the server's CPU over the same window), then {@code RESULT} lines of
 * {@code key=value} pairs: {@code all}, {@code search} and {@code other} latency percentiles in milliseconds,
 * the achieved rate, errors and the generator's CPU.
 *
 * <p>Usage: {@code OpenLoopGenerator --port P --paths FILE [--host 127.0.0.1] [--rate 2000] [--connections 200]
 * [--seconds 20] [--warmup 5] [--timeout-ms 10000]}.
 */
public final class OpenLoopGenerator {

    /**
     * Generator settings.
     *
     * @param host        loopback address of the server (default 127.0.0.1)
     * @param port        the server's port
     * @param paths       request paths (with query), used round-robin from a connection-specific start
     * @param rate        scheduled requests per second over all connections (default 2,000)
     * @param connections keep-alive connections (default 200)
     * @param seconds     measured seconds (default 20)
     * @param warmup      seconds at the same rate before measuring (default 5)
     * @param timeoutMs   read timeout of one response; a timed-out request counts as an error (default 10,000)
     */
    public record Settings(String host, int port, List<String> paths, double rate, int connections, int seconds,
                           int warmup, int timeoutMs) {
        public Settings {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("no request paths");
            }
            if (!(rate > 0) || connections < 1 || seconds < 1 || warmup < 0 || timeoutMs < 1) {
                throw new IllegalArgumentException("rate, connections, seconds and timeout must be positive");
            }
            if (!new InetSocketAddress(host, port).getAddress().isLoopbackAddress()) {
                throw new IllegalArgumentException(host + " is not a loopback address");
            }
        }
    }

    /** Latencies (from the scheduled time, nanoseconds) of one connection's measured requests. */
    private static final class Recorder {
        long[] search = new long[1024];
        int searches;
        long[] other = new long[1024];
        int others;

        void add(boolean isSearch, long nanos) {
            if (isSearch) {
                if (searches == search.length) {
                    search = Arrays.copyOf(search, searches * 2);
                }
                search[searches++] = nanos;
            } else {
                if (others == other.length) {
                    other = Arrays.copyOf(other, others * 2);
                }
                other[others++] = nanos;
            }
        }
    }

    private final Settings settings;
    // counters: written by the one schedule thread only, read after it
    private long sent;
    private long errors;
    private long timeouts;
    private long badStatus;
    private long reconnects;
    private long bytes;
    private long maxSendLag;
    /** Seconds from the measured window's start to the last answer to a request due in it. */
    private double lastMeasuredDoneSeconds;

    public OpenLoopGenerator(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        try {
            Settings s = parse(args);
            new OpenLoopGenerator(s).run(System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("load generator: " + e.getMessage());
            System.exit(2);
        }
    }

    static Settings parse(String[] args) throws IOException {
        String host = "127.0.0.1";
        int port = -1;
        Path paths = null;
        double rate = 2_000;
        int connections = 200;
        int seconds = 20;
        int warmup = 5;
        int timeout = 10_000;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--host" -> host = v;
                    case "--port" -> port = Integer.parseInt(v);
                    case "--paths" -> paths = Path.of(v);
                    case "--rate" -> rate = Double.parseDouble(v);
                    case "--connections" -> connections = Integer.parseInt(v);
                    case "--seconds" -> seconds = Integer.parseInt(v);
                    case "--warmup" -> warmup = Integer.parseInt(v);
                    case "--timeout-ms" -> timeout = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number after " + a + ": " + v);
            }
        }
        if (port < 1 || paths == null) {
            throw new IllegalArgumentException("--port and --paths are required");
        }
        List<String> lines = Files.readAllLines(paths).stream().map(String::strip).filter(l -> l.startsWith("/"))
                .toList();
        return new Settings(host, port, lines, rate, connections, seconds, warmup, timeout);
    }

    /** Runs the schedule and prints the markers and results on {@code out}. */
    public void run(java.io.PrintStream out) throws Exception {
        Settings s = settings;
        long cpu0 = cpu();
        Recorder rec = new Recorder();
        long[] cpuAt = new long[2];
        try (Schedule schedule = new Schedule(s, rec, out, cpuAt)) {
            schedule.run();
        }
        long[] search = Arrays.copyOf(rec.search, rec.searches);
        long[] other = Arrays.copyOf(rec.other, rec.others);
        Arrays.sort(search);
        Arrays.sort(other);
        long[] all = new long[search.length + other.length];
        System.arraycopy(search, 0, all, 0, search.length);
        System.arraycopy(other, 0, all, search.length, other.length);
        Arrays.sort(all);
        // achieved: answers to the requests due in the window, over the time from its start to the last answer
        double span = Math.max(s.seconds(), lastMeasuredDoneSeconds);
        out.println(line("all", all, span));
        out.println(line("search", search, span));
        out.println(line("other", other, span));
        out.printf(Locale.ROOT, "RESULT totals scheduled_rate=%.1f connections=%d seconds=%d warmup=%d sent=%d "
                        + "errors=%d timeouts=%d bad_status=%d reconnects=%d mb_per_s=%.2f max_send_lag_ms=%.1f "
                        + "generator_cpu_ms_per_request=%.3f generator_cpu_s=%.2f%n",
                s.rate(), s.connections(), s.seconds(), s.warmup(), sent, errors, timeouts,
                badStatus, reconnects, bytes / 1e6 / (s.seconds() + s.warmup()),
                maxSendLag / 1e6, all.length == 0 ? 0.0 : (cpuAt[1] - cpuAt[0]) / 1e6 / all.length,
                (cpu() - cpu0) / 1e9);
        out.flush();
    }

    private static String line(String kind, long[] sorted, double seconds) {
        if (sorted.length == 0) {
            return "RESULT " + kind + " count=0";
        }
        return String.format(Locale.ROOT, "RESULT %s count=%d achieved_rate=%.1f p50=%.2f p90=%.2f p99=%.2f p999=%.2f "
                        + "max=%.2f mean=%.2f", kind, sorted.length, sorted.length / seconds,
                pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    /** The {@code p}-quantile (nearest rank) of sorted nanoseconds, in milliseconds. */
    static double pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The whole schedule on one thread and one selector: request {@code i} (over all connections) is due at
     * {@code start + i / rate} and goes to connection {@code i % connections}; a connection sends its requests in
     * order, each when it is due and the previous answer has arrived, so a late answer delays the requests queued
     * behind it on that connection, and they are charged for it. Non-blocking sockets, no thread per connection,
     * no allocation per request beyond the latency arrays: the generator takes as little as it can of the CPU it
     * shares with the server.
     */
    private final class Schedule implements AutoCloseable {
        private final Settings s;
        private final Recorder rec;
        private final java.io.PrintStream out;
        private final long[] cpuAt;
        private final Selector selector;
        private final Conn[] conns;
        private final byte[][] requests;
        private final boolean[] isSearch;
        private final double periodNanos;
        private final long start;
        private final long measureFrom;
        private final long end;
        /** Requests released so far (index of the next one to fall due). */
        private long released;
        /** Released requests not yet answered or failed. */
        private long open;

        Schedule(Settings s, Recorder rec, java.io.PrintStream out, long[] cpuAt) throws IOException {
            this.s = s;
            this.rec = rec;
            this.out = out;
            this.cpuAt = cpuAt;
            this.selector = Selector.open();
            List<String> paths = s.paths();
            this.requests = new byte[paths.size()][];
            this.isSearch = new boolean[paths.size()];
            String tail = "Host: " + s.host() + ":" + s.port() + "\r\nUser-Agent: warta-load\r\nAccept: text/html\r\n\r\n";
            for (int i = 0; i < paths.size(); i++) {
                requests[i] = ("GET " + paths.get(i) + " HTTP/1.1\r\n" + tail).getBytes(StandardCharsets.US_ASCII);
                isSearch[i] = paths.get(i).startsWith("/search");
            }
            this.conns = new Conn[s.connections()];
            for (int c = 0; c < conns.length; c++) {
                conns[c] = new Conn(c, (int) ((long) c * 7919 % paths.size()));
                conns[c].open(true);
            }
            this.periodNanos = 1e9 / s.rate();
            this.start = System.nanoTime() + 200_000_000L; // the loop running before the first due time
            this.measureFrom = start + s.warmup() * 1_000_000_000L;
            this.end = measureFrom + s.seconds() * 1_000_000_000L;
        }

        private long due(long i) {
            return start + (long) (i * periodNanos);
        }

        void run() throws IOException {
            boolean measuring = false;
            boolean measured = false;
            long nextTimeoutScan = 0;
            while (true) {
                long now = System.nanoTime();
                if (!measuring && now >= measureFrom) {
                    measuring = true;
                    cpuAt[0] = cpu();
                    out.println("MEASURE-START");
                    out.flush();
                }
                if (measuring && !measured && now >= end) {
                    measured = true;
                    out.println("MEASURE-END");
                    out.flush();
                    cpuAt[1] = cpu();
                }
                // release every request now due
                for (long d = due(released); d <= now && d < end; d = due(released)) {
                    Conn c = conns[(int) (released % conns.length)];
                    c.pending++;
                    released++;
                    open++;
                    c.maybeSend(now);
                }
                if (now >= nextTimeoutScan) {
                    for (Conn c : conns) {
                        c.checkTimeout(now);
                    }
                    nextTimeoutScan = now + 50_000_000L;
                }
                boolean allReleased = due(released) >= end;
                if (allReleased && open == 0 && measured) {
                    return;
                }
                long wait = allReleased ? (measured ? 50_000_000L : end - now) : due(released) - now;
                if (wait >= 1_000_000L) {
                    selector.select(Math.min(wait / 1_000_000L, 50));
                } else if (wait > 0) {
                    // under a millisecond: the selector's timeout is in milliseconds
                    if (selector.selectNow() == 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(Math.min(wait, 200_000L));
                    }
                } else {
                    selector.selectNow();
                }
                var keys = selector.selectedKeys();
                for (var key : keys) {
                    Conn c = (Conn) key.attachment();
                    c.ready(key);
                }
                keys.clear();
            }
        }

        @Override
        public void close() throws IOException {
            for (Conn c : conns) {
                c.closeChannel();
            }
            selector.close();
        }

        /** One keep-alive connection: its queue of due requests and the parse state of the answer it awaits. */
        private final class Conn {
            final int index;
            int pathAt;
            SocketChannel ch;
            SelectionKey key;
            /** Requests due to this connection and not yet sent. */
            long pending;
            /** The k of this connection's next request to send (its due time follows from it). */
            long nextK;
            boolean inFlight;
            boolean connecting;
            long inFlightDue;
            long sentAt;
            boolean inFlightSearch;
            ByteBuffer toWrite;
            final ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
            final ResponseParser parser = new ResponseParser();

            Conn(int index, int pathAt) {
                this.index = index;
                this.pathAt = pathAt;
            }

            void open(boolean blocking) throws IOException {
                ch = SocketChannel.open();
                ch.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                if (blocking) {
                    ch.socket().connect(new InetSocketAddress(s.host(), s.port()), s.timeoutMs());
                    ch.configureBlocking(false);
                    key = ch.register(selector, SelectionKey.OP_READ, this);
                } else {
                    ch.configureBlocking(false);
                    connecting = !ch.connect(new InetSocketAddress(s.host(), s.port()));
                    key = ch.register(selector, connecting ? SelectionKey.OP_CONNECT : SelectionKey.OP_READ, this);
                }
                parser.reset();
                in.clear();
            }

            void maybeSend(long now) {
                if (inFlight || pending == 0 || connecting) {
                    return;
                }
                long due = due(nextK * conns.length + index);
                if (ch == null) {
                    try {
                        open(false);
                    } catch (IOException e) {
                        fail(now, false);
                        return;
                    }
                    if (connecting) {
                        return;
                    }
                }
                inFlight = true;
                inFlightDue = due;
                sentAt = now;
                if (due >= measureFrom) {
                    maxSendLag = Math.max(maxSendLag, now - due);
                }
                int p = pathAt;
                pathAt = pathAt + 1 == requests.length ? 0 : pathAt + 1;
                inFlightSearch = isSearch[p];
                sent++;
                toWrite = ByteBuffer.wrap(requests[p]);
                flushWrite(now);
            }

            private void flushWrite(long now) {
                try {
                    ch.write(toWrite);
                    if (toWrite.hasRemaining()) {
                        key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                    } else {
                        key.interestOps(SelectionKey.OP_READ);
                    }
                } catch (IOException e) {
                    fail(now, false);
                }
            }

            void ready(SelectionKey k) {
                long now = System.nanoTime();
                if (!k.isValid()) {
                    return;
                }
                try {
                    if (k.isConnectable()) {
                        ch.finishConnect();
                        connecting = false;
                        k.interestOps(SelectionKey.OP_READ);
                        maybeSend(now);
                        return;
                    }
                    if (k.isWritable() && toWrite != null && toWrite.hasRemaining()) {
                        flushWrite(now);
                    }
                    if (k.isReadable()) {
                        read(now);
                    }
                } catch (IOException e) {
                    fail(now, false);
                }
            }

            private void read(long now) throws IOException {
                while (true) {
                    in.clear();
                    int n = ch.read(in);
                    if (n < 0) {
                        if (inFlight && parser.endOfStream()) {
                            answered(now, parser.status());
                            closeChannel();
                            reconnects++;
                            maybeSend(now);
                        } else {
                            fail(now, false);
                        }
                        return;
                    }
                    if (n == 0) {
                        return;
                    }
                    in.flip();
                    if (!inFlight) {
                        throw new IOException("bytes from the server with no request in flight");
                    }
                    int status = parser.feed(in);
                    if (status > 0) {
                        bytes += parser.bodyBytes();
                        boolean close = parser.mustClose();
                        answered(now, status);
                        if (close) {
                            closeChannel();
                            reconnects++;
                        }
                        maybeSend(now);
                        if (close) {
                            return;
                        }
                    }
                }
            }

            private void answered(long now, int status) {
                boolean ok = status >= 200 && status < 400;
                if (!ok) {
                    badStatus++;
                    errors++;
                }
                finish(now);
            }

            private void finish(long now) {
                inFlight = false;
                pending--;
                open--;
                if (inFlightDue >= measureFrom && inFlightDue < end) {
                    rec.add(inFlightSearch, now - inFlightDue);
                    lastMeasuredDoneSeconds = Math.max(lastMeasuredDoneSeconds, (now - measureFrom) / 1e9);
                }
                nextK++;
                parser.reset();
            }

            void checkTimeout(long now) {
                if (inFlight && now - sentAt > s.timeoutMs() * 1_000_000L) {
                    fail(now, true);
                }
            }

            /** The request in flight (if any) failed: counted as an error, the connection is closed and reopened. */
            private void fail(long now, boolean timeout) {
                boolean couldNotConnect = connecting || ch == null;
                closeChannel();
                reconnects++;
                if (!inFlight && pending > 0 && couldNotConnect) {
                    // the connection for the next request could not be made: that request fails
                    inFlight = true;
                    inFlightDue = due(nextK * conns.length + index);
                    inFlightSearch = isSearch[pathAt];
                    pathAt = pathAt + 1 == requests.length ? 0 : pathAt + 1;
                    sent++;
                }
                if (inFlight) {
                    errors++;
                    if (timeout) {
                        timeouts++;
                    }
                    finish(now);
                }
                maybeSend(now);
            }

            void closeChannel() {
                if (ch != null) {
                    try {
                        ch.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
                ch = null;
                key = null;
                connecting = false;
            }
        }
    }

    /**
     * An incremental HTTP/1.1 response parser: status line, headers ({@code Content-Length},
     * {@code Transfer-Encoding: chunked}, {@code Connection: close}), then the body by length, by chunks or to the
     * end of the stream; bodies are counted, not kept.
     */
    static final class ResponseParser {
        private enum State { STATUS, HEADERS, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, TO_EOF, DONE }

        private State state = State.STATUS;
        private final byte[] line = new byte[8192];
        private int lineLength;
        private int status;
        private long length;
        private boolean chunked;
        private boolean close;
        private long remaining;
        private long body;

        void reset() {
            state = State.STATUS;
            lineLength = 0;
            status = 0;
            length = -1;
            chunked = false;
            close = false;
            remaining = 0;
            body = 0;
        }

        int status() {
            return status;
        }

        long bodyBytes() {
            return body;
        }

        boolean mustClose() {
            return close;
        }

        /** At the end of the stream: whether that ends the answer (a body delimited by the connection's end). */
        boolean endOfStream() {
            return state == State.TO_EOF;
        }

        /** Consumes bytes; returns the status when the answer is complete (bytes after it are an error), else -1. */
        int feed(ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                switch (state) {
                    case BODY, CHUNK_DATA -> {
                        int n = (int) Math.min(remaining, b.remaining());
                        b.position(b.position() + n);
                        remaining -= n;
                        body += n;
                        if (remaining == 0) {
                            state = state == State.BODY ? State.DONE : State.CHUNK_END;
                        }
                    }
                    case TO_EOF -> {
                        body += b.remaining();
                        b.position(b.limit());
                    }
                    case DONE -> throw new IOException("bytes after the end of an answer");
                    default -> {
                        byte c = b.get();
                        if (c == '\n') {
                            int len = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
                            lineLength = 0;
                            onLine(new String(line, 0, len, StandardCharsets.ISO_8859_1));
                        } else if (lineLength == line.length) {
                            throw new IOException("answer line too long");
                        } else {
                            line[lineLength++] = c;
                        }
                    }
                }
                if (state == State.DONE) {
                    if (b.hasRemaining()) {
                        throw new IOException("bytes after the end of an answer");
                    }
                    return status;
                }
            }
            return state == State.DONE ? status : -1;
        }

        private void onLine(String l) throws IOException {
            switch (state) {
                case STATUS -> {
                    if (!l.startsWith("HTTP/1.") || l.length() < 12) {
                        throw new IOException("not an HTTP answer: " + l);
                    }
                    status = Integer.parseInt(l.substring(9, 12));
                    close = l.startsWith("HTTP/1.0");
                    state = State.HEADERS;
                }
                case HEADERS -> {
                    if (l.isEmpty()) {
                        if (status >= 100 && status < 200) {
                            state = State.STATUS; // an interim answer; the real one follows
                        } else if (chunked) {
                            state = State.CHUNK_SIZE;
                        } else if (length >= 0) {
                            remaining = length;
                            state = length == 0 ? State.DONE : State.BODY;
                        } else if (status == 204 || status == 304) {
                            state = State.DONE;
                        } else {
                            close = true;
                            state = State.TO_EOF;
                        }
                        return;
                    }
                    int colon = l.indexOf(':');
                    if (colon < 0) {
                        return;
                    }
                    String name = l.substring(0, colon).strip();
                    String value = l.substring(colon + 1).strip();
                    if (name.equalsIgnoreCase("content-length")) {
                        length = Long.parseLong(value);
                    } else if (name.equalsIgnoreCase("transfer-encoding")) {
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    } else if (name.equalsIgnoreCase("connection")) {
                        close |= value.equalsIgnoreCase("close");
                    }
                }
                case CHUNK_SIZE -> {
                    int semi = l.indexOf(';');
                    long n = Long.parseLong((semi < 0 ? l : l.substring(0, semi)).strip(), 16);
                    if (n == 0) {
                        state = State.TRAILERS;
                    } else {
                        remaining = n;
                        state = State.CHUNK_DATA;
                    }
                }
                case CHUNK_END -> state = State.CHUNK_SIZE;
                case TRAILERS -> {
                    if (l.isEmpty()) {
                        state = State.DONE;
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
    }
}
