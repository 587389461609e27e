package org.warta.app.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Request counters and latency histograms per route, written in the Prometheus text exposition format (version
 * 0.0.4): {@code warta_http_requests_total}, {@code warta_http_request_duration_seconds} (histogram), plus gauges
 * registered by the application (stored articles, stories) and the JVM's heap and uptime.
 */
public final class Metrics {

    /** Upper bounds of the latency histogram's buckets, in seconds. */
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private record Key(String route, String method, int status) {
    }

    private static final class Series {
        final LongAdder count = new LongAdder();
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final LongAdder sumNanos = new LongAdder();

        Series() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }
    }

    private final Map<Key, Series> series = new ConcurrentHashMap<>();
    private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final long started = System.nanoTime();

    private record Gauge(String help, LongSupplier value) {
    }

    /** Records one served request. */
    public void observe(String route, String method, int status, long nanos) {
        Series s = series.computeIfAbsent(new Key(route, method, status), k -> new Series());
        s.count.increment();
        s.sumNanos.add(nanos);
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                s.buckets[i].increment();
                break;
            }
        }
    }

    /** Registers a gauge read at each scrape ({@code name} must be a valid metric name). */
    public void gauge(String name, String help, LongSupplier value) {
        gauges.put(name, new Gauge(help, value));
    }

    /** Adds to a counter with one label, e.g. {@code warta_ingest_articles_total{result="stored"}}. */
    public void count(String name, String label, String value, long n) {
        counters.computeIfAbsent(name + "{" + label + "=\"" + value + "\"}", k -> new LongAdder()).add(n);
    }

    /** The exposition text. */
    public String scrape() {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("# HELP warta_http_requests_total HTTP requests served.\n");
        sb.append("# TYPE warta_http_requests_total counter\n");
        Map<Key, Series> sorted = new TreeMap<>((a, b) -> (a.route + a.method + a.status)
                .compareTo(b.route + b.method + b.status));
        sorted.putAll(series);
        sorted.forEach((k, s) -> sb.append("warta_http_requests_total").append(labels(k)).append(' ')
                .append(s.count.sum()).append('\n'));
        sb.append("# HELP warta_http_request_duration_seconds Time to serve a request.\n");
        sb.append("# TYPE warta_http_request_duration_seconds histogram\n");
        Map<String, long[]> perRoute = new TreeMap<>();
        Map<String, Long> sums = new TreeMap<>();
        sorted.forEach((k, s) -> {
            String rk = "route=\"" + esc(k.route) + "\",method=\"" + k.method + "\"";
            long[] b = perRoute.computeIfAbsent(rk, x -> new long[BUCKETS.length + 1]);
            for (int i = 0; i < BUCKETS.length; i++) {
                b[i] += s.buckets[i].sum();
            }
            b[BUCKETS.length] += s.count.sum();
            sums.merge(rk, s.sumNanos.sum(), Long::sum);
        });
        perRoute.forEach((rk, b) -> {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += b[i];
                sb.append("warta_http_request_duration_seconds_bucket{").append(rk).append(",le=\"")
                        .append(formatLe(BUCKETS[i])).append("\"} ").append(cumulative).append('\n');
            }
            sb.append("warta_http_request_duration_seconds_bucket{").append(rk).append(",le=\"+Inf\"} ")
                    .append(b[BUCKETS.length]).append('\n');
            sb.append("warta_http_request_duration_seconds_sum{").append(rk).append("} ")
                    .append(String.format(Locale.ROOT, "%.6f", sums.get(rk) / 1e9)).append('\n');
            sb.append("warta_http_request_duration_seconds_count{").append(rk).append("} ")
                    .append(b[BUCKETS.length]).append('\n');
        });
        Map<String, String> byName = new TreeMap<>();
        counters.forEach((k, v) -> byName.merge(k.substring(0, k.indexOf('{')), "", (a, b) -> a));
        byName.keySet().forEach(name -> {
            sb.append("# TYPE ").append(name).append(" counter\n");
            new TreeMap<>(counters).forEach((k, v) -> {
                if (k.startsWith(name + "{")) {
                    sb.append(k).append(' ').append(v.sum()).append('\n');
                }
            });
        });
        new TreeMap<>(gauges).forEach((name, g) -> {
            long v;
            try {
                v = g.value().getAsLong();
            } catch (RuntimeException e) {
                return; // a gauge that cannot be read now is left out of this scrape
            }
            sb.append("# HELP ").append(name).append(' ').append(g.help()).append('\n');
            sb.append("# TYPE ").append(name).append(" gauge\n");
            sb.append(name).append(' ').append(v).append('\n');
        });
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        sb.append("# HELP jvm_memory_heap_used_bytes Heap in use.\n# TYPE jvm_memory_heap_used_bytes gauge\n");
        sb.append("jvm_memory_heap_used_bytes ").append(mem.getHeapMemoryUsage().getUsed()).append('\n');
        sb.append("# HELP process_uptime_seconds Seconds since the server started.\n");
        sb.append("# TYPE process_uptime_seconds gauge\n");
        sb.append("process_uptime_seconds ").append(String.format(Locale.ROOT, "%.3f",
                (System.nanoTime() - started) / 1e9)).append('\n');
        return sb.toString();
    }

    private static String labels(Key k) {
        return "{route=\"" + esc(k.route) + "\",method=\"" + k.method + "\",status=\"" + k.status + "\"}";
    }

    private static String formatLe(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
