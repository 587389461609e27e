package org.warta.bench.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

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
 * <p>The client is a minimal blocking HTTP/1.1 client over plain sockets (one virtual thread per connection,
 * Content-Length and chunked bodies, reconnects after {@code Connection: close} or an error), so the generator's
 * own CPU per request stays small; it is reported with the results. Only loopback targets are accepted.
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
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong badStatus = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong maxSendLag = new AtomicLong();
    /** When the last request due in the measured window was answered (nanoTime). */
    private final AtomicLong lastMeasuredDone = new AtomicLong(Long.MIN_VALUE);

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
        long start = System.nanoTime() + 200_000_000L; // all connections opened before the first due time
        long measureFrom = start + s.warmup() * 1_000_000_000L;
        long end = measureFrom + s.seconds() * 1_000_000_000L;
        double periodNanos = 1e9 / s.rate();
        List<Recorder> recorders = new ArrayList<>();
        List<Future<?>> futures = new ArrayList<>();
        long[] cpuAt = new long[2];
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < s.connections(); c++) {
                Recorder rec = new Recorder();
                recorders.add(rec);
                int conn = c;
                futures.add(pool.submit(() -> {
                    connection(conn, rec, start, measureFrom, end, periodNanos);
                    return null;
                }));
            }
            sleepUntil(measureFrom);
            cpuAt[0] = cpu();
            out.println("MEASURE-START");
            out.flush();
            sleepUntil(end);
            out.println("MEASURE-END");
            out.flush();
            cpuAt[1] = cpu();
            for (Future<?> f : futures) {
                f.get();
            }
        }
        long[] search = merge(recorders, true);
        long[] other = merge(recorders, false);
        long[] all = new long[search.length + other.length];
        System.arraycopy(search, 0, all, 0, search.length);
        System.arraycopy(other, 0, all, search.length, other.length);
        Arrays.sort(all);
        // achieved: answers to the requests due in the window, over the time from its start to the last answer
        double span = Math.max(s.seconds(), (lastMeasuredDone.get() - measureFrom) / 1e9);
        out.println(line("all", all, span));
        out.println(line("search", search, span));
        out.println(line("other", other, span));
        out.printf(Locale.ROOT, "RESULT totals scheduled_rate=%.1f connections=%d seconds=%d warmup=%d sent=%d "
                        + "errors=%d timeouts=%d bad_status=%d reconnects=%d mb_per_s=%.2f max_send_lag_ms=%.1f "
                        + "generator_cpu_ms_per_request=%.3f generator_cpu_s=%.2f%n",
                s.rate(), s.connections(), s.seconds(), s.warmup(), sent.get(), errors.get(), timeouts.get(),
                badStatus.get(), reconnects.get(), bytes.get() / 1e6 / (s.seconds() + s.warmup()),
                maxSendLag.get() / 1e6, all.length == 0 ? 0.0 : (cpuAt[1] - cpuAt[0]) / 1e6 / all.length,
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

    private static long[] merge(List<Recorder> recorders, boolean search) {
        int n = recorders.stream().mapToInt(r -> search ? r.searches : r.others).sum();
        long[] out = new long[n];
        int at = 0;
        for (Recorder r : recorders) {
            int k = search ? r.searches : r.others;
            System.arraycopy(search ? r.search : r.other, 0, out, at, k);
            at += k;
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * One connection's schedule: its {@code k}-th request is due at {@code start + (k * connections + conn) *
     * period}; measured when due inside [measureFrom, end).
     */
    private void connection(int conn, Recorder rec, long start, long measureFrom, long end, double periodNanos) {
        Settings s = settings;
        List<String> paths = s.paths();
        int pathAt = (int) ((long) conn * 7919 % paths.size());
        Connection c = null;
        byte[] hostHeader = ("Host: " + s.host() + ":" + s.port() + "\r\n").getBytes(StandardCharsets.US_ASCII);
        for (long k = 0; ; k++) {
            long due = start + (long) ((k * s.connections() + conn) * periodNanos);
            if (due >= end) {
                break;
            }
            sleepUntil(due);
            long lag = System.nanoTime() - due;
            if (due >= measureFrom) {
                maxSendLag.accumulateAndGet(lag, Math::max);
            }
            String path = paths.get(pathAt);
            pathAt = pathAt + 1 == paths.size() ? 0 : pathAt + 1;
            boolean ok = false;
            try {
                if (c == null) {
                    c = new Connection(s.host(), s.port(), s.timeoutMs());
                }
                sent.incrementAndGet();
                int status = c.get(path, hostHeader);
                ok = status >= 200 && status < 400;
                if (!ok) {
                    badStatus.incrementAndGet();
                }
                bytes.addAndGet(c.lastBodyBytes);
                if (c.mustClose) {
                    c.close();
                    c = null;
                    reconnects.incrementAndGet();
                }
            } catch (SocketTimeoutException e) {
                timeouts.incrementAndGet();
                c = closeQuietly(c);
            } catch (IOException e) {
                c = closeQuietly(c);
                reconnects.incrementAndGet();
            }
            long took = System.nanoTime() - due;
            if (!ok) {
                errors.incrementAndGet();
            }
            if (due >= measureFrom) {
                rec.add(path.startsWith("/search"), took);
                lastMeasuredDone.accumulateAndGet(due + took, Math::max);
            }
        }
        closeQuietly(c);
    }

    private static Connection closeQuietly(Connection c) {
        if (c != null) {
            c.close();
        }
        return null;
    }

    private static void sleepUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** One keep-alive HTTP/1.1 connection with a blocking socket. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final StringBuilder lineBuf = new StringBuilder(128);
        private final byte[] skip = new byte[16 * 1024];
        boolean mustClose;
        long lastBodyBytes;

        Connection(String host, int port, int timeoutMs) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            out = new BufferedOutputStream(socket.getOutputStream(), 1024);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        /** Sends a GET and reads the whole answer; returns its status. */
        int get(String path, byte[] hostHeader) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(hostHeader);
            out.write("User-Agent: warta-load\r\nAccept: text/html\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = readLine();
            if (!status.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            mustClose = status.startsWith("HTTP/1.0");
            for (String h = readLine(); !h.isEmpty(); h = readLine()) {
                int colon = h.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).strip();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> mustClose |= value.equalsIgnoreCase("close");
                    default -> {
                    }
                }
            }
            if (chunked) {
                long total = 0;
                for (long n = Long.parseLong(readLine().split(";")[0].strip(), 16); n > 0;
                     n = Long.parseLong(readLine().split(";")[0].strip(), 16)) {
                    discard(n);
                    total += n;
                    readLine();
                }
                while (!readLine().isEmpty()) {
                    // trailers
                }
                lastBodyBytes = total;
            } else if (length >= 0) {
                discard(length);
                lastBodyBytes = length;
            } else if (code == 204 || code == 304) {
                lastBodyBytes = 0;
            } else {
                // body up to the end of the connection
                long total = 0;
                for (int n = in.read(skip); n >= 0; n = in.read(skip)) {
                    total += n;
                }
                lastBodyBytes = total;
                mustClose = true;
            }
            return code;
        }

        private void discard(long n) throws IOException {
            while (n > 0) {
                int r = in.read(skip, 0, (int) Math.min(skip.length, n));
                if (r < 0) {
                    throw new EOFException("connection closed mid-body");
                }
                n -= r;
            }
        }

        private String readLine() throws IOException {
            lineBuf.setLength(0);
            for (int b = in.read(); ; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed");
                }
                if (b == '\n') {
                    int len = lineBuf.length();
                    if (len > 0 && lineBuf.charAt(len - 1) == '\r') {
                        lineBuf.setLength(len - 1);
                    }
                    return lineBuf.toString();
                }
                lineBuf.append((char) b);
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
