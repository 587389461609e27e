package org.warta.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OpenLoopGeneratorTest {

    /** Runs the generator against a loopback server whose handler stalls once; returns RESULT lines by kind. */
    private static Map<String, Map<String, String>> run(long stallMillis, double rate, int seconds) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        AtomicInteger served = new AtomicInteger();
        long t0 = System.nanoTime();
        // one thread: a stall holds up every request behind it, as a saturated server does
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/", ex -> {
            if (stallMillis > 0 && served.incrementAndGet() == (int) (rate * 1.5)) {
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = ("ok " + ex.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            int status = ex.getRequestURI().getPath().equals("/missing") ? 404 : 200;
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            var settings = new OpenLoopGenerator.Settings("127.0.0.1", server.getAddress().getPort(),
                    List.of("/search?q=a", "/stories/x"), rate, 4, seconds, 1, 5_000);
            new OpenLoopGenerator(settings).run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            Map<String, Map<String, String>> out = new HashMap<>();
            String text = bytes.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("MEASURE-START", "MEASURE-END");
            for (String line : text.lines().filter(l -> l.startsWith("RESULT ")).toList()) {
                String[] parts = line.split(" ");
                Map<String, String> kv = new HashMap<>();
                for (int i = 2; i < parts.length; i++) {
                    String[] e = parts[i].split("=", 2);
                    kv.put(e[0], e[1]);
                }
                out.put(parts[1], kv);
            }
            return out;
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sendsAtTheScheduledRateOverKeepAliveConnections() throws Exception {
        var r = run(0, 100, 2);
        assertThat(Integer.parseInt(r.get("all").get("count"))).isEqualTo(200);
        assertThat(Integer.parseInt(r.get("search").get("count"))).isEqualTo(100);
        assertThat(Integer.parseInt(r.get("other").get("count"))).isEqualTo(100);
        assertThat(r.get("totals").get("errors")).isEqualTo("0");
        assertThat(r.get("totals").get("reconnects")).isEqualTo("0");
        assertThat(Double.parseDouble(r.get("all").get("achieved_rate"))).isBetween(90.0, 101.0);
    }

    /**
     * A one-second stall: every request due during it waits, and each is charged from its scheduled time, so the
     * stall shows in the high percentiles (a closed loop would record it once per connection).
     */
    @Test
    void chargesAStallToEveryRequestDueDuringIt() throws Exception {
        var r = run(1_000, 100, 3);
        var all = r.get("all");
        assertThat(Integer.parseInt(all.get("count"))).isEqualTo(300);
        assertThat(Double.parseDouble(all.get("p90"))).isGreaterThan(200.0);
        assertThat(Double.parseDouble(all.get("max"))).isBetween(900.0, 2_000.0);
        assertThat(Double.parseDouble(all.get("p50"))).isLessThan(100.0);
    }

    @Test
    void refusesTargetsOffLoopbackAndMissingOptions() {
        assertThatThrownBy(() -> new OpenLoopGenerator.Settings("10.1.2.3", 80, List.of("/"), 1, 1, 1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a loopback address");
        assertThatThrownBy(() -> OpenLoopGenerator.parse(new String[] {"--rate", "10"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port and --paths");
    }
}
